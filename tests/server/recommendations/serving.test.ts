/**
 * @module `GET /v1/recommendations` and the admin's view of it, on the real database: a
 * shop whose other shoppers browse plants and teas, a model trained by the job's code, and
 * a shopper whose own events (sent as the tracker sends them) change the next answer at
 * once — the category they look at rises, a size sent back as too small comes back one size
 * up, purchases are not offered again unless consumable, unavailable products never show,
 * placements can be switched off or limited to categories, reasons come in the shopper's
 * language, consent off means nothing personal; bad requests get problem+json.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertProducts, setInventory, setProductFlags } from '../../../server/catalog/index.ts';
import { upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import { recordServerEvents, type EventInput } from '../../../server/interactions/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { issueSessionToken } from '../../../server/kernel/http/customer-session.ts';
import { CACHE_TIMING, trainShop, type RecommendationList } from '../../../server/recommendations/index.ts';
import { makeShop, staffSession, testApp, testDb, uniq } from '../helpers/db.ts';
import { BASE, expectProblem } from '../helpers/http.ts';

CACHE_TIMING.modelCheckMs = 0;
CACHE_TIMING.catalogMs = 0;

const db = testDb();
const app = testApp(db, { TRUST_PROXY: 'true' });
const PASSWORD = 'a long enough password';
const { shop, owner } = await makeShop(db, { password: PASSWORD });
const origin = shop.allowedOrigins[0];
await db.sql`update shops set settings = jsonb_set(settings, '{interactions}', '{"consent": "implied"}') where id = ${shop.id}`;

const PLANTS = ['monstera', 'snake-plant', 'pothos', 'pilea', 'fern', 'cactus'];
const TEAS = ['oolong', 'sencha', 'pu-erh', 'jasmine', 'earl-grey', 'rooibos'];
const DESK = ['notebook', 'fountain-pen', 'washi-tape'];
const ids = new Map<string, string>();
await withShop(db.sql, shop.id, async (tx) => {
  const made = await insertProducts(tx, shop.id, [
    ...PLANTS.map((h) => ({
      handle: h, title: h, titleI18n: { 'zh-Hans': `植物 ${h}` }, category: 'plants', priceAmount: 3000, currency: 'USD',
      variants: h === 'monstera'
        ? [{ sku: 'MON-S', title: 'Small', priceAmount: 4800, inventory: 5 }, { sku: 'MON-M', title: 'Medium', priceAmount: 7800, inventory: 5 }, { sku: 'MON-L', title: 'Large', priceAmount: 9800, inventory: 5 }]
        : [{ sku: `${h}-1`, title: 'One size', priceAmount: 3000, inventory: 10 }],
    })),
    ...TEAS.map((h) => ({ handle: h, title: h, category: 'tea', priceAmount: 1200, currency: 'USD', consumable: true })),
    ...DESK.map((h) => ({ handle: h, title: h, category: 'desk', priceAmount: 900, currency: 'USD' })),
  ]);
  [...PLANTS, ...TEAS, ...DESK].forEach((h, i) => ids.set(h, made[i]));
});
const id = (h: string) => ids.get(h)!;

// Other shoppers: plant people browse plants in order, tea people teas; a few buy.
const day = 86_400_000;
const others: EventInput[][] = [];
for (let u = 0; u < 40; u++) {
  const aisle = u % 2 === 0 ? PLANTS : TEAS;
  const events: EventInput[] = [];
  let at = Date.now() - 5 * day + u * 60_000;
  for (let i = 0; i < 4; i++) events.push({ id: randomUUID(), kind: 'product.view', at: (at += 30_000), product: aisle[(u + i) % aisle.length] });
  if (u % 5 === 0) events.push({ id: randomUUID(), kind: 'purchase', at: (at += 60_000), product: aisle[u % aisle.length] });
  if (u % 7 === 0) events.push({ id: randomUUID(), kind: 'product.view', at: (at += 30_000), product: DESK[u % DESK.length] });
  others.push(events);
}
for (const [u, events] of others.entries()) {
  await recordServerEvents(db.sql, shop.id, { person: { customerId: null, visitorId: `v_other_${String(u).padStart(4, '0')}` }, events });
}
await trainShop(db.sql, shop.id);

let ip = 1;
const headers = (extra: Record<string, string> = {}) => ({ origin, 'x-rapport-shop': shop.publicKey, 'x-forwarded-for': `198.51.100.${ip++ % 250}`, ...extra });
async function recs(query: Record<string, string>, extra: Record<string, string> = {}): Promise<RecommendationList> {
  const res = await app.request(`${BASE}/v1/recommendations?${new URLSearchParams(query)}`, { headers: headers(extra) });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as RecommendationList;
}
/** Events as the tracker sends them (kind, product, variant, data); the server checks each. */
async function track(visitor: string, events: { kind: string; product?: string; variant?: string; data?: Record<string, unknown> }[], extra: Record<string, unknown> = {}) {
  const body = { sentAt: Date.now(), visitor, consent: true, ...extra, events: events.map((e, i) => ({ id: randomUUID(), at: Date.now() - (events.length - i) * 1000, ...e })) };
  const res = await app.request(`${BASE}/v1/events`, { method: 'POST', body: JSON.stringify(body), headers: headers({ 'content-type': 'application/json' }) });
  expect(res.status, await res.clone().text()).toBe(200);
}
const handles = (l: RecommendationList) => l.items.map((i) => i.product.handle);
const share = (l: RecommendationList, aisle: string[]) => l.items.filter((i) => aisle.includes(i.product.handle)).length;

describe('GET /v1/recommendations', () => {
  it('gives a new visitor popular and trending products, not personal, each with a reason and a card', async () => {
    const l = await recs({ placement: 'home', limit: '6' });
    expect(l).toMatchObject({ placement: 'home', personal: false, enabled: true, locale: 'en' });
    expect(l.id).toMatch(/^r_[\w-]{16}$/);
    expect(l.items).toHaveLength(6);
    for (const item of l.items) {
      expect(['popular', 'trending', 'popular-in-category']).toContain(item.reason.kind);
      expect(item.reason.text.length).toBeGreaterThan(3);
      expect(item.product.url).toBe(`/products/${item.product.handle}`);
      expect(item.product.currency).toBe('USD');
    }
  });

  it('raises the category a shopper looks at within the next request, and leaves out what they viewed', async () => {
    const visitor = `v_${uniq()}${uniq()}`;
    await track(visitor, [{ kind: 'product.view', product: 'oolong' }, { kind: 'product.view', product: 'sencha' }]);
    const before = await recs({ placement: 'home', limit: '3', visitor });
    expect(share(before, TEAS)).toBeGreaterThan(share(before, PLANTS));
    await track(visitor, [{ kind: 'product.view', product: 'snake-plant' }, { kind: 'product.view', product: 'pothos' }, { kind: 'product.view', product: 'pilea' }]);
    const after = await recs({ placement: 'home', limit: '3', visitor });
    expect(after.personal).toBe(true);
    expect(share(after, PLANTS)).toBeGreaterThan(share(before, PLANTS));
    expect(handles(after)).not.toContain('pothos');
    const because = after.items.find((i) => i.reason.kind === 'viewed-similar' && PLANTS.includes(i.product.handle))!;
    expect(['snake-plant', 'pothos', 'pilea'].map(id)).toContain(because.reason.because!.id);
    expect(because.reason.text).toBe(`Because you viewed ${because.reason.because!.title}`);
  });

  it('offers a size sent back as too small one size up, first, and never the size that did not fit', async () => {
    const visitor = `v_${uniq()}${uniq()}`;
    const [small] = await withShop(db.sql, shop.id, (tx) => tx<{ id: string }[]>`select id from product_variants where sku = 'MON-S'`);
    await track(visitor, [
      { kind: 'product.view', product: 'monstera' },
      { kind: 'purchase', product: 'monstera', variant: 'MON-S' },
      { kind: 'return.request', product: 'monstera', variant: small.id, data: { reason: 'too-small' } },
    ]);
    const l = await recs({ placement: 'home', limit: '6', visitor });
    expect(l.items[0].product.handle).toBe('monstera');
    expect(l.items[0].product.variant).toMatchObject({ title: 'Medium' });
    expect(l.items[0].product.price).toBe(7800);
    expect(l.items[0].reason).toMatchObject({ kind: 'other-size', text: 'Medium: a size up from the one you sent back' });
    expect(l.items.filter((i) => i.product.handle === 'monstera')).toHaveLength(1);
  });

  it('does not offer a purchase again unless the product is consumable', async () => {
    const visitor = `v_${uniq()}${uniq()}`;
    await track(visitor, [{ kind: 'purchase', product: 'oolong' }, { kind: 'purchase', product: 'fern' }, { kind: 'product.view', product: 'sencha' }]);
    const l = await recs({ placement: 'home', limit: '24', visitor });
    expect(handles(l)).not.toContain('fern');
    expect(handles(l)).toContain('oolong');
  });

  it('never shows a product that is unpublished or out of stock, nor a variant without stock', async () => {
    await withShop(db.sql, shop.id, async (tx) => {
      await setProductFlags(tx, id('cactus'), { published: false });
      const [v] = await tx<{ id: string }[]>`select id from product_variants where sku = 'fern-1'`;
      await setInventory(tx, v.id, 0);
    });
    try {
      const l = await recs({ placement: 'home', limit: '24' });
      expect(handles(l)).not.toContain('cactus');
      expect(handles(l)).not.toContain('fern');
    } finally {
      await withShop(db.sql, shop.id, async (tx) => {
        await setProductFlags(tx, id('cactus'), { published: true });
        const [v] = await tx<{ id: string }[]>`select id from product_variants where sku = 'fern-1'`;
        await setInventory(tx, v.id, 10);
      });
    }
  });

  it('shows products like the one on the page, in the shopper’s language, never the product itself', async () => {
    const l = await recs({ placement: 'product', product: 'snake-plant', locale: 'zh-Hans', limit: '4' });
    expect(handles(l)).not.toContain('snake-plant');
    expect(PLANTS).toContain(handles(l)[0]);
    const similar = l.items.find((i) => i.reason.kind === 'similar-to');
    expect(similar?.reason.text).toBe('与植物 snake-plant相似');
    expect(l.items[0].product.title).toMatch(/^植物 /);
  });

  it('is not personal without consent: no visitor sent, nothing of theirs used', async () => {
    const visitor = `v_${uniq()}${uniq()}`;
    await track(visitor, [{ kind: 'product.view', product: 'notebook' }, { kind: 'product.view', product: 'washi-tape' }]);
    const personal = await recs({ placement: 'home', limit: '6', visitor });
    const anonymous = await recs({ placement: 'home', limit: '6' });
    expect(personal.personal).toBe(true);
    expect(anonymous.personal).toBe(false);
    expect(handles(anonymous)).toEqual(handles(await recs({ placement: 'home', limit: '6' })));
  });

  it('uses a signed-in customer’s own events, and keeps working when the session has expired', async () => {
    const customer = await withShop(db.sql, shop.id, (tx) => upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: `c-${uniq()}`, email: `c-${uniq()}@example.com` }));
    const session = (await issueSessionToken(shop, customer.id)).token;
    await track(`v_${uniq()}${uniq()}`, [{ kind: 'product.view', product: 'jasmine' }, { kind: 'product.view', product: 'sencha' }], { session });
    const l = await recs({ placement: 'home', limit: '6' }, { authorization: `Bearer ${session}` });
    expect(l.personal).toBe(true);
    expect(TEAS).toContain(handles(l)[0]);
    const stale = await recs({ placement: 'home', limit: '6' }, { authorization: 'Bearer not.a.session' });
    expect(stale.personal).toBe(false);
  });

  it('refuses bad requests with problem+json', async () => {
    const get = (q: string) => app.request(`${BASE}/v1/recommendations?${q}`, { headers: headers() });
    for (const q of ['placement=home&limit=0', 'placement=home&limit=10000', 'placement=sidebar', 'limit=4']) await expectProblem(await get(q), 400, 'validation');
    const many = Array.from({ length: 21 }, (_, i) => `p${i}`).join(',');
    const tooMany = await expectProblem(await get(`placement=cart&product=${many}`), 400, 'validation');
    expect(tooMany.errors![0].path).toBe('query.product');
    const other = await makeShop(db);
    await expectProblem(await app.request(`${BASE}/v1/recommendations?placement=home`, { headers: { origin, 'x-rapport-shop': other.shop.publicKey } }), 403, 'origin-not-allowed');
  });
});

describe('the merchant’s side', () => {
  it('switches a placement off, and limits one to categories', async () => {
    const api = await staffSession(app, owner.email, PASSWORD);
    const settings = (await (await api.get('/v1/admin/settings/recommendations')).json()) as { placements: Record<string, { enabled: boolean; includeCategories: string[]; excludeCategories: string[] }>; productUrl: string };
    settings.placements.home.enabled = false;
    settings.placements.profile.includeCategories = ['tea'];
    settings.productUrl = 'https://shop.example/p/{handle}';
    expect((await api.send('PUT', '/v1/admin/settings/recommendations', settings)).status).toBe(200);
    try {
      const off = await recs({ placement: 'home' });
      expect(off).toMatchObject({ enabled: false, items: [] });
      const teaOnly = await recs({ placement: 'profile', limit: '6' });
      expect(teaOnly.items.every((i) => TEAS.includes(i.product.handle))).toBe(true);
      expect(teaOnly.items[0].product.url).toBe(`https://shop.example/p/${teaOnly.items[0].product.handle}`);
      const bad = await api.send('PUT', '/v1/admin/settings/recommendations', { ...settings, productUrl: 'javascript:alert({handle})' });
      await expectProblem(bad, 400, 'validation');
    } finally {
      settings.placements.home.enabled = true;
      settings.placements.profile.includeCategories = [];
      settings.productUrl = '/products/{handle}';
      await api.send('PUT', '/v1/admin/settings/recommendations', settings);
    }
  });

  it('shows why a customer is recommended each item, with the events it used', async () => {
    const email = `why-${uniq()}@example.com`;
    const customer = await withShop(db.sql, shop.id, (tx) => upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: `w-${uniq()}`, email }));
    const session = (await issueSessionToken(shop, customer.id)).token;
    await track(`v_${uniq()}${uniq()}`, [{ kind: 'product.view', product: 'pothos' }, { kind: 'product.view', product: 'pilea' }], { session });
    const api = await staffSession(app, owner.email, PASSWORD);
    const res = await api.get(`/v1/admin/recommendations/explain?who=${encodeURIComponent(email)}&placement=home`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { list: RecommendationList; person: { email: string }; history: { kind: string; product: { id: string } | null }[]; model: { interactions: number } };
    expect(body.person.email).toBe(email);
    expect(body.list.personal).toBe(true);
    expect(body.history.map((h) => h.product?.id)).toEqual([id('pilea'), id('pothos')]);
    expect(body.list.items.some((i) => i.reason.kind === 'viewed-similar')).toBe(true);
    expect(body.model.interactions).toBeGreaterThan(100);
    await expectProblem(await api.get('/v1/admin/recommendations/explain?who=nobody@example.com'), 404, 'not-found');
  });

  it('counts impressions, clicks and the purchases they led to per placement', async () => {
    const visitor = `v_${uniq()}${uniq()}`;
    const list = await recs({ placement: 'product', product: 'monstera', visitor, limit: '4' });
    const shown = list.items.map((i) => i.product.id);
    await track(visitor, [
      { kind: 'recommendation.impression', data: { recommendation: list.id, placement: 'product', items: shown } },
      { kind: 'recommendation.click', product: shown[0], data: { recommendation: list.id, placement: 'product', position: 0 } },
      { kind: 'purchase', product: shown[0], data: { quantity: 1, amount: 3000 } },
    ]);
    const api = await staffSession(app, owner.email, PASSWORD);
    const stats = (await (await api.get('/v1/admin/recommendations/stats?days=7')).json()) as { placements: { placement: string; impressions: number; clicks: number; purchases: number; revenue: number; clickThrough: number }[] };
    const product = stats.placements.find((p) => p.placement === 'product')!;
    expect(product).toMatchObject({ impressions: 1, clicks: 1, purchases: 1, revenue: 3000, clickThrough: 1 });
    expect(stats.placements.map((p) => p.placement)).toEqual(['home', 'product', 'cart', 'tracker', 'returns', 'profile', 'email']);
  });
});
