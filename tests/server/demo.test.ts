/**
 * @module The demo store: its seed data (filled into a fresh shop of this test, since the
 * test database is shared) and its pages, sign-in and identity proof.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countProducts, listProducts, listVariants } from '../../server/catalog/db.ts';
import { countFaqByLocale } from '../../server/faq/db.ts';
import { countOrdersByStatus, listFulfillments, listOrderLines, listOrders, ORDER_STATUSES } from '../../server/orders/db.ts';
import type { Shop } from '../../server/kernel/db/shops.ts';
import { withShop } from '../../server/kernel/db/tenancy.ts';
import { demoRoutes } from '../../demo/routes.ts';
import { seedDemoActivity, seedDemoData } from '../../demo/seed-data.ts';
import { DEMO_VISITORS } from '../../demo/data/browsing.ts';
import { pointDemoHomeAt } from '../../demo/seed.ts';
import { brandOf, updateShopSettings } from '../../server/shops/index.ts';
import { countByKind } from '../../server/interactions/db.ts';
import { currentModel } from '../../server/recommendations/db.ts';
import { shopSettings } from '../../server/shops/index.ts';
import { currentShop } from '../../server/shops/db.ts';
import { insertCustomersWithIdentities, listPlatformCustomers } from '../../server/identity/db.ts';
import { makeShop, testApp, testDb } from './helpers/db.ts';
import { BASE, cookieFrom, jsonReq } from './helpers/http.ts';

const db = testDb();
let shop: Shop;
let seedMs = 0;
let store: ReturnType<typeof demoRoutes>;
const EVIL = '<script>alert("owned")</script>';

beforeAll(async () => {
  ({ shop } = await makeShop(db));
  const t0 = performance.now();
  await seedDemoData(db.sql, shop.id);
  seedMs = performance.now() - t0;
  await withShop(db.sql, shop.id, (tx) =>
    insertCustomersWithIdentities(tx, shop.id, 'generic', [{ externalId: 'cust_evil', name: EVIL, email: 'evil@example.com' }]));
  store = demoRoutes({ db }, { publicKey: shop.publicKey });
});

const inShop = <T>(fn: Parameters<typeof withShop<T>>[2]) => withShop(db.sql, shop.id, fn);
const get = (path: string, cookie?: string) => store.request(`${BASE}${path}`, { headers: cookie ? { cookie } : {} });
const signIn = (customer: string, headers: Record<string, string> = {}) =>
  store.request(`${BASE}/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ customer, return: '/account' }).toString(),
  });
async function signedInAs(customer: string): Promise<string> {
  const res = await signIn(customer);
  expect(res.status).toBe(303);
  return `ll_customer=${cookieFrom(res, 'll_customer')}`;
}

describe('demo seed data', () => {
  it('reports how long filling a shop takes', () => {
    console.log(`seedDemoData: ${Math.round(seedMs)} ms`);
  });

  it('has 40+ products titled in three languages, each with 1–3 variants and an image', async () => {
    expect(await inShop((tx) => countProducts(tx))).toBeGreaterThanOrEqual(40);
    const products = await inShop((tx) => listProducts(tx));
    for (const p of products) {
      expect(Object.keys(p.titleI18n).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
      expect(p.imageUrl).toBe(`/demo/images/${p.handle}.svg`);
      expect(Number.isInteger(p.priceAmount)).toBe(true);
    }
    expect(products.filter((p) => p.finalSale).length).toBeGreaterThanOrEqual(3);
    const counts = await inShop((tx) => Promise.all(products.map((p) => listVariants(tx, p.id).then((v) => v.length))));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(3);
  });

  it('has a dozen customers known by their store ids', async () => {
    const customers = (await inShop((tx) => listPlatformCustomers(tx, 'generic'))).filter((c) => c.externalId !== 'cust_evil');
    expect(customers).toHaveLength(12);
    for (const c of customers) expect(c.email).toMatch(/^[a-z.]+@example\.com$/);
  });

  it('has about sixty orders in every status, whose totals add up', async () => {
    const byStatus = await inShop((tx) => countOrdersByStatus(tx));
    for (const s of ORDER_STATUSES) expect(byStatus[s], s).toBeGreaterThan(0);
    const orders = await inShop((tx) => listOrders(tx, { limit: 1000 }));
    expect(orders.length).toBeGreaterThanOrEqual(55);
    expect(orders.length).toBeLessThanOrEqual(65);
    for (const o of orders) {
      const lines = await inShop((tx) => listOrderLines(tx, o.id));
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(4);
      expect(o.subtotalAmount).toBe(lines.reduce((s, l) => s + l.quantity * l.unitAmount, 0));
      expect(o.totalAmount).toBe(o.subtotalAmount + o.shippingAmount);
      expect(o.placedAt.getTime()).toBeLessThan(Date.now());
    }
  });

  it('gives every parcel on its way or delivered a tracking number, a link and a past checkpoint history', async () => {
    const shipped = (await inShop((tx) => listOrders(tx, { limit: 1000 }))).filter((o) =>
      ['shipped', 'out_for_delivery', 'delivered', 'delayed', 'returned'].includes(o.status));
    expect(shipped.length).toBeGreaterThan(30);
    for (const o of shipped) {
      const parcels = await inShop((tx) => listFulfillments(tx, o.id));
      expect(parcels.length, o.number).toBeGreaterThanOrEqual(1);
      for (const f of parcels) {
        expect(f.carrier).toBeTruthy();
        expect(f.trackingNumber).toMatch(/^[0-9A-Z]{10,22}$/);
        expect(f.trackingUrl).toContain(f.trackingNumber);
        expect(f.estimatedDelivery).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(f.events.length).toBeGreaterThanOrEqual(3);
        expect(f.events.every((e) => e.occurredAt.getTime() <= Date.now())).toBe(true);
      }
    }
  });

  it('has FAQ articles in English, simplified and traditional Chinese', async () => {
    const faq = await inShop((tx) => countFaqByLocale(tx));
    expect(faq.en).toBeGreaterThanOrEqual(8);
    expect(faq['zh-Hans']).toBe(faq.en);
    expect(faq['zh-Hant']).toBe(faq.en);
  });
});

describe('demo activity', () => {
  it("records earlier visitors' browsing and the customers' orders as interactions, once, and trains a first model", async () => {
    const first = await seedDemoActivity(db.sql, shop.id);
    const counts = await inShop((tx) => countByKind(tx, new Date(0)));
    expect(counts['product.view']).toBeGreaterThanOrEqual(DEMO_VISITORS);
    expect(counts.purchase).toBeGreaterThan(0);
    expect(first.events).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    const model = await inShop((tx) => currentModel(tx));
    expect(model?.version).toBe(1);
    // The demo does not ask for consent first: its shoppers' events are linked to them.
    expect(shopSettings((await inShop((tx) => currentShop(tx)))!).interactions.consent).toBe('implied');
    // Seeding again (a restart that finds a half-made shop) stores no event twice.
    const again = await seedDemoActivity(db.sql, shop.id);
    expect(again.events).toBe(0);
    expect(await inShop((tx) => countByKind(tx, new Date(0)))).toEqual(counts);
  });
});

describe('demo home link', () => {
  it("points the shop's 'back to the shop' link at the server it was started on, unless the owner set another", async () => {
    const { shop: s } = await makeShop(db, { origins: [] });
    await pointDemoHomeAt(db.sql, s.id, 'http://localhost:43117');
    const read = async () => brandOf((await withShop(db.sql, s.id, (tx) => currentShop(tx)))!).homeUrl;
    expect(await read()).toBe('http://localhost:43117/');
    await pointDemoHomeAt(db.sql, s.id, 'http://localhost:50000/');
    expect(await read()).toBe('http://localhost:50000/');
    await updateShopSettings(db.sql, s.id, (x) => ({ ...x, brand: { ...x.brand, homeUrl: 'https://shop.example/' } }));
    await pointDemoHomeAt(db.sql, s.id, 'http://localhost:50001');
    expect(await read()).toBe('https://shop.example/');
  });
});

describe('demo storefront', () => {
  it('renders the home page: product grid, recommendations and the widget loader for this shop', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page.match(/class="product-card"/g)?.length).toBeGreaterThanOrEqual(40);
    expect(page).toContain('<rapport-recommendations>');
    expect(page).toContain(`<script type="module" src="/widgets/rapport.js" data-shop="${shop.publicKey}" fetchpriority="low"></script>`);
    // CSP allows no inline script: the loader is the page's only script.
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toContain('$18.00');
  });

  it('switches language with ?lang=, remembers it in a cookie, and titles products in that language', async () => {
    const hans = await get('/?lang=zh-Hans');
    const text = await hans.text();
    expect(text).toContain('<html lang="zh-Hans">');
    expect(text).toContain('茉莉龙珠');
    expect(cookieFrom(hans, 'll_lang')).toBe('zh-Hans');
    const hant = await (await get('/help', 'll_lang=zh-Hant')).text();
    expect(hant).toContain('<html lang="zh-Hant">');
    expect(hant).toContain('說明中心');
  });

  it('renders a product page with its variants and the product-scoped widgets', async () => {
    const product = (await inShop((tx) => listProducts(tx))).find((p) => p.handle === 'jasmine-dragon-pearls')!;
    const page = await (await get('/products/jasmine-dragon-pearls')).text();
    expect(page).toContain('<h1>Jasmine Dragon Pearls</h1>');
    expect(page).toContain('50 g tin');
    expect(page).toContain(`<rapport-recommendations product="${product.id}">`);
    expect(page).toContain(`<rapport-feedback product="${product.id}">`);
    expect((await get('/products/no-such-thing')).status).toBe(404);
  });

  it('puts each service widget on its page', async () => {
    const pages: [string, string[]][] = [
      ['/account', ['<rapport-profile>', '<rapport-recommendations placement="profile">']], ['/help', ['<rapport-faq>', '<rapport-feedback id="feedback">']],
      ['/orders', ['<rapport-order-tracker>']], ['/returns', ['<rapport-returns>']],
    ];
    for (const [path, tags] of pages) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const page = await res.text();
      for (const tag of tags) expect(page, path).toContain(tag);
    }
  });

  it("keeps the shopper's answer to personalization and hands it to the loader on <rapport-provider consent>", async () => {
    const fresh = await (await get('/account')).text();
    expect(fresh).toContain('name="consent" value="denied"'); // the demo implies consent: the switch offers "off"
    expect(fresh).not.toContain('consent="');
    const post = (consent: string, headers: Record<string, string> = {}) => store.request(`${BASE}/demo/consent`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ consent, return: '/account' }).toString(),
    });
    const off = await post('denied');
    expect(off.status).toBe(303);
    expect(off.headers.get('location')).toBe('/account');
    const cookie = `ll_consent=${cookieFrom(off, 'll_consent')}`;
    const page = await (await get('/account', cookie)).text();
    expect(page).toContain('<rapport-provider consent="denied">');
    expect(page).toContain('name="consent" value="granted"');
    // Signed in too: one provider carries both.
    const both = await (await get('/account', `${cookie}; ${await signedInAs('cust_1001')}`)).text();
    expect(both).toMatch(/<rapport-provider customer-token="[^"]+" consent="denied">/);
    expect((await post('maybe')).status).toBe(400);
    expect((await post('granted', { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('serves its stylesheet and a drawn image per product', async () => {
    expect((await get('/demo/styles.css')).headers.get('content-type')).toContain('text/css');
    const img = await get('/demo/images/monstera-deliciosa.svg');
    expect(img.headers.get('content-type')).toBe('image/svg+xml');
    expect(await img.text()).toMatch(/^<svg /);
    expect((await get('/demo/images/nothing.svg')).status).toBe(404);
  });

  it('escapes what it shows: a customer named like a script tag stays text', async () => {
    const out = await (await get('/')).text();
    expect(out).not.toContain(EVIL);
    expect(out).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;');
    const signedIn = await (await get('/account', await signedInAs('cust_evil'))).text();
    expect(signedIn).not.toContain(EVIL);
    expect(signedIn).toContain('Hello, &lt;script&gt;');
  });

  it('signs a demo customer in with an HttpOnly cookie and hands the widgets a proof the API accepts', async () => {
    const res = await signIn('cust_1001');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account');
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('ll_customer='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const page = await (await get('/account', setCookie.split(';')[0])).text();
    expect(page).toContain('Hello, Ava Thompson');
    const token = /<rapport-provider customer-token="([^"]+)">/.exec(page)?.[1];
    expect(token).toBeTruthy();
    const exchanged = await testApp(db).request(`${BASE}/v1/identity/exchange`, jsonReq('POST', { token }, { 'x-rapport-shop': shop.publicKey }));
    expect(exchanged.status).toBe(200);
    const body = (await exchanged.json()) as { customer: { id: string; email: string; name: string } };
    const ava = (await inShop((tx) => listPlatformCustomers(tx, 'generic'))).find((c) => c.externalId === 'cust_1001')!;
    expect(body.customer).toEqual({ id: ava.id, email: 'ava.thompson@example.com', name: 'Ava Thompson' });
    // Her orders on the page are the ones in the database.
    const orders = await (await get('/orders', setCookie.split(';')[0])).text();
    const mine = await inShop((tx) => listOrders(tx, { customerId: ava.id }));
    for (const o of mine) expect(orders).toContain(o.number);
  });

  it('refuses unknown customers and cross-site posts, ignores forged cookies, and signs out', async () => {
    const unknown = await signIn('cust_nobody');
    expect(unknown.status).toBe(400);
    expect(cookieFrom(unknown, 'll_customer')).toBeUndefined();
    expect((await signIn('cust_1001', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await signIn('cust_1001', { origin: 'https://evil.example' })).status).toBe(403);
    const forged = await (await get('/account', 'll_customer=cust_1001.bm90LWEtc2lnbmF0dXJl')).text();
    expect(forged).not.toContain('<rapport-provider');
    const out = await store.request(`${BASE}/demo/sign-out`, {
      method: 'POST', headers: { cookie: await signedInAs('cust_1001'), 'content-type': 'application/x-www-form-urlencoded' }, body: 'return=/',
    });
    expect(out.status).toBe(303);
    expect(out.headers.getSetCookie().join()).toMatch(/ll_customer=;.*Max-Age=0/);
  });

  it('explains how to install Rapport when there is no demo shop', async () => {
    const page = await (await demoRoutes({ db }, { publicKey: 'pk_nosuchshop0000' }).request(`${BASE}/`)).text();
    expect(page).toContain('Put Rapport on your store');
    // main.ts mounts the store on the app unless DEMO=off; the app alone has no page at /.
    expect((await testApp(db).request(`${BASE}/`)).status).toBe(404);
    const app = testApp(db);
    app.route('/', demoRoutes({ db }));
    const real = await app.request(`${BASE}/`);
    expect(real.status).toBe(200);
    expect(real.headers.get('content-type')).toContain('text/html');
  });
});
