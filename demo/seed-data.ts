/**
 * @module The demo data put into one shop: catalog, customers with their store ids,
 * orders with parcels, and the FAQ, in one withShop transaction of bulk inserts.
 * Split from seed.ts so tests can fill a fresh shop of their own.
 */
import { randomUUID } from 'node:crypto';
import type { Sql } from '../server/kernel/db/client.ts';
import { insertProducts } from '../server/catalog/index.ts';
import { insertFaqArticles } from '../server/faq/index.ts';
import { listOrderLines, listOrders, insertOrders, recordPurchases } from '../server/orders/index.ts';
import { readyFor, recordServerEventsIn } from '../server/interactions/index.ts';
import { trainShop } from '../server/recommendations/index.ts';
import { updateShopSettings } from '../server/shops/index.ts';
import { demoBrowsing } from './data/browsing.ts';
import { withShop } from '../server/kernel/db/tenancy.ts';
import { demoProductRows } from './data/catalog.ts';
import { DEMO_CUSTOMERS, DEMO_GUESTS } from './data/customers.ts';
import { demoFaqRows } from './data/faq.ts';
import { demoOrders } from './data/orders.ts';
import { insertCustomersWithIdentities } from '../server/identity/index.ts';

export interface SeededCounts {
  products: number;
  customers: number;
  orders: number;
  faqArticles: number;
}

/** Fills `shopId` with the demo data; dates are relative to `now`. */
export async function seedDemoData(sql: Sql, shopId: string, opts: { now?: Date } = {}): Promise<SeededCounts> {
  const now = opts.now ?? new Date();
  // Ids are made here so orders can point at products before either is inserted.
  const products = demoProductRows().map((p) => ({
    ...p,
    id: randomUUID(),
    variants: p.variants!.map((v) => ({ ...v, id: randomUUID() })),
  }));
  const faq = demoFaqRows();
  return withShop(sql, shopId, async (tx) => {
    await insertProducts(tx, shopId, products);
    const customerIds = await insertCustomersWithIdentities(
      tx,
      shopId,
      'generic',
      DEMO_CUSTOMERS.map((c) => ({ externalId: c.externalId!, email: c.email, name: c.name, locale: c.locale })),
    );
    const buyers = [
      ...DEMO_CUSTOMERS.map((shopper, i) => ({ shopper, customerId: customerIds[i] })),
      ...DEMO_GUESTS.map((shopper) => ({ shopper })),
    ];
    const orders = demoOrders(now, products, buyers);
    await insertOrders(tx, shopId, orders);
    await insertFaqArticles(tx, shopId, faq);
    return { products: products.length, customers: customerIds.length, orders: orders.length, faqArticles: faq.length };
  });
}

/**
 * The demo's activity: earlier visitors' browsing and the customers' orders as purchases
 * in the interaction log, then a first training, so recommendations work from the first
 * page. The demo store does not ask for consent first (a shop setting; its account page
 * has the switch), so its visitors' events are linked to them.
 */
export async function seedDemoActivity(sql: Sql, shopId: string, opts: { now?: Date } = {}): Promise<{ events: number }> {
  const now = opts.now ?? new Date();
  await updateShopSettings(sql, shopId, (s) => ({ ...s, interactions: { ...s.interactions, consent: 'implied' } }));
  const visits = demoBrowsing(now);
  await readyFor(sql, { events: visits.flatMap((v) => v.events) });
  // One transaction for all of them: a few hundred small ones take seconds on the embedded database.
  let events = await withShop(sql, shopId, async (tx) => {
    let n = 0;
    for (const visit of visits) n += (await recordServerEventsIn(tx, shopId, { person: { customerId: null, visitorId: visit.visitor }, events: visit.events })).accepted;
    return n;
  });
  const orders = await withShop(sql, shopId, async (tx) =>
    Promise.all((await listOrders(tx, { limit: 1000 })).map(async (o) => ({ ...o, lines: await listOrderLines(tx, o.id) }))));
  events += await recordPurchases(sql, shopId, orders);
  await trainShop(sql, shopId, undefined, now.getTime());
  return { events };
}
