/**
 * @module Tenancy: the one way to touch a shop's rows. `withShop` opens a transaction,
 * drops to the non-owner role `rapport_app` and sets `app.shop_id`, so row-level
 * security confines every statement inside it to that shop.
 */
import type postgres from 'postgres';
import { finishBeforeEnd, type Db, type Sql, type Tx } from './client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs `fn` in a transaction scoped to `shopId`; pass only the transaction inside. */
export async function withShop<T>(sql: Sql, shopId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!UUID.test(shopId)) throw new TypeError('withShop needs a shop uuid');
  return sql.begin(async (tx) => {
    await tx`select set_config('app.shop_id', ${shopId}, true), set_config('role', 'rapport_app', true)`;
    return fn(tx);
  }) as Promise<T>;
}

/**
 * Reads for `shopId` in ONE round trip, as `withShop` scopes them: BEGIN READ ONLY, the role
 * and shop, and `read`'s first statement go out together on one connection (a request that
 * needs one read waits for one answer, not four), and the transaction ends after the answer
 * is returned. What `read` returns is returned only when the transaction and its scope were
 * in place; pass only the given `tx` inside, and only for reads. The COMMIT still out is one
 * of the pool's lingering tasks (`poolSettled`), which `Database.close` waits for.
 */
export async function readAsShop<T>(sql: Sql, shopId: string, read: (tx: Db) => Promise<T>): Promise<T> {
  if (!UUID.test(shopId)) throw new TypeError('readAsShop needs a shop uuid');
  const tx = await sql.reserve();
  const begin = tx`begin read only`.execute();
  const scope = tx`select set_config('app.shop_id', ${shopId}, true), set_config('role', 'rapport_app', true)`.execute();
  let value: T;
  try {
    [, , value] = await Promise.all([begin, scope, read(tx)]);
  } catch (err) {
    await Promise.allSettled([begin, scope]);
    await tx`rollback`.catch(() => {});
    tx.release();
    throw err;
  }
  finishBeforeEnd(sql, tx`commit`.then(() => tx.release(), () => tx.release()));
  return value;
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
 * Runs one statement per shop inside ONE transaction, with row-level security scoped to
 * each shop in turn (the app role, `app.shop_id` set before each statement): many shops'
 * small writes committed together, as the interaction log's group commit needs. Everything
 * goes out at once on one connection — BEGIN, each shop's scope and statement, COMMIT — and
 * is answered in order: one round trip for the whole transaction. When a statement fails,
 * PostgreSQL skips the rest and turns the COMMIT into a rollback: nothing is kept and the
 * first error is thrown. `statement` returns its query unsent (a tagged template of `tx`).
 */
export async function withEachShop<R extends readonly object[]>(
  sql: Sql,
  shopIds: Iterable<string>,
  statement: (tx: Db, shopId: string) => postgres.PendingQuery<R>,
): Promise<Map<string, R>> {
  const ids = [...new Set(shopIds)];
  for (const id of ids) if (!UUID.test(id)) throw new TypeError('withEachShop needs shop uuids');
  const tx = await sql.reserve();
  try {
    // execute() sends in the order called; nothing awaits in between.
    const sent: Promise<readonly object[] & { command?: string }>[] = [tx`begin`.execute()];
    ids.forEach((id, i) => {
      sent.push((i === 0
        ? tx`select set_config('role', 'rapport_app', true), set_config('app.shop_id', ${id}, true)`
        : tx`select set_config('app.shop_id', ${id}, true)`).execute());
      sent.push(statement(tx, id).execute());
    });
    sent.push(tx`commit`.execute());
    const settled = await Promise.allSettled(sent);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const values = settled.map((r) => (r as PromiseFulfilledResult<readonly object[] & { command?: string }>).value);
    if (values.at(-1)!.command !== 'COMMIT') throw new Error(`withEachShop: the transaction ended with ${values.at(-1)!.command}, not COMMIT`);
    return new Map(ids.map((id, i) => [id, values[2 + 2 * i] as unknown as R]));
  } finally {
    tx.release();
  }
}
