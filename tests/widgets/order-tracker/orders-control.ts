/**
 * @module The order tracker tests' control route (`/api-test/orders/*`, mounted by
 * tests/widgets/test-control.ts): orders with parcels and checkpoint events stored by the
 * server's own `insertOrders`, as a platform's sync would; a `sub` makes the order a
 * verified customer's (the generic platform's identity).
 *
 * - `POST /api-test/orders/shops/:key {orders: SeedOrder[]}` → `{ ids }` (times as ISO strings)
 */
import type { Hono } from 'hono';
import { findPlatformCustomer, upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import type { Database } from '../../../server/kernel/db/client.ts';
import { findShopByPublicKey } from '../../../server/kernel/db/shops.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { insertOrders, type NewFulfillment, type NewOrder } from '../../../server/orders/index.ts';

type Json<T> = { [K in keyof T]: T[K] extends Date | null | undefined ? string | null | undefined : T[K] };
export type SeedOrder = Omit<Json<NewOrder>, 'fulfillments' | 'currency'> & {
  sub?: string;
  /** The shipping postcode a platform sent with the order. */
  postcode?: string;
  fulfillments?: (Omit<Json<NewFulfillment>, 'events'> & { events?: { status: string; message?: string; location?: string; occurredAt: string }[] })[];
};

const date = (s: string | null | undefined) => (s ? new Date(s) : null);

export function ordersControl(app: Hono, db: Database) {
  app.post('/orders/shops/:key', async (c) => {
    const shop = await findShopByPublicKey(db.sql, c.req.param('key'));
    if (!shop) return c.json({ error: 'no such shop' }, 404);
    const { orders } = await c.req.json<{ orders: SeedOrder[] }>();
    const ids = await withShop(db.sql, shop.id, async (tx) => {
      const rows: NewOrder[] = [];
      const postcodes: (string | undefined)[] = [];
      for (const { sub, postcode, ...o } of orders) {
        postcodes.push(postcode);
        const customer = sub
          ? (await findPlatformCustomer(tx, 'generic', sub)) ?? (await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: sub, email: o.email }))
          : undefined;
        rows.push({
          ...o, currency: shop.currency, customerId: customer?.id ?? null, placedAt: new Date(o.placedAt!),
          fulfillments: o.fulfillments?.map((f) => ({
            ...f, shippedAt: date(f.shippedAt), deliveredAt: date(f.deliveredAt),
            events: f.events?.map((e) => ({ ...e, status: e.status as NewFulfillment['status'], occurredAt: new Date(e.occurredAt) })),
          })),
        });
      }
      const ids = await insertOrders(tx, shop.id, rows);
      // The shipping postcode, as a platform's webhook stores it (for a guest's lookup by postcode).
      for (const [i, id] of ids.entries()) if (postcodes[i]) await tx`update orders set shipping_postcode = ${postcodes[i]!} where id = ${id}`;
      return ids;
    });
    return c.json({ ids }, 201);
  });
}
