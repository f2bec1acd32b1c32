/**
 * @module Idempotency keys: a retried write replays the first answer; the same key with a
 * different body is refused (422). Inside withShop, in the same transaction as the write,
 * so the key and the change it guards commit together or not at all.
 */
import { createHash } from 'node:crypto';
import { Problem } from '../http/errors.ts';
import type { Db } from './client.ts';

export const requestHash = (body: unknown): string => createHash('sha256').update(JSON.stringify(body)).digest('hex');

export interface StoredResponse<T> {
  status: number;
  body: T;
}

/**
 * Takes the key for this transaction (waiting for a concurrent holder to finish) and returns
 * the stored answer when the key was used before with the same body.
 */
export async function claimKey<T>(tx: Db, scope: string, key: string, hash: string): Promise<StoredResponse<T> | undefined> {
  await tx`select pg_advisory_xact_lock(hashtext(${scope + ':' + key}))`;
  const [row] = await tx<{ requestHash: string; status: number; body: T }[]>`
    select request_hash as "requestHash", response_status as status, response_body as body
    from idempotency_keys where scope = ${scope} and key = ${key}`;
  if (!row) return undefined;
  if (row.requestHash !== hash) {
    throw new Problem('unprocessable', { detail: 'This Idempotency-Key was used with a different request body' });
  }
  return { status: row.status, body: row.body };
}

export async function storeKey(tx: Db, shopId: string, scope: string, key: string, hash: string, res: StoredResponse<unknown>): Promise<void> {
  await tx`
    insert into idempotency_keys (shop_id, scope, key, request_hash, response_status, response_body)
    values (${shopId}, ${scope}, ${key}, ${hash}, ${res.status}, ${tx.json(res.body as never)})`;
}

/** Whether a key was used already (a retry), without taking it. */
export async function keyUsed(tx: Db, scope: string, key: string): Promise<boolean> {
  const [row] = await tx`select 1 from idempotency_keys where scope = ${scope} and key = ${key}`;
  return row !== undefined;
}
