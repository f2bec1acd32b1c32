/**
 * @module Tenancy: the one way to touch a shop's rows. `withShop` opens a transaction,
 * drops to the non-owner role `rapport_app` and sets `app.shop_id`, so row-level
 * security confines every statement inside it to that shop.
 */
import type { Db, Sql, Tx } from './client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs `fn` in a transaction scoped to `shopId`; pass only the transaction inside. */
export async function withShop<T>(sql: Sql, shopId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!UUID.test(shopId)) throw new TypeError('withShop needs a shop uuid');
  return sql.begin(async (tx) => {
    await tx`select set_config('app.shop_id', ${shopId}, true), set_config('role', 'rapport_app', true)`;
    return fn(tx);
  }) as Promise<T>;
}

/** Runs `fn` as the app role with no shop set: it sees no shop data at all. */
export async function withNoShop<T>(sql: Sql, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return sql.begin(async (tx) => {
    await tx`select set_config('role', 'rapport_app', true)`;
    return fn(tx);
  }) as Promise<T>;
}

export type { Db };

/**
 * Runs `fn` once per shop inside ONE transaction, with row-level security scoped to each
 * shop in turn (the app role, `app.shop_id` set before each call): many shops' small
 * writes committed together, as the interaction log's group commit needs.
 */
export async function withEachShop<T>(sql: Sql, shopIds: Iterable<string>, fn: (tx: Tx, shopId: string) => Promise<T>): Promise<Map<string, T>> {
  const ids = [...new Set(shopIds)];
  for (const id of ids) if (!UUID.test(id)) throw new TypeError('withEachShop needs shop uuids');
  return sql.begin(async (tx) => {
    await tx`select set_config('role', 'rapport_app', true)`;
    const out = new Map<string, T>();
    for (const id of ids) {
      await tx`select set_config('app.shop_id', ${id}, true)`;
      out.set(id, await fn(tx, id));
    }
    return out;
  }) as Promise<Map<string, T>>;
}
