/**
 * @module Delivery rules per shipping method (issue 9): the owner sets the default days and
 * each method's in Settings; the shopper's estimate and the admin's "late first" list both
 * follow the rule of the order's method; a method arrives with the platform's order.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../../server/cli.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import type { AdminOrderDetail, AdminOrderPage } from '../../../server/orders/contract.ts';
import { insertOrders, type NewOrder } from '../../../server/orders/index.ts';
import { addStaffMember } from '../../../server/shops/provision.ts';
import { makeShop, staffSession, testApp, testDb, uniq } from '../helpers/db.ts';
import { expectProblem } from '../helpers/http.ts';
import { fixtureBytes, postShopify, VECTOR_SECRET } from './webhook-helpers.ts';

const db = testDb();
const app = testApp(db);
const PASSWORD = 'a long enough password';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const dayIn = (at: Date) => at.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

const EXPRESS = { name: 'Express', processingDays: 0, transitDays: 1 };

/** A shop (time zone UTC) with three paid, unshipped orders placed three days ago: two by Express, one by standard post. */
async function shopWithOrders() {
  const { shop, owner } = await makeShop(db, { password: PASSWORD });
  const placedAt = ago(3);
  const base = { currency: 'EUR', status: 'paid' as const, placedAt, lines: [{ title: 'Oolong tin', quantity: 1, unitAmount: 1200 }] };
  const orders: NewOrder[] = [
    { ...base, number: 'E-1', email: 'e1@example.com', shippingMethod: 'Express (1 business day)' },
    { ...base, number: 'E-2', email: 'e2@example.com', shippingMethod: 'Express (1 business day)' },
    { ...base, number: 'S-1', email: 's1@example.com', shippingMethod: 'Standard post' },
  ];
  const ids = await withShop(db.sql, shop.id, (tx) => insertOrders(tx, shop.id, orders));
  return { shop, owner, ids, placedAt, api: await staffSession(app, owner.email, PASSWORD) };
}

describe('GET/PUT /v1/admin/settings/delivery', () => {
  it('starts at 2 + 5 days with no method rules, and lists the methods the orders came with, the most used first', async () => {
    const { api } = await shopWithOrders();
    const res = await api.get('/v1/admin/settings/delivery');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ processingDays: 2, transitDays: 5, methods: [], knownMethods: ['Express (1 business day)', 'Standard post'] });
  });

  it('estimates and flags late by the rule of the order\'s method once the owner saves one (audited)', async () => {
    const { shop, api, ids, placedAt } = await shopWithOrders();
    const late = async () => Object.fromEntries(((await (await api.get('/v1/admin/orders')).json()) as AdminOrderPage).items.map((o) => [o.number, o.late]));
    const estimate = async (id: string) => ((await (await api.get(`/v1/admin/orders/${id}`)).json()) as AdminOrderDetail).tracking;
    // By the default 2 + 5 days nothing placed three days ago is late.
    expect(await late()).toEqual({ 'E-1': false, 'E-2': false, 'S-1': false });
    expect((await estimate(ids[0]!)).estimatedDelivery).toBe(addDays(dayIn(placedAt), 7));

    const rules = { processingDays: 2, transitDays: 5, methods: [EXPRESS] };
    const saved = await api.send('PUT', '/v1/admin/settings/delivery', rules);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ ...rules, knownMethods: ['Express (1 business day)', 'Standard post'] });

    // "Express" is in "Express (1 business day)": 0 + 1 days, so two days late; standard post is not.
    expect(await late()).toEqual({ 'E-1': true, 'E-2': true, 'S-1': false });
    expect(await estimate(ids[0]!)).toMatchObject({ shippingMethod: 'Express (1 business day)', estimatedDelivery: addDays(dayIn(placedAt), 1), late: true });
    expect(await estimate(ids[2]!)).toMatchObject({ shippingMethod: 'Standard post', estimatedDelivery: addDays(dayIn(placedAt), 7), late: false });

    const audit = await withShop(db.sql, shop.id, (tx) => tx<{ data: { after: unknown } }[]>`select data from audit_log where action = 'settings.delivery'`);
    expect(audit.map((a) => a.data.after)).toEqual([rules]);
  });

  it('refuses a method named twice (case and spacing aside), too many methods and impossible days, changing nothing', async () => {
    const { api } = await shopWithOrders();
    const good = { processingDays: 1, transitDays: 3, methods: [EXPRESS] };
    expect((await api.send('PUT', '/v1/admin/settings/delivery', good)).status).toBe(200);
    const twice = await expectProblem(await api.send('PUT', '/v1/admin/settings/delivery', { ...good, methods: [EXPRESS, { ...EXPRESS, name: '  EXPRESS ' }] }), 400, 'validation');
    expect(JSON.stringify(twice)).toContain('methods.1.name');
    const many = Array.from({ length: 21 }, (_, i) => ({ ...EXPRESS, name: `Method ${i}` }));
    await expectProblem(await api.send('PUT', '/v1/admin/settings/delivery', { ...good, methods: many }), 400, 'validation');
    await expectProblem(await api.send('PUT', '/v1/admin/settings/delivery', { ...good, transitDays: -1 }), 400, 'validation');
    await expectProblem(await api.send('PUT', '/v1/admin/settings/delivery', { ...good, methods: [{ ...EXPRESS, processingDays: 1.5 }] }), 400, 'validation');
    await expectProblem(await api.send('PUT', '/v1/admin/settings/delivery', { ...good, methods: [{ ...EXPRESS, name: '   ' }] }), 400, 'validation');
    const now = await (await api.get('/v1/admin/settings/delivery')).json();
    expect(now).toMatchObject(good);
  });

  it('lets an agent read the rules but only an owner change them', async () => {
    const { shop, api } = await shopWithOrders();
    const email = `agent-${uniq()}@test.example`;
    await addStaffMember(db.sql, shop.id, { email, name: 'Agent Ada', role: 'agent', password: PASSWORD });
    const agent = await staffSession(app, email, PASSWORD);
    expect((await agent.get('/v1/admin/settings/delivery')).status).toBe(200);
    await expectProblem(await agent.send('PUT', '/v1/admin/settings/delivery', { processingDays: 0, transitDays: 0, methods: [] }), 403, 'forbidden');
    expect(await (await api.get('/v1/admin/settings/delivery')).json()).toMatchObject({ processingDays: 2, transitDays: 5, methods: [] });
  });
});

describe('the shipping method from a platform', () => {
  it('is stored with the Shopify order it came with, offered to the rules and shown with the order', async () => {
    const { shop, owner } = await makeShop(db, { password: PASSWORD });
    await run(['webhook:secret', '--shop', shop.publicKey, '--platform', 'shopify', '--secret', VECTOR_SECRET], db, () => {});
    const api = await staffSession(app, owner.email, PASSWORD);
    expect((await postShopify(app, shop.id, 'orders/create', fixtureBytes('shopify/order.json'), { secret: VECTOR_SECRET })).status).toBe(200);
    expect(((await (await api.get('/v1/admin/settings/delivery')).json()) as { knownMethods: string[] }).knownMethods).toEqual(['Free Shipping']);
    const [order] = await withShop(db.sql, shop.id, (tx) => tx<{ id: string }[]>`select id from orders`);
    const { tracking } = (await (await api.get(`/v1/admin/orders/${order!.id}`)).json()) as AdminOrderDetail;
    expect(tracking.shippingMethod).toBe('Free Shipping');
  });
});
