/**
 * @module Shops as the kernel knows them: the `Shop` row and the lookups that run on the
 * system path, before a shop is known (a script tag's public key, a session's shop id), and
 * the few seconds' memory of shops by public key that every storefront request reads.
 * Creating shops and their settings belong to `server/shops/`.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Db, Sql } from './client.ts';

export interface Shop {
  id: string;
  name: string;
  publicKey: string;
  signingSecret: string;
  allowedOrigins: string[];
  defaultLocale: Locale;
  currency: string;
  /** Raw JSON as stored; read it through `shopSettings()` of server/shops, which validates it. */
  settings: Record<string, unknown>;
  createdAt: Date;
}

/** The columns of a `Shop`, for every query that returns one. */
export const shopColumns = (sql: Db) => sql`
  id, name, public_key as "publicKey", signing_secret as "signingSecret",
  allowed_origins as "allowedOrigins", default_locale as "defaultLocale", currency, settings,
  created_at as "createdAt"`;

/** System path: the shop a script tag's public key names, or undefined. */
export async function findShopByPublicKey(sql: Sql, publicKey: string): Promise<Shop | undefined> {
  const [row] = await sql<Shop[]>`select ${shopColumns(sql)} from shops where public_key = ${publicKey}`;
  return row;
}

/** System path: by id (sessions carry the shop id). */
export async function findShopById(sql: Sql, id: string): Promise<Shop | undefined> {
  const [row] = await sql<Shop[]>`select ${shopColumns(sql)} from shops where id = ${id}`;
  return row;
}

/**
 * How long a shop read by its public key serves storefront requests without being read
 * again. A change made through this process (settings, allowed origins, removal: server/shops
 * calls `forgetShop`) is seen by the next request; one made by another instance or directly
 * in the database is seen within this time. So for up to 5 s after such a change a request
 * may still be judged by the shop as it was: its old origins, its old settings, a removed
 * shop's key still known (its writes then fail on the missing shop's foreign key).
 */
export const SHOP_CACHE_MS = 5_000;
const SHOP_CACHE_MAX = 10_000;

interface CachedShop {
  sql: Sql;
  shop: Promise<Shop | undefined>;
  /** The shop once read (undefined while the read is in flight). */
  read?: Shop;
  until: number;
}
const byPublicKey = new Map<string, CachedShop>();

/**
 * System path, on every storefront request: `findShopByPublicKey`, remembered for
 * SHOP_CACHE_MS (per database pool; concurrent requests for a key share one read). A key
 * no shop has is not remembered: a shop created a moment later is found at once.
 */
export function shopByPublicKey(sql: Sql, publicKey: string, now = Date.now()): Promise<Shop | undefined> {
  const hit = byPublicKey.get(publicKey);
  if (hit && hit.sql === sql && hit.until > now) return hit.shop;
  const entry: CachedShop = { sql, until: now + SHOP_CACHE_MS, shop: findShopByPublicKey(sql, publicKey) };
  if (byPublicKey.size >= SHOP_CACHE_MAX) byPublicKey.clear();
  byPublicKey.set(publicKey, entry);
  const drop = () => {
    if (byPublicKey.get(publicKey) === entry) byPublicKey.delete(publicKey);
  };
  entry.shop.then((shop) => (shop ? (entry.read = shop) : drop()), drop);
  return entry.shop;
}

/**
 * Forgets what `shopByPublicKey` remembers of a shop (its row just changed), and every read
 * still in flight (it may have read the row as it was): the next request reads it anew.
 */
export function forgetShop(id: string): void {
  for (const [key, entry] of byPublicKey) if (!entry.read || entry.read.id === id) byPublicKey.delete(key);
}
