/**
 * @module The WordPress plugin itself (rapport.php, run by PHP with the few WordPress
 * functions it calls made plain in php/harness.php): the page it prints carries the loader
 * and a <rapport-provider> whose token the real server's identity exchange accepts — and for
 * nobody logged in, a provider without a token (which signs a previous shopper out).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { makeShop, testApp, testDb } from '../../server/helpers/db.ts';
import { BASE, jsonReq } from '../../server/helpers/http.ts';
import { findPhp } from '../../../scripts/php.mjs';

const db = testDb();
const app = testApp(db);
const HARNESS = resolve(import.meta.dirname, 'php', 'harness.php');

function wordpressPage(settings: { url: string; shop_key: string; secret: string }, user: { id: number; email: string; name: string } | null) {
  const php = findPhp();
  if (!php) throw new Error('These tests run the plugin with PHP: install php-cli (npm test installs it as root on Debian), or set PHP_PATH');
  return JSON.parse(execFileSync(php, [HARNESS, JSON.stringify({ settings, user })], { encoding: 'utf8' })) as { page: string; token: string };
}

describe('the WordPress plugin (rapport.php)', () => {
  it("prints the loader and a customer token that the server's identity exchange accepts", async () => {
    const { shop } = await makeShop(db);
    const { page, token } = wordpressPage(
      { url: 'https://rapport.example/', shop_key: shop.publicKey, secret: shop.signingSecret },
      { id: 42, email: 'ann@example.com', name: 'Ann "Shop" <Fan>' },
    );
    expect(page).toContain(`<script type="module" src="https://rapport.example/widgets/rapport.js" data-shop="${shop.publicKey}" fetchpriority="low"></script>`);
    expect(page).toContain(`<rapport-provider customer-token="${token}"></rapport-provider>`);
    // The customer WooCommerce's order webhooks made for user 42: the token signs in that customer.
    const buyer = await withShop(db.sql, shop.id, (tx) => upsertCustomerByIdentity(tx, shop.id, { platform: 'woocommerce', externalId: '42', email: 'ann@example.com' }));
    const res = await app.request(`${BASE}/v1/identity/exchange`, jsonReq('POST', { token }, { 'x-rapport-shop': shop.publicKey }));
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { customer: unknown }).customer).toEqual({ id: buyer.id, email: 'ann@example.com', name: 'Ann "Shop" <Fan>' });
  });

  it('prints a provider without a token when nobody is logged in, and a token of another secret is refused', async () => {
    const { shop } = await makeShop(db);
    const out = wordpressPage({ url: 'https://rapport.example', shop_key: shop.publicKey, secret: shop.signingSecret }, null);
    expect(out.token).toBe('');
    expect(out.page).toContain('<rapport-provider></rapport-provider>');
    const forged = wordpressPage({ url: 'https://rapport.example', shop_key: shop.publicKey, secret: 'not-the-shop-secret' }, { id: 7, email: 'eve@example.com', name: 'Eve' });
    const res = await app.request(`${BASE}/v1/identity/exchange`, jsonReq('POST', { token: forged.token }, { 'x-rapport-shop': shop.publicKey }));
    expect(res.status).toBe(401);
  });

  it('prints nothing before it is connected (no address or shop key)', () => {
    expect(wordpressPage({ url: '', shop_key: '', secret: '' }, { id: 1, email: 'a@example.com', name: 'A' }).page).toBe('');
  });
});
