/**
 * @module The order tracker's API: a guest's `POST /v1/orders/lookup` (number + email), a
 * verified customer's `GET /v1/orders` and `GET /v1/orders/{number}` with parcels — the
 * timeline, carrier detected from the number, estimates and the late flag; one answer for
 * an unknown number and a wrong email; limits that ask for a proof of work; each lookup
 * recorded as an `order.track` interaction.
 */
import { describe, expect, it } from 'vitest';
import { upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { issueSessionToken } from '../../../server/kernel/http/customer-session.ts';
import { solve, type Challenge } from '../../../server/kernel/http/proof-of-work.ts';
import type { Shop } from '../../../server/kernel/db/shops.ts';
import type { CustomerOrderList, OrderTrackingView } from '../../../server/orders/contract.ts';
import { insertOrders, type NewOrder } from '../../../server/orders/index.ts';
import { ORDER_LOOKUP_RATE } from '../../../server/orders/limits.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE, expectProblem, jsonReq } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db);
const proxied = testApp(db, { TRUST_PROXY: 'true' });
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const day = (d: Date) => d.toISOString().slice(0, 10);

async function seed() {
  const { shop } = await makeShop(db);
  const [ann, bob] = await withShop(db.sql, shop.id, async (tx) => {
    const a = await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: 'ann', email: 'ann@example.com' });
    const b = await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: 'bob', email: 'bob@example.com' });
    const orders: NewOrder[] = [
      {
        customerId: a.id, number: 'LL-1043', email: 'Ann@Example.com', status: 'shipped', currency: 'USD', placedAt: daysAgo(10),
        lines: [{ title: 'Celadon teapot', quantity: 1, unitAmount: 4800 }, { title: 'Oolong 100 g', quantity: 2, unitAmount: 1200 }],
        fulfillments: [
          { // The platform named no carrier: a UPS number with its check digit.
            trackingNumber: '1Z5R89390357567127', status: 'delivered', shippedAt: daysAgo(8), deliveredAt: daysAgo(5),
            events: [
              { status: 'shipped', message: 'Picked up', location: 'Portland, OR', occurredAt: daysAgo(8) },
              { status: 'shipped', message: 'Departed facility', location: 'Reno, NV', occurredAt: daysAgo(7) },
              { status: 'out_for_delivery', message: 'Out for delivery', occurredAt: daysAgo(5.2) },
              { status: 'delivered', message: 'Delivered', occurredAt: daysAgo(5) },
            ],
          },
          { // The carrier promised a day that has passed.
            carrier: 'FedEx', trackingNumber: '449044304137821', trackingUrl: 'javascript:alert(1)', status: 'delayed',
            estimatedDelivery: day(daysAgo(2)), shippedAt: daysAgo(6),
            events: [{ status: 'shipped', message: 'Picked up', occurredAt: daysAgo(6) }, { status: 'delayed', message: 'Weather', occurredAt: daysAgo(1) }],
          },
        ],
      },
      { customerId: a.id, number: 'LL-1050', email: 'ann@example.com', status: 'paid', currency: 'USD', placedAt: daysAgo(1), lines: [{ title: 'Tea towel', quantity: 1, unitAmount: 900 }] },
      { customerId: b.id, number: '#2001', email: 'bob@example.com', status: 'cancelled', currency: 'USD', placedAt: daysAgo(3), lines: [{ title: 'Cup', quantity: 1, unitAmount: 900 }] },
    ];
    await insertOrders(tx, shop.id, orders);
    return [a, b];
  });
  return { shop, ann, bob };
}

const headers = async (shop: Shop, customer?: string, extra: Record<string, string> = {}) => ({
  'x-rapport-shop': shop.publicKey, ...extra,
  ...(customer ? { authorization: `Bearer ${(await issueSessionToken(shop, customer)).token}` } : {}),
});
const lookup = async (shop: Shop, body: unknown, opts: { customer?: string; headers?: Record<string, string>; via?: typeof app } = {}) =>
  (opts.via ?? app).request(`${BASE}/v1/orders/lookup`, jsonReq('POST', body, await headers(shop, opts.customer, opts.headers)));
const get = async (shop: Shop, path: string, customer?: string) => app.request(`${BASE}${path}`, { headers: await headers(shop, customer) });
const tracks = (shop: Shop) => withShop(db.sql, shop.id, (tx) => tx<{ data: { order: string }; customerId: string | null }[]>`
  select data, customer_id as "customerId" from interactions where kind = 'order.track' order by received_at, event_id`);
const sameProblem = async (a: Response, b: Response) => {
  const [x, y] = [await expectProblem(a, 404, 'not-found'), await expectProblem(b, 404, 'not-found')];
  expect({ ...x, instance: 0 }).toEqual({ ...y, instance: 0 });
};

describe('POST /v1/orders/lookup', () => {
  it("shows a guest the order by number and email: lines, each parcel's carrier, link, timeline, events, estimate and late flag", async () => {
    const { shop, ann } = await seed();
    const res = await lookup(shop, { number: 'LL-1043', email: 'ann@example.com' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const v = (await res.json()) as OrderTrackingView;
    expect(v).toMatchObject({ number: 'LL-1043', status: 'shipped', totalAmount: 7200, estimatedDelivery: null, late: false,
      lines: [{ title: 'Celadon teapot', quantity: 1 }, { title: 'Oolong 100 g', quantity: 2 }] });
    const [ups, fedex] = v.parcels;
    expect(ups).toMatchObject({
      carrier: 'UPS', trackingNumber: '1Z5R89390357567127', status: 'delivered', exception: null, late: false, estimatedDelivery: null,
      trackingUrl: 'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z5R89390357567127',
    });
    expect(ups.steps.map((s) => [s.step, s.state])).toEqual([
      ['ordered', 'done'], ['paid', 'done'], ['packed', 'done'], ['shipped', 'done'], ['in_transit', 'done'], ['out_for_delivery', 'done'], ['delivered', 'done'],
    ]);
    // In transit: the first checkpoint after the pickup scan.
    expect(ups.steps[4].at).toBe(ups.events[1].at);
    expect(ups.events.map((e) => e.message)).toEqual(['Picked up', 'Departed facility', 'Out for delivery', 'Delivered']);
    expect(ups.events[0].at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // A link that is not http(s) is never passed on; FedEx's own is used instead.
    expect(fedex).toMatchObject({
      carrier: 'FedEx', status: 'delayed', exception: 'delayed', estimateSource: 'carrier', estimatedDelivery: day(daysAgo(2)), late: true,
      trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=449044304137821',
    });
    expect(fedex.steps.filter((s) => s.state === 'current').map((s) => s.step)).toEqual(['shipped']);
    expect(await tracks(shop)).toEqual([{ data: { order: 'LL-1043' }, customerId: ann.id }]);
  });

  it('estimates an order with no parcel from the shop rule (processing + transit days), none for a cancelled one', async () => {
    const { shop } = await seed();
    await db.sql`update shops set settings = settings || '{"delivery":{"processingDays":1,"transitDays":3}}'::jsonb where id = ${shop.id}`;
    const fresh = (await (await lookup(shop, { number: 'LL-1050', email: 'ann@example.com' })).json()) as OrderTrackingView;
    expect(fresh).toMatchObject({ parcels: [], estimatedDelivery: day(new Date(daysAgo(1).getTime() + 4 * DAY)), late: false });
    const cancelled = (await (await lookup(shop, { number: '2001', email: 'bob@example.com' })).json()) as OrderTrackingView;
    expect(cancelled).toMatchObject({ number: '#2001', status: 'cancelled', parcels: [], estimatedDelivery: null, late: false });
  });

  it('answers an unknown number and a wrong email identically, and records both as lookups of nobody', async () => {
    const { shop } = await seed();
    await sameProblem(await lookup(shop, { number: 'LL-9999', email: 'ann@example.com' }), await lookup(shop, { number: 'LL-1043', email: 'eve@example.com' }));
    await sameProblem(await lookup(shop, { number: 'LL-1043', email: 'bob@example.com' }), await lookup(shop, { number: 'nothing', email: 'x' }));
    expect((await tracks(shop)).map((t) => t.customerId)).toEqual([null, null, null, null]);
  });

  it('normalizes what a shopper types: spaces and case of the email, the case and # of the number; SQL, HTML and wildcards are only text', async () => {
    const { shop } = await seed();
    // Each from its own address: this is about matching, not the per-client limit (per order: 5 tries each, within it).
    let i = 0;
    const from = () => ({ via: proxied, headers: { 'x-forwarded-for': `192.0.2.${++i}` } });
    for (const [number, email] of [[' ll-1043 ', '  ANN@EXAMPLE.COM\t'], ['#LL-1043', 'ann@example.com'], ['2001', 'Bob@Example.com'], ['#2001', 'bob@example.com']]) {
      expect((await lookup(shop, { number, email }, from())).status, `${number} ${email}`).toBe(200);
    }
    for (const [number, email] of [['LL-1043', "' or '1'='1"], ['LL-1043', '%'], ['LL-10%', 'ann@example.com'], ['LL-104_', 'ann@example.com'],
      ["LL-1043' --", 'ann@example.com'], ['LL-1043', '<b>ann@example.com</b>'], ['*', '*']]) {
      await expectProblem(await lookup(shop, { number, email }, from()), 404, 'not-found');
    }
    const bad = await expectProblem(await lookup(shop, { number: '', email: 'a' }), 400, 'validation');
    expect(bad.errors?.[0].path).toBe('body.number');
    const none = await expectProblem(await lookup(shop, { number: 'LL-1043' }), 400, 'validation');
    expect(none.errors?.[0].path).toBe('body.email');
  });

  it('finds a guest\'s order by its shipping postcode instead of the email, spaces and case aside; a wrong one is the same miss', async () => {
    const { shop } = await seed();
    await withShop(db.sql, shop.id, (tx) => tx`update orders set shipping_postcode = 'SW1A 1AA' where number = 'LL-1043'`);
    const hit = await lookup(shop, { number: 'LL-1043', postcode: 'sw1a1aa' });
    expect(hit.status).toBe(200);
    expect(((await hit.json()) as OrderTrackingView).number).toBe('LL-1043');
    const wrong = await expectProblem(await lookup(shop, { number: 'LL-1043', postcode: 'SW1A 2AA' }), 404, 'not-found');
    const unknown = await expectProblem(await lookup(shop, { number: 'LL-9999', postcode: 'SW1A 1AA' }), 404, 'not-found');
    expect({ ...wrong, instance: undefined }).toEqual({ ...unknown, instance: undefined });
    // An order with no postcode stored matches none; both proofs at once are refused.
    await expectProblem(await lookup(shop, { number: 'LL-1050', postcode: 'SW1A 1AA' }), 404, 'not-found');
    await expectProblem(await lookup(shop, { number: 'LL-1043', email: 'ann@example.com', postcode: 'SW1A 1AA' }), 400, 'validation');
  });

  it('asks for a proof of work past the limit per order number, whatever the address, then answers once it is solved', async () => {
    const { shop } = await seed();
    const from = (i: number) => ({ via: proxied, headers: { 'x-forwarded-for': `198.51.100.${i}` } });
    // Every spelling of the number counts against the same limit (with or without '#', any case).
    const spellings = ['LL-1043', '#LL-1043', 'll-1043', '# ll-1043'];
    for (let i = 0; i < ORDER_LOOKUP_RATE.perOrder.hits; i++) await expectProblem(await lookup(shop, { number: spellings[i % spellings.length]!, email: `guess${i}@x.example` }, from(i)), 404, 'not-found');
    const limited = await expectProblem(await lookup(shop, { number: 'll-1043', email: 'ann@example.com' }, from(50)), 429, 'rate-limited');
    const challenge = limited.challenge as Challenge;
    const pow = Buffer.from(JSON.stringify({ ...challenge, number: solve(challenge) })).toString('base64');
    const solved = await lookup(shop, { number: 'LL-1043', email: 'ann@example.com' }, { via: proxied, headers: { 'x-forwarded-for': '198.51.100.50', 'x-rapport-pow': pow } });
    expect(solved.status).toBe(200);
    // Another order from the same address is not held back.
    expect((await lookup(shop, { number: 'LL-1050', email: 'ann@example.com' }, from(51))).status).toBe(200);
  });

  it('asks for a proof of work past the limit per client address', async () => {
    const { shop } = await seed();
    const me = { via: proxied, headers: { 'x-forwarded-for': '203.0.113.9' } };
    for (let i = 0; i < ORDER_LOOKUP_RATE.perClient.hits; i++) await expectProblem(await lookup(shop, { number: `N-${i}`, email: 'a@b.example' }, me), 404, 'not-found');
    const res = await lookup(shop, { number: 'LL-1043', email: 'ann@example.com' }, me);
    await expectProblem(res, 429, 'rate-limited');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it("lets a verified customer look up their own order by number alone, never another customer's", async () => {
    const { shop, ann, bob } = await seed();
    expect((await lookup(shop, { number: 'LL-1043' }, { customer: ann.id })).status).toBe(200);
    await sameProblem(await lookup(shop, { number: '#2001' }, { customer: ann.id }), await lookup(shop, { number: 'LL-0000' }, { customer: ann.id }));
    expect((await tracks(shop)).map((t) => t.customerId)).toEqual([ann.id, ann.id, ann.id]);
    expect((await lookup(shop, { number: '#2001' }, { customer: bob.id })).status).toBe(200);
  });
});

describe('GET /v1/orders and /v1/orders/{number}', () => {
  it("lists the verified customer's own orders, newest first, and needs a session", async () => {
    const { shop, ann } = await seed();
    const res = await get(shop, '/v1/orders', ann.id);
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as CustomerOrderList;
    expect(items.map((o) => [o.number, o.status, o.lineCount])).toEqual([['LL-1050', 'paid', 1], ['LL-1043', 'shipped', 2]]);
    await expectProblem(await get(shop, '/v1/orders'), 401, 'unauthorized');
  });

  it("shows one of them with its parcels; another customer's order is the same 404 as an unknown one; nothing is recorded", async () => {
    const { shop, ann, bob } = await seed();
    const v = (await (await get(shop, '/v1/orders/LL-1043', ann.id)).json()) as OrderTrackingView;
    expect(v.parcels.map((p) => p.carrier)).toEqual(['UPS', 'FedEx']);
    await sameProblem(await get(shop, '/v1/orders/LL-1043', bob.id), await get(shop, '/v1/orders/LL-4040', bob.id));
    expect(await tracks(shop)).toEqual([]);
  });
});
