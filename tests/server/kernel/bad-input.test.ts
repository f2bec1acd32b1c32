import { describe, expect, it } from 'vitest';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { countCustomers } from '../../../server/identity/db.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE, expectProblem, jsonReq, storefrontToken } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db, { MAX_BODY_BYTES: '2048' });
const { shop } = await makeShop(db, { origins: ['https://allowed.example'] });
const url = `${BASE}/v1/identity/exchange`;
const key = { 'x-rapport-shop': shop.publicKey };
const customers = () => withShop(db.sql, shop.id, (tx) => countCustomers(tx));

describe('bad input on the storefront API gets a clear 4xx problem+json and changes nothing', () => {
  it('unknown shop key → 404 unknown-shop', async () => {
    await expectProblem(await app.request(url, jsonReq('POST', { token: 'abcdefghijkl' }, { 'x-rapport-shop': 'pk_doesnotexist00' })), 404, 'unknown-shop');
    await expectProblem(await app.request(url, jsonReq('POST', { token: 'abcdefghijkl' }, { 'x-rapport-shop': "pk_'; drop table shops" })), 404, 'unknown-shop');
  });

  it('missing shop key → 400 with the header path', async () => {
    const body = await expectProblem(await app.request(url, jsonReq('POST', { token: 'abcdefghijkl' })), 400, 'validation');
    expect(body.errors?.[0].path).toBe('header.x-rapport-shop');
  });

  it('origin not allowed → 403, even with a valid token, readable by that page (so a widget says so instead of retrying) and changing nothing', async () => {
    const token = await storefrontToken(shop.signingSecret, { sub: 'o1' });
    const res = await app.request(url, jsonReq('POST', { token }, { ...key, origin: 'https://evil.example' }));
    await expectProblem(res, 403, 'origin-not-allowed');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    expect(res.headers.get('access-control-allow-credentials')).toBe('false');
    expect(await customers()).toBe(0);
    const unknown = await app.request(url, jsonReq('POST', { token }, { 'x-rapport-shop': 'pk_doesnotexist00', origin: 'https://evil.example' }));
    await expectProblem(unknown, 404, 'unknown-shop');
    expect(unknown.headers.get('access-control-allow-origin')).toBe('https://evil.example');
  });

  it('checks the shop and origin before reading the body: an unknown shop with a huge body is refused without reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctl) {
        pulled++;
        if (pulled > 1000) ctl.close();
        else ctl.enqueue(new Uint8Array(64 * 1024).fill(91)); // '['
      },
    });
    const res = await app.request(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-rapport-shop': 'pk_doesnotexist00' }, duplex: 'half' } as RequestInit);
    await expectProblem(res, 404, 'unknown-shop');
    expect(pulled).toBeLessThan(5);
  });

  it('an allowed origin gets CORS headers for itself only', async () => {
    const token = await storefrontToken(shop.signingSecret, { sub: 'o2' });
    const res = await app.request(url, jsonReq('POST', { token }, { ...key, origin: 'https://allowed.example' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('answers preflights without credentials; the origin is enforced on the request itself', async () => {
    const pre = (origin: string) => app.request(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-rapport-shop' } });
    for (const origin of ['https://allowed.example', 'https://evil.example']) {
      const res = await pre(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('false');
      expect(res.headers.get('access-control-allow-headers')).toContain('x-rapport-pow');
    }
  });

  it('malformed JSON → 400 malformed-json', async () => {
    await expectProblem(await app.request(url, jsonReq('POST', '{"token": ', key)), 400, 'malformed-json');
  });

  it('wrong content type → 415', async () => {
    await expectProblem(await app.request(url, { method: 'POST', headers: { ...key, 'content-type': 'text/plain' }, body: '{"token":"abcdefghijkl"}' }), 415, 'unsupported-media-type');
    await expectProblem(await app.request(url, { method: 'POST', headers: { ...key, 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=abcdefghijkl' }), 415, 'unsupported-media-type');
  });

  it('oversized body with Content-Length → 413', async () => {
    const big = JSON.stringify({ token: 'x'.repeat(5000) });
    await expectProblem(await app.request(url, { method: 'POST', headers: { ...key, 'content-type': 'application/json', 'content-length': String(big.length) }, body: big }), 413, 'payload-too-large');
  });

  it('oversized chunked body without Content-Length → 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1000));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (sent++ < 10) ctrl.enqueue(chunk);
        else ctrl.close();
      },
    });
    const req = new Request(url, { method: 'POST', headers: { ...key, 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(req.headers.get('content-length')).toBeNull();
    await expectProblem(await app.request(req), 413, 'payload-too-large');
    expect(sent).toBeLessThan(10);
  });

  it('invalid UTF-8 → 400 invalid-utf8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"token":"abcdefghij'), 0xff, 0xfe, ...new TextEncoder().encode('"}')]);
    await expectProblem(await app.request(url, { method: 'POST', headers: { ...key, 'content-type': 'application/json' }, body: bytes }), 400, 'invalid-utf8');
  });

  it('wrong types and missing fields → 400 with field paths', async () => {
    const before = await customers();
    const wrongType = await expectProblem(await app.request(url, jsonReq('POST', { token: 12345 }, key)), 400, 'validation');
    expect(wrongType.errors).toEqual([expect.objectContaining({ path: 'body.token' })]);
    const missing = await expectProblem(await app.request(url, jsonReq('POST', {}, key)), 400, 'validation');
    expect(missing.errors?.map((e) => e.path)).toEqual(['body.token']);
    const notObject = await expectProblem(await app.request(url, jsonReq('POST', [1, 2], key)), 400, 'validation');
    expect(notObject.errors?.length).toBeGreaterThan(0);
    expect(await customers()).toBe(before);
  });

  it('unknown routes → 404 problem+json', async () => {
    await expectProblem(await app.request(`${BASE}/v1/nope`, { headers: key }), 404, 'not-found');
  });

  it('every answer carries a request id and security headers', async () => {
    const res = await app.request(`${BASE}/health`);
    expect(res.headers.get('x-request-id')).toMatch(/.{8,}/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
