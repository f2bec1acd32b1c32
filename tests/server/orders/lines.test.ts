/**
 * @module An order's lines keep the order the store placed them in — in the orders API,
 * the admin's feedback detail and every reader of `listOrderLines` — not alphabetical.
 */
import { describe, expect, it } from 'vitest';
import { upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { issueSessionToken } from '../../../server/kernel/http/customer-session.ts';
import { insertOrders, listOrderLines } from '../../../server/orders/index.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db);

// Placed in this order; alphabetically it would be the other way round.
const LINES = [
  { title: 'Zisha teapot', quantity: 1, unitAmount: 6800 },
  { title: 'Oolong 100 g', quantity: 2, unitAmount: 1200 },
  { title: 'Bamboo tray', quantity: 1, unitAmount: 2500 },
];

describe('order lines', () => {
  it('are listed in the order they were placed', async () => {
    const { shop } = await makeShop(db);
    const { customer, orderIds } = await withShop(db.sql, shop.id, async (tx) => {
      const c = await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: 'ann', email: 'ann@example.com' });
      const ids = await insertOrders(tx, shop.id, [
        { customerId: c.id, number: 'LL-5001', email: 'ann@example.com', status: 'paid', currency: 'USD', placedAt: new Date(), lines: LINES },
        { customerId: c.id, number: 'LL-5002', email: 'ann@example.com', status: 'paid', currency: 'USD', placedAt: new Date(), lines: [...LINES].reverse() },
      ]);
      return { customer: c, orderIds: ids };
    });
    const titles = (id: string) => withShop(db.sql, shop.id, async (tx) => (await listOrderLines(tx, id)).map((l) => l.title));
    expect(await titles(orderIds[0])).toEqual(['Zisha teapot', 'Oolong 100 g', 'Bamboo tray']);
    expect(await titles(orderIds[1])).toEqual(['Bamboo tray', 'Oolong 100 g', 'Zisha teapot']);

    const res = await app.request(`${BASE}/v1/orders/LL-5001`, {
      headers: { 'x-rapport-shop': shop.publicKey, authorization: `Bearer ${(await issueSessionToken(shop, customer.id)).token}` },
    });
    expect(((await res.json()) as { lines: { title: string }[] }).lines.map((l) => l.title)).toEqual(['Zisha teapot', 'Oolong 100 g', 'Bamboo tray']);
  });
});
