import { describe, expect, it } from 'vitest';
import { run } from '../../../server/cli.ts';
import { findShopById } from '../../../server/kernel/db/shops.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { insertOrders, type NewOrder } from '../../../server/orders/index.ts';
import { lookupOrder } from '../../../server/orders/lookup.ts';
import type { AdminOrderDetail, AdminOrderPage, DeliveryPage } from '../../../server/orders/contract.ts';
import { makeShop, staffSession, testApp, testDb, uniq } from '../helpers/db.ts';
import { expectProblem } from '../helpers/http.ts';
import { fixtureBytes, postShopify, VECTOR_SECRET } from './webhook-helpers.ts';

const db = testDb();
const app = testApp(db);
const PASSWORD = 'a long enough password';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const dayAgo = (days: number) => ago(days).toISOString().slice(0, 10);

/**
 * A shop with five orders: one newest and fine, one with a failed delivery attempt, one
 * whose parcel is past the carrier's date, one delivered long ago, and one of a named customer.
 */
async function shopWithOrders() {
  const { shop, owner } = await makeShop(db, { password: PASSWORD });
  const tag = uniq();
  const ids = await withShop(db.sql, shop.id, async (tx) => {
    const [zoe] = await tx<{ id: string }[]>`
      insert into customers (shop_id, email, name) values (${shop.id}, ${`zoe-${tag}@example.com`}, 'Zoë Ålander') returning id`;
    const line = { title: 'Oolong tin', quantity: 1, unitAmount: 1200 };
    const base = { currency: 'EUR', lines: [line] };
    const orders: NewOrder[] = [
      { ...base, number: '#1001', email: 'fresh@example.com', status: 'paid', placedAt: ago(0.01) },
      {
        ...base, number: '#1002', email: 'Missed@Example.com', status: 'shipped', placedAt: ago(3),
        fulfillments: [{ status: 'failed_attempt', carrier: 'DHL', trackingNumber: 'X1', shippedAt: ago(2), events: [
          { status: 'shipped', occurredAt: ago(2) }, { status: 'failed_attempt', message: 'Nobody home', occurredAt: ago(1) }] }],
      },
      {
        ...base, number: '#1003', email: 'late@example.com', status: 'shipped', placedAt: ago(30),
        fulfillments: [{ status: 'in_transit', carrier: 'UPS', trackingNumber: 'X2', estimatedDelivery: dayAgo(10), shippedAt: ago(20) }],
      },
      {
        ...base, number: '#1004', email: 'done@example.com', status: 'delivered', placedAt: ago(60),
        fulfillments: [{ status: 'delivered', shippedAt: ago(58), deliveredAt: ago(55), estimatedDelivery: dayAgo(56) }],
      },
      { ...base, number: 'LL-100_5', email: 'named@example.com', customerId: zoe.id, status: 'packed', placedAt: ago(1) },
    ];
    return insertOrders(tx, shop.id, orders);
  });
  return { shop, tag, ids, api: await staffSession(app, owner.email, PASSWORD) };
}

const list = async (api: Awaited<ReturnType<typeof staffSession>>, query = '') => {
  const res = await api.get(`/v1/admin/orders${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as AdminOrderPage;
};

describe('GET /v1/admin/orders', () => {
  it('puts late and exception orders first, then the newest, and flags them', async () => {
    const { api } = await shopWithOrders();
    const page = await list(api);
    expect(page.items.map((o) => o.number)).toEqual(['#1002', '#1003', '#1001', 'LL-100_5', '#1004']);
    expect(page.items.map((o) => [o.late, o.exception])).toEqual([[false, true], [true, false], [false, false], [false, false], [false, false]]);
    expect(page.items[3]).toMatchObject({ customerName: 'Zoë Ålander', email: 'named@example.com', status: 'packed', totalAmount: 1200, lineCount: 1 });
    expect(page.nextCursor).toBeNull();
  });

  it('finds by part of the number, the email or the customer’s name, in any case, and takes wildcards literally', async () => {
    const { api, tag } = await shopWithOrders();
    const numbers = async (q: string) => (await list(api, `?q=${encodeURIComponent(q)}`)).items.map((o) => o.number);
    expect(await numbers('1003')).toEqual(['#1003']);
    expect(await numbers('  #1003 ')).toEqual(['#1003']);
    expect(await numbers('missed@EXAMPLE.com')).toEqual(['#1002']);
    expect(await numbers('zoË')).toEqual(['LL-100_5']);
    expect(await numbers('ålander')).toEqual(['LL-100_5']);
    expect(await numbers(`zoe-${tag}`)).toEqual(['LL-100_5']);
    expect(await numbers('100_')).toEqual(['LL-100_5']);
    expect(await numbers('%')).toEqual([]);
    expect(await numbers("' or 1=1 --")).toEqual([]);
    expect(await numbers('<b>x</b>')).toEqual([]);
    expect(await numbers('')).toHaveLength(5);
  });

  it('pages with an opaque cursor in the same order, and refuses a cursor it did not give', async () => {
    const { api } = await shopWithOrders();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: AdminOrderPage = await list(api, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((o) => o.number));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['#1002', '#1003', '#1001', 'LL-100_5', '#1004']);
    const bad = await expectProblem(await api.get('/v1/admin/orders?cursor=bm9wZQ'), 400, 'validation');
    expect(bad.errors?.map((e) => e.path)).toEqual(['query.cursor']);
    await expectProblem(await api.get('/v1/admin/orders?limit=0'), 400, 'validation');
    await expectProblem(await api.get(`/v1/admin/orders?q=${'x'.repeat(201)}`), 400, 'validation');
  });

  it('answers 401 without a session', async () => {
    await expectProblem(await app.request('http://localhost/v1/admin/orders'), 401, 'unauthorized');
  });
});

describe('GET /v1/admin/orders/{id}', () => {
  it('shows the order, its lines and exactly the timeline the shopper sees', async () => {
    const { shop, ids, api } = await shopWithOrders();
    const res = await api.get(`/v1/admin/orders/${ids[1]}`);
    expect(res.status).toBe(200);
    const detail = (await res.json()) as AdminOrderDetail;
    expect(detail.order).toMatchObject({ id: ids[1], number: '#1002', email: 'Missed@Example.com', subtotalAmount: 1200, shippingAmount: 0 });
    expect(detail.lines).toEqual([{ title: 'Oolong tin', quantity: 1, unitAmount: 1200, finalSale: false }]);
    const shopper = await lookupOrder(db.sql, (await findShopById(db.sql, shop.id))!, { number: '1002', email: 'missed@example.com', record: false });
    expect(detail.tracking).toEqual(JSON.parse(JSON.stringify(shopper)));
    expect(detail.tracking.parcels[0]).toMatchObject({ exception: 'failed_attempt', carrier: 'DHL' });
    expect(detail.tracking.parcels[0].events.map((e) => e.message)).toEqual(['', 'Nobody home']);

    const late = (await (await api.get(`/v1/admin/orders/${ids[2]}`)).json()) as AdminOrderDetail;
    expect(late.tracking.parcels[0]).toMatchObject({ late: true, estimateSource: 'carrier' });
    await expectProblem(await api.get('/v1/admin/orders/00000000-0000-4000-8000-000000000000'), 404, 'not-found');
    await expectProblem(await api.get('/v1/admin/orders/not-a-uuid'), 400, 'validation');
  });

  it('shows another shop’s staff nothing of this shop', async () => {
    const { ids } = await shopWithOrders();
    const other = await makeShop(db, { password: PASSWORD });
    const api = await staffSession(app, other.owner.email, PASSWORD);
    expect((await list(api)).items).toEqual([]);
    expect((await list(api, '?q=1002')).items).toEqual([]);
    await expectProblem(await api.get(`/v1/admin/orders/${ids[1]}`), 404, 'not-found');
    expect(((await (await api.get('/v1/admin/webhook-deliveries')).json()) as DeliveryPage).items).toEqual([]);
  });
});

describe('GET /v1/admin/webhook-deliveries', () => {
  it('lists signed deliveries newest first with their outcome, and refusals with why; filters by platform and outcome', async () => {
    const { shop, owner } = await makeShop(db, { password: PASSWORD });
    await run(['webhook:secret', '--shop', shop.publicKey, '--platform', 'shopify', '--secret', VECTOR_SECRET], db, () => {});
    const body = fixtureBytes('shopify/order.json');
    const webhookId = `w-${uniq()}`;
    expect((await postShopify(app, shop.id, 'orders/create', body, { secret: VECTOR_SECRET, webhookId })).status).toBe(200);
    expect((await postShopify(app, shop.id, 'orders/create', body, { secret: VECTOR_SECRET, webhookId })).status).toBe(200);
    expect((await postShopify(app, shop.id, 'orders/create', body, { secret: 'forged' })).status).toBe(401);
    expect((await postShopify(app, shop.id, 'orders/create', '{"id": "x"', { secret: VECTOR_SECRET })).status).toBe(400);
    const api = await staffSession(app, owner.email, PASSWORD);

    const all = (await (await api.get('/v1/admin/webhook-deliveries')).json()) as DeliveryPage;
    expect(all.items.map((d) => d.outcome)).toEqual(['refused', 'refused', 'duplicate', 'accepted']);
    expect(all.items.map((d) => d.reason)).toEqual(['malformed-body', 'bad-signature', null, null]);
    expect(all.items[3]).toMatchObject({ platform: 'shopify', source: 'webhook', topic: 'orders/create', dedupKey: webhookId });
    const times = all.items.map((d) => Date.parse(d.receivedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const dup = (await (await api.get('/v1/admin/webhook-deliveries?outcome=duplicate')).json()) as DeliveryPage;
    expect(dup.items.map((d) => d.dedupKey)).toEqual([webhookId]);
    const woo = (await (await api.get('/v1/admin/webhook-deliveries?platform=woocommerce')).json()) as DeliveryPage;
    expect(woo.items).toEqual([]);
    const one = (await (await api.get('/v1/admin/webhook-deliveries?platform=shopify&limit=1')).json()) as DeliveryPage;
    expect(one.items).toHaveLength(1);
    const bad = await expectProblem(await api.get('/v1/admin/webhook-deliveries?platform=magento&outcome=maybe'), 400, 'validation');
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['query.outcome', 'query.platform']);
  });
});
