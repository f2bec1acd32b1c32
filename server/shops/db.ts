/**
 * @module Shops: creation, the current shop, its settings, and the installation-wide
 * listing the CLI prints. Creation and listing run on the system path (there is no shop
 * to scope to yet); everything else inside withShop.
 */
import { newPublicKey, newSigningSecret } from '../kernel/secrets.ts';
import type { Db, Sql } from '../kernel/db/client.ts';
import { forgetShop, shopColumns, type Shop } from '../kernel/db/shops.ts';

export interface NewShop {
  name: string;
  allowedOrigins?: string[];
  defaultLocale?: Shop['defaultLocale'];
  currency?: string;
  /** Only for the demo seed and tests, which need a known key. */
  publicKey?: string;
  signingSecret?: string;
}

/** System path: creates a shop. */
export async function createShop(sql: Db, s: NewShop): Promise<Shop> {
  const [row] = await sql<Shop[]>`
    insert into shops (name, public_key, signing_secret, allowed_origins, default_locale, currency)
    values (${s.name}, ${s.publicKey ?? newPublicKey()}, ${s.signingSecret ?? newSigningSecret()},
            ${s.allowedOrigins ?? []}, ${s.defaultLocale ?? 'en'}, ${s.currency ?? 'USD'})
    returning ${shopColumns(sql)}`;
  return row;
}

/** System path: removes a shop and, by cascade, everything it holds. */
export async function deleteShop(sql: Sql, id: string): Promise<void> {
  await sql`delete from shops where id = ${id}`;
  forgetShop(id);
}

/** Inside withShop: the current shop (row-level security shows only that one). */
export async function currentShop(tx: Db, opts: { forUpdate?: boolean } = {}): Promise<Shop | undefined> {
  const [row] = await tx<Shop[]>`select ${shopColumns(tx)} from shops ${opts.forUpdate ? tx`for update` : tx``}`;
  return row;
}

/** Inside withShop: replaces the shop's settings document (validated by the caller). */
export async function saveSettings(tx: Db, shopId: string, settings: Record<string, unknown>): Promise<void> {
  await tx`update shops set settings = ${tx.json(settings as never)} where id = ${shopId}`;
  forgetShop(shopId);
}

/** Inside withShop: replaces the origins allowed to call the API for the shop (validated by the caller). */
export async function saveAllowedOrigins(tx: Db, shopId: string, origins: string[]): Promise<void> {
  await tx`update shops set allowed_origins = ${origins} where id = ${shopId}`;
  forgetShop(shopId);
}

export async function countShops(sql: Sql): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from shops`;
  return row.n;
}

/** System path: every shop, oldest first, for the CLI. */
export async function listShops(sql: Sql): Promise<Pick<Shop, 'id' | 'name' | 'publicKey' | 'allowedOrigins'>[]> {
  return sql`select id, name, public_key as "publicKey", allowed_origins as "allowedOrigins" from shops order by created_at`;
}
