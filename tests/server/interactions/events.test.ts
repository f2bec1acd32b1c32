/**
 * @module `POST /v1/events` and the log behind it: the tracker's batch format (also as a
 * beacon: text/plain, shop in the query), each event checked on its own, stored once per
 * id, times corrected by the sender's clock, products resolved within the shop, persons
 * only with consent, floods limited per client, the writer's backlog answered with 429,
 * monthly partitions and retention, and row-level security on every partition.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertProducts } from '../../../server/catalog/index.ts';
import { upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import { EventWriter, findInteractions, recordServerEvents } from '../../../server/interactions/index.ts';
import { updateShopSettings } from '../../../server/shops/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { issueSessionToken } from '../../../server/kernel/http/customer-session.ts';
import { createLogger } from '../../../server/kernel/log.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE, expectProblem } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db, { TRUST_PROXY: 'true' });
const { shop } = await makeShop(db);
const other = await makeShop(db);
const origin = shop.allowedOrigins[0];

const [teapotId, cupId] = await withShop(db.sql, shop.id, (tx) =>
  insertProducts(tx, shop.id, [
    { handle: 'celadon-teapot', externalId: 'gid://shopify/Product/101', title: 'Celadon teapot', priceAmount: 4800, currency: 'USD', category: 'teaware',
      variants: [{ sku: 'TEA-CEL-S', title: 'S', priceAmount: 4800 }, { sku: 'TEA-CEL-L', title: 'L', priceAmount: 5200 }] },
    { handle: 'tea-cup', title: 'Tea cup', priceAmount: 1200, currency: 'USD', category: 'teaware' },
  ]),
);
const [foreignId] = await withShop(db.sql, other.shop.id, (tx) =>
  insertProducts(tx, other.shop.id, [{ handle: 'their-thing', title: 'Theirs', priceAmount: 100, currency: 'USD' }]),
);
const ann = await withShop(db.sql, shop.id, (tx) => upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: 'ann-ev', email: 'ann-ev@example.com' }));

let ip = 1;
/** Every test its own client address, so the per-client limit of one never touches another. */
const nextIp = () => `203.0.113.${ip++}`;

function send(body: unknown, opts: { key?: string; beacon?: boolean; ip?: string; origin?: string; raw?: string } = {}) {
  const key = opts.key ?? shop.publicKey;
  const url = opts.beacon ? `${BASE}/v1/events?shop=${key}` : `${BASE}/v1/events`;
  return app.request(url, {
    method: 'POST',
    body: opts.raw ?? JSON.stringify(body),
    headers: {
      'content-type': opts.beacon ? 'text/plain;charset=UTF-8' : 'application/json',
      origin: opts.origin ?? origin,
      'x-forwarded-for': opts.ip ?? nextIp(),
      ...(opts.beacon ? {} : { 'x-rapport-shop': key }),
    },
  });
}

const ev = (kind: string, extra: Record<string, unknown> = {}) => ({ id: randomUUID(), kind, at: Date.now(), ...extra });
const UUID = /^[0-9a-f-]{36}$/;
const stored = (ids: string[]) => withShop(db.sql, shop.id, (tx) => findInteractions(tx, ids.filter((id) => UUID.test(id))));

describe('POST /v1/events', () => {
  it('stores a beacon batch: text/plain, the shop in the query, products named by handle, platform id or uuid', async () => {
    const events = [
      ev('product.view', { product: 'celadon-teapot', variant: 'TEA-CEL-S' }),
      ev('cart.add', { product: 'gid://shopify/Product/101', data: { quantity: 2 } }),
      ev('product.view', { product: cupId }),
      ev('search', { data: { query: 'green tea', results: 4 } }),
    ];
    const res = await send({ sentAt: Date.now(), consent: true, visitor: 'v_beacon_0001', events }, { beacon: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(await res.json()).toEqual({ accepted: 4, duplicates: 0, rejected: [] });
    const rows = await stored(events.map((e) => e.id));
    expect(rows.map((r) => [r.kind, r.productId, r.visitorId, r.source])).toEqual([
      ['product.view', teapotId, 'v_beacon_0001', 'browser'],
      ['cart.add', teapotId, 'v_beacon_0001', 'browser'],
      ['product.view', cupId, 'v_beacon_0001', 'browser'],
      ['search', null, 'v_beacon_0001', 'browser'],
    ]);
    expect(rows[0].variantId).not.toBeNull();
    expect(rows[1].data).toEqual({ quantity: 2 });
  });

  it('stores a retried batch once, and an event repeated within a batch once', async () => {
    const e = ev('product.view', { product: 'tea-cup' });
    const body = { sentAt: Date.now(), events: [e, e, ev('product.view', { product: 'tea-cup' })] };
    expect(await (await send(body)).json()).toEqual({ accepted: 2, duplicates: 1, rejected: [] });
    expect(await (await send(body)).json()).toEqual({ accepted: 0, duplicates: 3, rejected: [] });
    expect(await stored([e.id])).toHaveLength(1);
  });

  it("corrects each event's time by the sender's clock", async () => {
    const skew = 3 * 3600_000; // the phone's clock is three hours fast
    const happened = Date.now() - 60_000;
    const e = ev('product.view', { product: 'tea-cup', at: happened + skew });
    await send({ sentAt: Date.now() + skew, events: [e] });
    const [row] = await stored([e.id]);
    expect(Math.abs(row.occurredAt.getTime() - happened)).toBeLessThan(5000);
    // Sent again later (a retry measures the offset anew, so the time differs by the delay): still stored once.
    await new Promise((r) => setTimeout(r, 20));
    expect(await (await send({ sentAt: Date.now() + skew, events: [e] })).json()).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
    expect(await stored([e.id])).toHaveLength(1);
  });

  it('refuses bad events by index and keeps the good ones', async () => {
    const good = [ev('product.view', { product: 'tea-cup' }), ev('faq.search', { data: { query: 'returns' } })];
    const events = [
      ev('teleport', { product: 'tea-cup' }),                                  // 0 unknown kind
      good[0],                                                                  // 1
      ev('product.view', { product: 'tea-cup', at: Date.now() + 86_400_000 }), // 2 future
      ev('product.view', { product: 'tea-cup', at: Date.parse('1999-01-01') }), // 3 ancient
      ev('product.view', { product: 'no-such-thing' }),                        // 4 unknown product
      ev('product.view', { product: foreignId }),                              // 5 another shop's product
      ev('product.view', { product: 'tea-cup', variant: 'TEA-CEL-S' }),        // 6 the variant of another product
      ev('product.view'),                                                       // 7 no product
      good[1],                                                                  // 8
      ev('return.request', { product: 'tea-cup', data: { reason: 'too-tight' } }), // 9 unknown reason
      { ...ev('product.view', { product: 'tea-cup' }), id: 'not-a-uuid' },     // 10
      ev('feedback', { data: { score: 4 } }),                                   // 11 a score without its scale
    ];
    const res = await send({ sentAt: Date.now(), events });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { accepted: number; rejected: { index: number; errors: { path: string }[] }[] };
    expect(body.accepted).toBe(2);
    expect(body.rejected.map((r) => r.index)).toEqual([0, 2, 3, 4, 5, 6, 7, 9, 10, 11]);
    expect(body.rejected.find((r) => r.index === 4)!.errors[0].path).toBe('events.4.product');
    expect(body.rejected.find((r) => r.index === 2)!.errors[0].path).toBe('events.2.at');
    expect((await stored(events.map((e) => e.id))).map((r) => r.eventId).sort()).toEqual(good.map((e) => e.id).sort());
  });

  it('answers 422 problem+json when no event can be stored, and stores nothing', async () => {
    const events = [ev('product.view', { product: 'nope' }), ev('nope')];
    const body = await expectProblem(await send({ sentAt: Date.now(), events }), 422, 'unprocessable');
    expect(body.errors!.map((e) => e.path)).toEqual(['events.0.product', 'events.1.kind']);
    expect(await stored(events.map((e) => e.id))).toEqual([]);
  });

  it('refuses whole requests that are not batches: too large, too many events, not JSON, not an array', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    await expectProblem(await send(undefined, { raw: big }), 413, 'payload-too-large');
    const tenThousand = Array.from({ length: 10_000 }, () => ev('search', { data: { query: 'a' } }));
    await expectProblem(await send({ sentAt: Date.now(), events: tenThousand }), 413, 'payload-too-large');
    const many = Array.from({ length: 501 }, () => ({ id: randomUUID(), kind: 'search', at: 1 }));
    const tooMany = await expectProblem(await send({ sentAt: Date.now(), events: many }), 400, 'validation');
    expect(tooMany.errors![0].path).toBe('body.events');
    await expectProblem(await send(undefined, { raw: '{"sentAt":1,"events":' }), 400, 'malformed-json');
    await expectProblem(await send({ sentAt: Date.now(), events: 'all of them' }), 400, 'validation');
    await expectProblem(await send(undefined, { raw: 'hello', beacon: true }), 400, 'malformed-json');
  });

  it("refuses another shop's key from this store, an unknown key, and a page origin the shop did not allow", async () => {
    const e = ev('product.view', { product: 'tea-cup' });
    await expectProblem(await send({ sentAt: Date.now(), events: [e] }, { key: other.shop.publicKey }), 403, 'origin-not-allowed');
    await expectProblem(await send({ sentAt: Date.now(), events: [e] }, { key: 'pk_doesnotexist00' }), 404, 'unknown-shop');
    await expectProblem(await send({ sentAt: Date.now(), events: [e] }, { origin: 'https://evil.example' }), 403, 'origin-not-allowed');
    expect(await stored([e.id])).toEqual([]);
  });
});

describe('whom events belong to', () => {
  it('links nobody without consent where the shop requires it (the default), and the visitor and customer with it', async () => {
    const session = (await issueSessionToken(shop, ann.id)).token;
    const none = ev('product.view', { product: 'tea-cup' });
    const yes = ev('product.view', { product: 'tea-cup' });
    const no = ev('product.view', { product: 'tea-cup' });
    await send({ sentAt: Date.now(), visitor: 'v_consent_0001', session, events: [none] });
    await send({ sentAt: Date.now(), visitor: 'v_consent_0001', session, consent: true, events: [yes] });
    await send({ sentAt: Date.now(), visitor: 'v_consent_0001', session, consent: false, events: [no] });
    const rows = await stored([none.id, yes.id, no.id]);
    const by = Object.fromEntries(rows.map((r) => [r.eventId, [r.customerId, r.visitorId]]));
    expect(by[none.id]).toEqual([null, null]);
    expect(by[yes.id]).toEqual([ann.id, 'v_consent_0001']);
    expect(by[no.id]).toEqual([null, null]);
  });

  it("follows the shop's consent setting from the next request on when the owner changes it", async () => {
    const own = await makeShop(db);
    await withShop(db.sql, own.shop.id, (tx) => insertProducts(tx, own.shop.id, [{ handle: 'kettle', title: 'Kettle', priceAmount: 100, currency: 'USD' }]));
    const post = (e: ReturnType<typeof ev>) => send({ sentAt: Date.now(), visitor: 'v_setting_0001', events: [e] }, { key: own.shop.publicKey, origin: own.shop.allowedOrigins[0] });
    const before = ev('product.view', { product: 'kettle' });
    expect((await post(before)).status).toBe(200);
    await updateShopSettings(db.sql, own.shop.id, (s) => ({ ...s, interactions: { ...s.interactions, consent: 'implied' } }));
    const after = ev('product.view', { product: 'kettle' });
    expect((await post(after)).status).toBe(200);
    const rows = await withShop(db.sql, own.shop.id, (tx) => findInteractions(tx, [before.id, after.id]));
    expect(Object.fromEntries(rows.map((r) => [r.eventId, r.visitorId]))).toEqual({ [before.id]: null, [after.id]: 'v_setting_0001' });
  });

  it('keeps the events of an expired or foreign session with the visitor, never with that customer', async () => {
    const foreign = (await issueSessionToken(other.shop, ann.id)).token;
    const e = ev('product.view', { product: 'tea-cup' });
    const res = await send({ sentAt: Date.now(), visitor: 'v_foreign_0001', session: foreign, consent: true, events: [e] });
    expect(res.status).toBe(200);
    const [row] = await stored([e.id]);
    expect([row.customerId, row.visitorId]).toEqual([null, 'v_foreign_0001']);
  });
});

describe('limits', () => {
  it('cuts off a flooding client without slowing another', async () => {
    const flood = nextIp();
    const batch = () => ({ sentAt: Date.now(), events: Array.from({ length: 400 }, () => ev('search', { data: { query: 'x' } })) });
    let refused: Response | undefined;
    for (let i = 0; i < 6 && !refused; i++) {
      const res = await send(batch(), { ip: flood });
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(200);
    }
    expect(refused).toBeDefined();
    const p = await expectProblem(refused!, 429, 'rate-limited');
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(p.detail).toMatch(/client/);
    expect((await send(batch(), { ip: nextIp() })).status).toBe(200);
  });

  it('answers 429 when the writer cannot hold more, and acknowledges nothing before its commit', async () => {
    const writer = new EventWriter(db.sql, createLogger('silent'), { maxQueuedRows: 3, maxQueuedRowsPerShop: 3, concurrency: 1 });
    const row = () => ({
      eventId: randomUUID(), keepUntil: new Date(Date.now() + 86_400_000), occurredAt: new Date(), kind: 'search', source: 'browser' as const,
      customerId: null, visitorId: null, productId: null, variantId: null, data: { query: 'q' },
    });
    const first = [row(), row()];
    const pending = writer.write(shop.id, first);
    await expect(writer.write(shop.id, [row(), row()])).rejects.toMatchObject({ slug: 'rate-limited', headers: { 'retry-after': '2' } });
    const ids = await pending;
    expect([...ids].sort()).toEqual(first.map((r) => r.eventId).sort());
    expect(await stored(first.map((r) => r.eventId))).toHaveLength(2);
    expect(writer.backlog).toBe(0);
  });
});

describe('the writer', () => {
  const row = (eventId: string = randomUUID()) => ({
    eventId, keepUntil: new Date(Date.now() + 86_400_000), occurredAt: new Date(), kind: 'search', source: 'browser' as const,
    customerId: null, visitorId: null, productId: null, variantId: null, data: { query: 'q' },
  });

  it('commits the requests that wait together, and stores an id two of them carry once (a retry sent while the first waited)', async () => {
    const writer = new EventWriter(db.sql, createLogger('silent'), { concurrency: 1 });
    const first = writer.write(shop.id, [row()]);
    const retried = randomUUID();
    const other = randomUUID();
    // These two wait while the first commits, and go in the next commit together.
    const [a, b] = await Promise.all([writer.write(shop.id, [row(retried)]), writer.write(shop.id, [row(retried), row(other)])]);
    await first;
    expect([[...a], [...b]]).toEqual([[retried], [other]]);
    expect((await stored([retried, other])).map((r) => r.eventId).sort()).toEqual([retried, other].sort());
    // Sent again later: stored already, nothing stored now.
    expect([...(await writer.write(shop.id, [row(retried)]))]).toEqual([]);
    expect(await stored([retried])).toHaveLength(1);
  });
});

describe('the log as it grows', () => {
  it('records server-side events through the same checks, in the month they happened', async () => {
    const at = Date.now() - 100 * 86_400_000;
    const e = { id: randomUUID(), kind: 'purchase' as const, at, product: 'celadon-teapot', data: { quantity: 1, order: 'LL-77' } };
    const bad = { id: randomUUID(), kind: 'purchase' as const, at, product: 'no-such' };
    const receipt = await recordServerEvents(db.sql, shop.id, { person: { customerId: ann.id, visitorId: null }, events: [e, bad] });
    expect(receipt).toMatchObject({ accepted: 1, duplicates: 0, rejected: [{ index: 1 }] });
    const [row] = await stored([e.id]);
    expect([row.source, row.customerId, row.productId, row.occurredAt.getTime()]).toEqual(['server', ann.id, teapotId, at]);
    const d = new Date(at);
    const partition = `interactions_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    const [{ parent }] = await db.sql<{ parent: string }[]>`
      select inhparent::regclass::text as parent from pg_inherits where inhrelid = ${partition}::regclass`;
    expect(parent).toBe('interactions');
  });

  it('guards every partition with row-level security, also when it is named directly', async () => {
    const e = ev('product.view', { product: 'tea-cup' });
    await send({ sentAt: Date.now(), events: [e] });
    const d = new Date();
    const partition = `interactions_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    const seen = await withShop(db.sql, other.shop.id, (tx) => tx.unsafe(`select count(*)::int as n from ${partition} where event_id = $1`, [e.id]));
    expect(seen[0].n).toBe(0);
    const [rls] = await db.sql<{ on: boolean; forced: boolean }[]>`
      select relrowsecurity as on, relforcerowsecurity as forced from pg_class where relname = ${partition}`;
    expect(rls).toEqual({ on: true, forced: true });
  });
});

describe('retention', () => {
  it("deletes each shop's events past its own retention and forgets ids no retry can bring", async () => {
    const { applyRetention } = await import('../../../server/interactions/retention.ts');
    const day = 86_400_000;
    const old = { id: randomUUID(), kind: 'purchase' as const, at: Date.now() - 200 * day, product: 'tea-cup' };
    const recent = { id: randomUUID(), kind: 'purchase' as const, at: Date.now() - 20 * day, product: 'tea-cup' };
    await recordServerEvents(db.sql, shop.id, { person: { customerId: null, visitorId: null }, events: [old, recent] });
    await db.sql`update shops set settings = jsonb_set(settings, '{interactions}', '{"retentionDays": 90}') where id = ${shop.id}`;
    await applyRetention(db.sql, createLogger('silent'));
    expect((await stored([old.id, recent.id])).map((r) => r.eventId)).toEqual([recent.id]);
    // A browser event's id is kept eight days; thirty days later it is gone.
    const e = ev('product.view', { product: 'tea-cup' });
    await send({ sentAt: Date.now(), events: [e] });
    await applyRetention(db.sql, createLogger('silent'), Date.now() + 30 * day);
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from interaction_ids where shop_id = ${shop.id} and event_id = ${e.id}`;
    expect(n).toBe(0);
  });
});
