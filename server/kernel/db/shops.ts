/**
 * @module Shops as the kernel knows them: the `Shop` row and the lookups that run on the
 * system path, before a shop is known (a script tag's public key, a session's shop id). Creating shops and their settings belong to `server/shops/`.
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
