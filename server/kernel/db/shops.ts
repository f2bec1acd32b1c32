/**
 * @module Shops: creation and lookups. Lookups by public key and the signing secret
 * run on the system path (before a shop is known); everything else goes through withShop.
 */
import { newPublicKey, newSigningSecret } from '../secrets.ts';
import type { Db, Sql } from './client.ts';

export interface Shop {
  id: string;
  name: string;
  publicKey: string;
  signingSecret: string;
  allowedOrigins: string[];
  defaultLocale: 'en' | 'zh-Hans' | 'zh-Hant';
  currency: string;
  settings: Record<string, unknown>;
  createdAt: Date;
}

const columns = (sql: Db) => sql`
  id, name, public_key as "publicKey", signing_secret as "signingSecret",
  allowed_origins as "allowedOrigins", default_locale as "defaultLocale", currency, settings,
  created_at as "createdAt"`;

export interface NewShop {
  name: string;
  allowedOrigins?: string[];
  defaultLocale?: Shop['defaultLocale'];
  currency?: string;
  /** Only for the demo seed and tests, which need a known key. */
  publicKey?: string;
  signingSecret?: string;
}

/** System path: creates a shop (there is no shop to scope to yet). */
export async function createShop(sql: Db, s: NewShop): Promise<Shop> {
  const [row] = await sql<Shop[]>`
    insert into shops (name, public_key, signing_secret, allowed_origins, default_locale, currency)
    values (${s.name}, ${s.publicKey ?? newPublicKey()}, ${s.signingSecret ?? newSigningSecret()},
            ${s.allowedOrigins ?? []}, ${s.defaultLocale ?? 'en'}, ${s.currency ?? 'USD'})
    returning ${columns(sql)}`;
  return row;
}

/** System path: the shop a script tag's public key names, or undefined. */
export async function findShopByPublicKey(sql: Sql, publicKey: string): Promise<Shop | undefined> {
  const [row] = await sql<Shop[]>`select ${columns(sql)} from shops where public_key = ${publicKey}`;
  return row;
}

/** System path: by id (sessions carry the shop id). */
export async function findShopById(sql: Sql, id: string): Promise<Shop | undefined> {
  const [row] = await sql<Shop[]>`select ${columns(sql)} from shops where id = ${id}`;
  return row;
}

/** System path: is this origin allowed by any shop? Answers CORS preflights. */
export async function isOriginKnown(sql: Sql, origin: string): Promise<boolean> {
  const [row] = await sql`select 1 from shops where ${origin} = any(allowed_origins) limit 1`;
  return row !== undefined;
}

/** Inside withShop: the current shop (row-level security shows only that one). */
export async function currentShop(tx: Db): Promise<Shop | undefined> {
  const [row] = await tx<Shop[]>`select ${columns(tx)} from shops`;
  return row;
}

export async function countShops(sql: Sql): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from shops`;
  return row.n;
}
