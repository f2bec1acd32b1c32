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
