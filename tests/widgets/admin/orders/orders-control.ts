/**
 * @module The orders area's control route (`POST /api-test/admin/shops/:key/order-book`,
 * mounted by tests/widgets/admin/admin-control.ts): orders with their customers, parcels
 * and checkpoints, and webhook deliveries with their outcomes — each written by the
 * server's own functions on the real database, as the platform sync would. Nothing here
 * answers for the admin API; the tests call the real one.
 *
 * `{ orders: BookOrder[], deliveries: BookDelivery[] }` → `{ ids }` (the orders' ids in order)
 */
import type { Hono } from 'hono';
import type { Database } from '../../../../server/kernel/db/client.ts';
import { findShopByPublicKey } from '../../../../server/kernel/db/shops.ts';
import { withShop } from '../../../../server/kernel/db/tenancy.ts';
import { claimDelivery, logDelivery, markDeliveryStale } from '../../../../server/orders/db.ts';
import { insertOrders, type NewFulfillment, type OrderStatus } from '../../../../server/orders/index.ts';

export interface BookOrder {
  number: string;
  email: string;
  customerName?: string;
  status: OrderStatus;
  /** Days before now the order was placed. */
  daysAgo: number;
  total: number;
  shippingMethod?: string;
  parcels?: Array<Omit<NewFulfillment, 'shippedAt' | 'events'> & { shippedDaysAgo?: number; events?: Array<{ status: NewFulfillment['status']; message?: string; location?: string; daysAgo: number }> }>;
}

export interface BookDelivery {
  platform: 'generic' | 'shopify' | 'woocommerce' | 'medusa';
  topic: string;
  outcome: 'accepted' | 'duplicate' | 'stale' | 'refused';
  reason?: string;
  path?: string;
  detail?: string;
}

const ago = (days: number) => new Date(Date.now() - days * 86_400_000);

export function ordersControl(app: Hono, db: Database): void {
  const { sql } = db;
  app.post('/admin/shops/:key/order-book', async (c) => {
    const shop = await findShopByPublicKey(sql, c.req.param('key'));
    if (!shop) throw new Error(`no test shop ${c.req.param('key')}`);
    const { orders = [], deliveries = [] } = await c.req.json<{ orders?: BookOrder[]; deliveries?: BookDelivery[] }>();
    const ids = await withShop(sql, shop.id, async (tx) => {
      const rows = [];
      for (const o of orders) {
        const [customer] = o.customerName
          ? await tx<{ id: string }[]>`insert into customers (shop_id, email, name) values (${shop.id}, ${o.email}, ${o.customerName}) returning id`
          : [];
        rows.push({
          number: o.number, email: o.email, customerId: customer?.id ?? null, status: o.status, currency: shop.currency,
          placedAt: ago(o.daysAgo), lines: [{ title: 'Linen shirt', quantity: 1, unitAmount: o.total }], shippingMethod: o.shippingMethod ?? null,
          fulfillments: (o.parcels ?? []).map(({ shippedDaysAgo, events, ...p }) => ({
            ...p, shippedAt: shippedDaysAgo === undefined ? null : ago(shippedDaysAgo),
            events: (events ?? []).map((e) => ({ status: e.status, message: e.message, location: e.location, occurredAt: ago(e.daysAgo) })),
          })),
        });
      }
      return insertOrders(tx, shop.id, rows);
    });
    // One transaction each, so each has its own receipt time, as separate deliveries do.
    let n = 0;
    for (const d of deliveries) {
      const record = { platform: d.platform, source: 'webhook' as const, topic: d.topic, dedupKey: `book-${n++}-${Date.now()}`, occurredAt: null };
      await withShop(sql, shop.id, async (tx) => {
        if (d.outcome === 'accepted' || d.outcome === 'stale') {
          const id = await claimDelivery(tx, shop.id, record);
          if (id && d.outcome === 'stale') await markDeliveryStale(tx, id);
        } else {
          await logDelivery(tx, shop.id, { ...record, outcome: d.outcome, reason: d.reason, path: d.path, detail: d.detail });
        }
      });
    }
    return c.json({ ids }, 201);
  });
}
