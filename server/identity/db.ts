/**
 * @module Customers and their external identities (one per platform, ids as text).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/client.ts';

export type Platform = 'generic' | 'shopify' | 'woocommerce' | 'medusa';

export interface Customer {
  id: string;
  email: string | null;
  name: string | null;
  locale: string | null;
}

const cols = (tx: Db) => tx`c.id, c.email, c.name, c.locale`;

/**
 * Inside withShop: finds the customer behind a platform id, creating it on first sight
 * and refreshing email/name from the (verified) proof.
 */
export async function upsertCustomerByIdentity(
  tx: Db,
  shopId: string,
  who: { platform: Platform; externalId: string; email?: string | null; name?: string | null },
): Promise<Customer> {
  const [found] = await tx<Customer[]>`
    select ${cols(tx)} from customer_identities ci join customers c on c.id = ci.customer_id
    where ci.platform = ${who.platform} and ci.external_id = ${who.externalId}`;
  if (found) {
    if ((who.email && who.email !== found.email) || (who.name && who.name !== found.name)) {
      const [updated] = await tx<Customer[]>`
        update customers c set email = coalesce(${who.email ?? null}, email), name = coalesce(${who.name ?? null}, name),
               updated_at = now()
        where id = ${found.id} returning ${cols(tx)}`;
      return updated;
    }
    return found;
  }
  const [created] = await tx<Customer[]>`
    insert into customers as c (shop_id, email, name) values (${shopId}, ${who.email ?? null}, ${who.name ?? null})
    returning ${cols(tx)}`;
  // A concurrent first sight of the same identity loses on the primary key and reads the winner.
  const [link] = await tx<{ customerId: string }[]>`
    insert into customer_identities (shop_id, platform, external_id, customer_id)
    values (${shopId}, ${who.platform}, ${who.externalId}, ${created.id})
    on conflict (shop_id, platform, external_id) do update set external_id = excluded.external_id
    returning customer_id as "customerId"`;
  if (link.customerId !== created.id) {
    await tx`delete from customers where id = ${created.id}`;
    const [winner] = await tx<Customer[]>`select ${cols(tx)} from customers c where id = ${link.customerId}`;
    return winner;
  }
  return created;
}

export async function findCustomer(tx: Db, id: string): Promise<Customer | undefined> {
  const [row] = await tx<Customer[]>`select ${cols(tx)} from customers c where id = ${id}`;
  return row;
}

/** A customer by email (emails are stored lower-case). */
export async function findCustomerByEmail(tx: Db, email: string): Promise<Customer | undefined> {
  const [row] = await tx<Customer[]>`select ${cols(tx)} from customers c where lower(c.email) = ${email.trim().toLowerCase()} order by c.created_at limit 1`;
  return row;
}

export async function countCustomers(tx: Db): Promise<number> {
  const [row] = await tx<{ n: number }[]>`select count(*)::int as n from customers`;
  return row.n;
}

// Customers seen through one platform's ids: bulk creation (seeds, imports) and lookups.

export interface PlatformCustomer {
  id: string;
  externalId: string;
  email: string | null;
  name: string | null;
  locale: string | null;
}

export interface NewPlatformCustomer {
  externalId: string;
  email?: string | null;
  name?: string | null;
  locale?: string | null;
}

/** Creates customers and their identities in two statements; returns ids in input order. */
export async function insertCustomersWithIdentities(
  tx: Db,
  shopId: string,
  platform: Platform,
  customers: NewPlatformCustomer[],
): Promise<string[]> {
  if (!customers.length) return [];
  const rows = customers.map((c) => ({
    id: randomUUID(), shop_id: shopId, email: c.email ?? null, name: c.name ?? null, locale: c.locale ?? null,
  }));
  const links = customers.map((c, i) => ({
    shop_id: shopId, platform, external_id: c.externalId, customer_id: rows[i].id,
  }));
  await tx`insert into customers ${tx(rows, 'id', 'shop_id', 'email', 'name', 'locale')}`;
  await tx`insert into customer_identities ${tx(links, 'shop_id', 'platform', 'external_id', 'customer_id')}`;
  return rows.map((r) => r.id);
}

const platformCols = (tx: Db) => tx`c.id, ci.external_id as "externalId", c.email, c.name, c.locale`;

/** Every customer known under `platform`, by external id. */
export async function listPlatformCustomers(tx: Db, platform: Platform, limit = 200): Promise<PlatformCustomer[]> {
  return tx<PlatformCustomer[]>`
    select ${platformCols(tx)} from customer_identities ci join customers c on c.id = ci.customer_id
    where ci.platform = ${platform}
    order by ci.external_id limit ${limit}`;
}

export async function findPlatformCustomer(
  tx: Db,
  platform: Platform,
  externalId: string,
): Promise<PlatformCustomer | undefined> {
  const [row] = await tx<PlatformCustomer[]>`
    select ${platformCols(tx)} from customer_identities ci join customers c on c.id = ci.customer_id
    where ci.platform = ${platform} and ci.external_id = ${externalId}`;
  return row;
}
