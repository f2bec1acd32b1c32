/**
 * @module The recommendations area's control routes (`/api-test/admin/shops/:key/recs/*`,
 * mounted by tests/widgets/admin/admin-control.ts): a catalog, shoppers' events and the
 * model, each made with the server's own functions on the real database — as the store's
 * sync, the tracker and the training job would. Nothing here answers for the admin API;
 * the tests call the real one.
 *
 * - `POST …/recs/catalog {products: SeedProduct[]}` → `{ ids: {handle: id} }`
 * - `POST …/recs/events {person: {sub?, email?, visitor?}, events: EventInput[]}` → the receipt of
 *   `recordServerEvents` (the one ingest path); a `sub` is a customer the store verified (made if new)
 * - `POST …/recs/train` → the report of `trainShop`, what the `recommendations.train` job runs
 * - `GET …/recs/jobs` → the shop's `recommendations.train` jobs: `[{ status }]`
 */
import type { Hono } from 'hono';
import { insertProducts } from '../../../../server/catalog/index.ts';
import { upsertCustomerByIdentity } from '../../../../server/identity/index.ts';
import { recordServerEvents, type EventInput } from '../../../../server/interactions/index.ts';
import type { Database } from '../../../../server/kernel/db/client.ts';
import { findShopByPublicKey, type Shop } from '../../../../server/kernel/db/shops.ts';
import { withShop } from '../../../../server/kernel/db/tenancy.ts';
import { trainShop } from '../../../../server/recommendations/index.ts';

/** A product as the store's catalog sync would bring it. */
export interface SeedProduct {
  handle: string;
  title: string;
  category: string;
  /** Minor units of the shop's currency. */
  price: number;
  titleI18n?: Record<string, string>;
  variants?: Array<{ sku: string; title: string; price: number; inventory: number }>;
}

/** Whose events: a verified customer (`sub`, with their email) or a visitor id. */
export interface SeedPerson {
  sub?: string;
  email?: string;
  visitor?: string;
}

export function recsControl(app: Hono, db: Database): void {
  const { sql } = db;
  const at = '/admin/shops/:key/recs';

  async function shopOf(key: string): Promise<Shop> {
    const shop = await findShopByPublicKey(sql, key);
    if (!shop) throw new Error(`no test shop ${key}`);
    return shop;
  }

  app.post(`${at}/catalog`, async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { products } = await c.req.json<{ products: SeedProduct[] }>();
    const ids = await withShop(sql, shop.id, (tx) => insertProducts(tx, shop.id, products.map((p) => ({
      handle: p.handle, title: p.title, titleI18n: p.titleI18n, category: p.category, priceAmount: p.price, currency: shop.currency,
      variants: (p.variants ?? [{ sku: `${p.handle}-1`, title: 'One size', price: p.price, inventory: 10 }])
        .map((v) => ({ sku: v.sku, title: v.title, priceAmount: v.price, inventory: v.inventory })),
    }))));
    return c.json({ ids: Object.fromEntries(products.map((p, i) => [p.handle, ids[i]])) }, 201);
  });

  app.post(`${at}/events`, async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { person, events } = await c.req.json<{ person: SeedPerson; events: EventInput[] }>();
    const customerId = person.sub
      ? (await withShop(sql, shop.id, (tx) => upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: person.sub!, email: person.email }))).id
      : null;
    const receipt = await recordServerEvents(sql, shop.id, { person: { customerId, visitorId: customerId ? null : person.visitor ?? null }, events });
    return c.json({ ...receipt, customerId }, 201);
  });

  app.post(`${at}/train`, async (c) => c.json(await trainShop(sql, (await shopOf(c.req.param('key'))).id)));

  app.get(`${at}/jobs`, async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const jobs = await withShop(sql, shop.id, (tx) => tx<{ status: string }[]>`
      select status from jobs where kind = 'recommendations.train' order by id`);
    return c.json(jobs);
  });
}
