/**
 * @module What every storefront request skips since the interaction ingest was made fast
 * (issue 8), and that it still refuses what it refused: the shop read by its public key is
 * remembered a few seconds (kernel/db/shops.ts) — a change made through this process seen at
 * once, one made elsewhere within SHOP_CACHE_MS — a body with a declared length read in one
 * go and still held to the limit (kernel/http/json-body.ts), and the depth and NUL checks
 * (kernel/http/input-rules.ts) skipped only where they cannot find anything.
 */
import { describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { SHOP_CACHE_MS, shopByPublicKey } from '../../../server/kernel/db/shops.ts';
import { changeAllowedOrigins, updateShopSettings } from '../../../server/shops/index.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE, expectProblem, jsonReq } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db, { MAX_BODY_BYTES: '4096' });

describe('the shop by its public key, remembered a few seconds', () => {
  it('is read once within SHOP_CACHE_MS, and again after it', async () => {
    const { shop } = await makeShop(db);
    const now = Date.now();
    const first = await shopByPublicKey(db.sql, shop.publicKey, now);
    await db.sql`update shops set name = 'Renamed elsewhere' where id = ${shop.id}`;
    const again = await shopByPublicKey(db.sql, shop.publicKey, now + SHOP_CACHE_MS - 1);
    expect(again).toBe(first);
    expect(again?.name).toBe(shop.name);
    const later = await shopByPublicKey(db.sql, shop.publicKey, now + SHOP_CACHE_MS);
    expect(later?.name).toBe('Renamed elsewhere');
  });

  it('shares one read among concurrent requests, and keeps it per database pool', async () => {
    const { shop } = await makeShop(db);
    const [a, b] = await Promise.all([shopByPublicKey(db.sql, shop.publicKey), shopByPublicKey(db.sql, shop.publicKey)]);
    expect(a).toBe(b);
    const other = postgres(db.url, { max: 1, onnotice: () => {}, ...(db.path ? { path: db.path } : {}) });
    try {
      const c = await shopByPublicKey(other, shop.publicKey);
      expect(c).not.toBe(a);
      expect(c?.id).toBe(shop.id);
    } finally {
      await other.end({ timeout: 5 });
    }
  });

  it('forgets a shop when this process changes it: settings and origins count at the next request', async () => {
    const { shop } = await makeShop(db);
    const cached = await shopByPublicKey(db.sql, shop.publicKey);
    await updateShopSettings(db.sql, shop.id, (s) => ({ ...s, interactions: { ...s.interactions, consent: 'implied' } }));
    const fresh = await shopByPublicKey(db.sql, shop.publicKey);
    expect(fresh).not.toBe(cached);
    expect((fresh?.settings as { interactions?: { consent?: string } }).interactions?.consent).toBe('implied');

    const origin = 'https://newly-allowed.example';
    const ask = () => app.request(`${BASE}/v1/shop`, { headers: { 'x-rapport-shop': shop.publicKey, origin } });
    await expectProblem(await ask(), 403, 'origin-not-allowed');
    await changeAllowedOrigins(db.sql, shop.id, { add: [origin] });
    expect((await ask()).status).toBe(200);
  });

  it('does not remember a key no shop has: a shop created a moment later is found', async () => {
    const key = `pk_later${Date.now().toString(36)}`;
    expect(await shopByPublicKey(db.sql, key)).toBeUndefined();
    const created = await makeShop(db);
    await db.sql`update shops set public_key = ${key} where id = ${created.shop.id}`;
    expect((await shopByPublicKey(db.sql, key))?.id).toBe(created.shop.id);
  });
});

describe('bodies with a declared length', () => {
  const url = `${BASE}/v1/identity/exchange`;

  it('are read whole and checked as before', async () => {
    const { shop } = await makeShop(db);
    const body = JSON.stringify({ token: 'abcdefghijkl' });
    const res = await app.request(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'x-rapport-shop': shop.publicKey } });
    await expectProblem(res, 401, 'invalid-token');
  });

  it('are refused past the limit, also when the declared length understates the body', async () => {
    const { shop } = await makeShop(db);
    const big = JSON.stringify({ token: 'x'.repeat(8000) });
    const honest = await app.request(url, { method: 'POST', body: big, headers: { 'content-type': 'application/json', 'content-length': String(big.length), 'x-rapport-shop': shop.publicKey } });
    await expectProblem(honest, 413, 'payload-too-large');
    const lying = await app.request(url, { method: 'POST', body: big, headers: { 'content-type': 'application/json', 'content-length': '20', 'x-rapport-shop': shop.publicKey } });
    await expectProblem(lying, 413, 'payload-too-large');
  });
});

describe('the depth and NUL checks, skipped only where they cannot find anything', () => {
  const url = `${BASE}/v1/identity/exchange`;
  const send = async (text: string) => {
    const { shop } = await makeShop(db);
    return app.request(url, jsonReq('POST', text, { 'x-rapport-shop': shop.publicKey }));
  };

  it('refuses exactly one level too deep (17 brackets), and takes 16', async () => {
    const deep = await expectProblem(await send(`{"token":${'['.repeat(16)}${']'.repeat(16)}}`), 400, 'validation');
    expect(deep.detail).toMatch(/nested/i);
    // Sixteen levels is within the rules: the route's own validation answers.
    const within = await expectProblem(await send(`{"token":${'['.repeat(15)}${']'.repeat(15)}}`), 400, 'validation');
    expect(within.detail ?? '').not.toMatch(/nested/i);
  });

  it('finds a NUL written as \\u0000 and names its field; an escaped backslash before u0000 is only text', async () => {
    const nul = await expectProblem(await send('{"token":"abc\\u0000def"}'), 400, 'validation');
    expect(nul.errors?.[0].path).toBe('body.token');
    await expectProblem(await send('{"token":"abc\\\\u0000def"}'), 401, 'invalid-token');
  });
});
