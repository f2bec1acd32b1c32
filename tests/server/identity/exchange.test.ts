import { describe, expect, it } from 'vitest';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { countCustomers, upsertCustomerByIdentity } from '../../../server/identity/db.ts';
import { insertOrders } from '../../../server/orders/index.ts';
import { issueSessionToken, verifySessionToken } from '../../../server/kernel/http/customer-session.ts';
import { makeShop, testApp, testDb, uniq } from '../helpers/db.ts';
import { BASE, expectProblem, jsonReq, storefrontToken } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db);

async function exchange(publicKey: string, token: string, headers: Record<string, string> = {}) {
  return app.request(`${BASE}/v1/identity/exchange`, jsonReq('POST', { token }, { 'x-rapport-shop': publicKey, ...headers }));
}

const customers = (shopId: string) => withShop(db.sql, shopId, (tx) => countCustomers(tx));

describe('POST /v1/identity/exchange', () => {
  it('swaps a store-signed proof for a session token scoped to the shop and customer', async () => {
    const { shop } = await makeShop(db);
    const sub = 'cust_' + uniq();
    const res = await exchange(shop.publicKey, await storefrontToken(shop.signingSecret, { sub, email: 'ann@example.com', name: 'Ann' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sessionToken: string; expiresAt: string; customer: { id: string; email: string; name: string } };
    expect(body.customer).toMatchObject({ email: 'ann@example.com', name: 'Ann' });
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(body.expiresAt).getTime()).toBeLessThanOrEqual(Date.now() + 3600_000 + 1000);
    expect(await verifySessionToken(body.sessionToken, shop)).toBe(body.customer.id);
    // The same customer signing in again is the same customer, with refreshed details.
    const again = await exchange(shop.publicKey, await storefrontToken(shop.signingSecret, { sub, email: 'ann@new.example', name: 'Ann B' }));
    const second = (await again.json()) as typeof body;
    expect(second.customer).toEqual({ id: body.customer.id, email: 'ann@new.example', name: 'Ann B' });
    expect(await customers(shop.id)).toBe(1);
  });

  it("signs in the customer the platform's orders came with: the proof names the platform its id belongs to", async () => {
    const { shop } = await makeShop(db);
    // As a WooCommerce webhook stores them: customer 42 on WooCommerce, and an order of theirs.
    const buyer = await withShop(db.sql, shop.id, async (tx) => {
      const c = await upsertCustomerByIdentity(tx, shop.id, { platform: 'woocommerce', externalId: '42', email: 'ann@example.com', name: 'Ann' });
      await insertOrders(tx, shop.id, [{ customerId: c.id, number: '727', email: 'ann@example.com', status: 'paid', currency: 'USD', placedAt: new Date(), lines: [{ title: 'Teapot', quantity: 1, unitAmount: 4900 }] }]);
      return c;
    });
    // The WordPress plugin's proof: sub = the WordPress user id, on WooCommerce.
    const res = await exchange(shop.publicKey, await storefrontToken(shop.signingSecret, { sub: '42', email: 'ann@example.com', name: 'Ann', platform: 'woocommerce' }));
    const body = (await res.json()) as { sessionToken: string; customer: { id: string } };
    expect(body.customer.id).toBe(buyer.id);
    const orders = await app.request(`${BASE}/v1/orders`, { headers: { 'x-rapport-shop': shop.publicKey, authorization: `Bearer ${body.sessionToken}` } });
    expect(((await orders.json()) as { items: { number: string }[] }).items.map((o) => o.number)).toEqual(['727']);
    expect(await customers(shop.id)).toBe(1);
    // Without the claim the id is the store's own (generic): another customer. An unknown platform is refused.
    const generic = (await (await exchange(shop.publicKey, await storefrontToken(shop.signingSecret, { sub: '42' }))).json()) as { customer: { id: string } };
    expect(generic.customer.id).not.toBe(buyer.id);
    await expectProblem(await exchange(shop.publicKey, await storefrontToken(shop.signingSecret, { sub: '42', platform: 'magento' })), 401, 'invalid-token');
  });

  it('accepts a proof whose audience is this shop, and refuses one for another shop', async () => {
    const { shop } = await makeShop(db);
    const ok = await exchange(shop.publicKey, await storefrontToken(shop.signingSecret, { sub: 'a', aud: shop.publicKey }));
    expect(ok.status).toBe(200);
    const wrongAud = await exchange(shop.publicKey, await storefrontToken(shop.signingSecret, { sub: 'b', aud: 'pk_someoneelse' }));
    await expectProblem(wrongAud, 401, 'invalid-token');
    expect(await customers(shop.id)).toBe(1);
  });

  it('refuses forged, expired, other-shop, unsigned and long-lived proofs, creating nothing', async () => {
    const { shop } = await makeShop(db);
    const other = await makeShop(db);
    const forged = await storefrontToken('sk_not-the-secret-at-all-0000000000', { sub: 'x' });
    const expired = await storefrontToken(shop.signingSecret, { sub: 'x' }, { expiresIn: -120 });
    const otherShop = await storefrontToken(other.shop.signingSecret, { sub: 'x' });
    const longLived = await storefrontToken(shop.signingSecret, { sub: 'x' }, { expiresIn: 7 * 24 * 3600 });
    const [h, p] = (await storefrontToken(shop.signingSecret, { sub: 'x' })).split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`;
    const tampered = `${h}.${Buffer.from(JSON.stringify({ sub: 'admin', exp: 9999999999 })).toString('base64url')}.${(await storefrontToken(shop.signingSecret, { sub: 'x' })).split('.')[2]}`;
    for (const token of [forged, expired, otherShop, longLived, none, tampered, 'not-a-jwt-at-all']) {
      const res = await exchange(shop.publicKey, token);
      await expectProblem(res, 401, 'invalid-token');
    }
    expect(await customers(shop.id)).toBe(0);
  });

  it('does not take a session token as an identity proof', async () => {
    const { shop } = await makeShop(db);
    const { token } = await issueSessionToken(shop, '00000000-0000-4000-8000-000000000000');
    const res = await exchange(shop.publicKey, token);
    await expectProblem(res, 401, 'invalid-token');
  });

  it('rejects a session token of another shop', async () => {
    const a = await makeShop(db);
    const b = await makeShop(db);
    const { token } = await issueSessionToken(a.shop, '00000000-0000-4000-8000-000000000000');
    await expect(verifySessionToken(token, b.shop)).rejects.toMatchObject({ slug: 'invalid-token' });
  });
});

describe('GET /v1/shop', () => {
  it("tells a widget the shop's public settings and nothing secret", async () => {
    const { shop } = await makeShop(db);
    const res = await app.request(`${BASE}/v1/shop`, { headers: { 'x-rapport-shop': shop.publicKey } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      name: shop.name, defaultLocale: 'en', currency: 'USD',
      feedback: { kinds: ['complaint', 'suggestion', 'praise', 'question'], responseHours: { complaint: 24, suggestion: 72, praise: 72, question: 72 } },
      tracking: { consentRequired: true },
    });
    expect(JSON.stringify(body)).not.toContain(shop.signingSecret);
  });
});
