/**
 * @module `GET /v1/orders/{number}`: a verified customer sees their own order in brief, the
 * same 404 for another customer's order and an unknown number, 401 without a session.
 */
import { describe, expect, it } from 'vitest';
import { upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { issueSessionToken } from '../../../server/kernel/http/customer-session.ts';
import { insertOrders } from '../../../server/orders/index.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE, expectProblem } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db);
const { shop } = await makeShop(db);
const [ann, bob] = await withShop(db.sql, shop.id, async (tx) => {
  const a = await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: 'ann', email: 'ann@example.com' });
  const b = await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: 'bob', email: 'bob@example.com' });
  await insertOrders(tx, shop.id, [{
    customerId: a.id, number: 'LL-1043', email: 'ann@example.com', status: 'shipped', currency: 'USD', placedAt: new Date('2026-11-01T09:00:00Z'),
    lines: [{ title: 'Celadon teapot', quantity: 1, unitAmount: 4800 }, { title: 'Oolong 100 g', quantity: 2, unitAmount: 1200 }],
  }]);
  return [a, b];
});
const get = async (number: string, customer?: string) =>
  app.request(`${BASE}/v1/orders/${encodeURIComponent(number)}`, {
    headers: { 'x-rapport-shop': shop.publicKey, ...(customer ? { authorization: `Bearer ${(await issueSessionToken(shop, customer)).token}` } : {}) },
  });

describe('GET /v1/orders/{number}', () => {
  it("shows the customer's own order: number, date, status and items", async () => {
    const res = await get('LL-1043', ann.id);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      number: 'LL-1043', status: 'shipped', placedAt: '2026-11-01T09:00:00.000Z', currency: 'USD', totalAmount: 7200,
      lines: [{ title: 'Celadon teapot', quantity: 1 }, { title: 'Oolong 100 g', quantity: 2 }], parcels: [],
    });
  });

  it("answers another customer's order exactly like an unknown one, and needs a session", async () => {
    const other = await expectProblem(await get('LL-1043', bob.id), 404, 'not-found');
    const unknown = await expectProblem(await get('LL-9999', bob.id), 404, 'not-found');
    expect({ ...other, instance: 0 }).toEqual({ ...unknown, instance: 0 });
    await expectProblem(await get('LL-1043'), 401, 'unauthorized');
  });
});
