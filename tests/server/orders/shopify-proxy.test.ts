/**
 * @module Shopify's app proxy for signed-in shoppers (`GET /shopify/proxy/:shopId/session`):
 * a request Shopify signed with the app's secret gets a short-lived identity proof for the
 * logged-in customer, which the identity exchange turns into that Shopify customer's session;
 * nobody logged in gets no token; a forged, stale or unconfigured request gets 401.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appProxyMessage } from '../../../plugin-adapters/shopify/app-proxy.ts';
import { upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { saveWebhookSecret } from '../../../server/orders/index.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE, expectProblem, jsonReq } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db);
const SECRET = 'shpss_app_secret_for_tests';

/** The query Shopify forwards: its parameters and the hex HMAC-SHA256 of them with the app's secret. */
function proxied(shop: { id: string }, params: Record<string, string>, secret = SECRET) {
  const q = new URLSearchParams({ shop: 'lumen.myshopify.com', path_prefix: '/apps/rapport', timestamp: String(Math.floor(Date.now() / 1000)), ...params });
  q.set('signature', createHmac('sha256', secret).update(appProxyMessage(q)).digest('hex'));
  return app.request(`${BASE}/shopify/proxy/${shop.id}/session?${q}`);
}

async function shopWithApp() {
  const { shop } = await makeShop(db);
  await withShop(db.sql, shop.id, (tx) => saveWebhookSecret(tx, shop.id, 'shopify', SECRET));
  return shop;
}

describe('GET /shopify/proxy/:shopId/session', () => {
  it("gives the logged-in Shopify customer a proof that signs them in as the customer their orders came with", async () => {
    const shop = await shopWithApp();
    const buyer = await withShop(db.sql, shop.id, (tx) => upsertCustomerByIdentity(tx, shop.id, { platform: 'shopify', externalId: '207119551', email: 'bob.norman@hostmail.com' }));
    const res = await proxied(shop, { logged_in_customer_id: '207119551' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const { token } = (await res.json()) as { token: string };
    const exchanged = await app.request(`${BASE}/v1/identity/exchange`, jsonReq('POST', { token }, { 'x-rapport-shop': shop.publicKey }));
    expect(exchanged.status).toBe(200);
    expect(((await exchanged.json()) as { customer: { id: string } }).customer.id).toBe(buyer.id);
  });

  it('gives no token when nobody is logged in', async () => {
    const shop = await shopWithApp();
    const res = await proxied(shop, { logged_in_customer_id: '' });
    expect(await res.json()).toEqual({ token: null });
  });

  it('refuses a forged or stale request, and a shop without the app secret, with 401', async () => {
    const shop = await shopWithApp();
    await expectProblem(await proxied(shop, { logged_in_customer_id: '207119551' }, 'not-the-app-secret'), 401, 'unauthorized');
    await expectProblem(await proxied(shop, { logged_in_customer_id: '207119551', timestamp: String(Math.floor(Date.now() / 1000) - 3600) }), 401, 'unauthorized');
    const { shop: bare } = await makeShop(db);
    await expectProblem(await proxied(bare, { logged_in_customer_id: '207119551' }), 401, 'unauthorized');
    await expectProblem(await app.request(`${BASE}/shopify/proxy/not-a-shop/session`), 404, 'unknown-shop');
  });
});
