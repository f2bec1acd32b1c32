/**
 * @module The edge's rules for every input (kernel/http/input-rules.ts): a NUL character in
 * any text, a date out of range, JSON nested too deep and a broken address all get a clear
 * 4xx problem+json — never a 500 or a database message — and change nothing. Also the
 * headers every answer carries (a route's own CSP kept, HSTS only over https).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { makeShop, staffSession, testApp, testDb } from '../helpers/db.ts';
import { BASE, expectProblem, jsonReq, storefrontToken, uploadedPhoto } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db, { PUBLIC_URL: 'https://rapport.example' });
const PASSWORD = 'a long enough password';
const { shop, owner } = await makeShop(db, { password: PASSWORD });
const key = { 'x-rapport-shop': shop.publicKey };
const NUL = '\u0000';
const count = async (table: 'feedback' | 'feedback_messages' | 'customers') =>
  (await withShop(db.sql, shop.id, (tx) => tx`select count(*)::int as n from ${tx(table)}`))[0].n as number;

const feedback = (text: string, extra: Record<string, unknown> = {}) =>
  app.request(`${BASE}/v1/feedback`, jsonReq('POST', { kind: 'question', scoreType: 'none', text, locale: 'en', fillMs: 5000, ...extra }, { ...key, 'idempotency-key': randomUUID() }));

describe('a NUL character in any text is refused at the edge', () => {
  it('in a feedback text, email or page title: 400 with the field path, nothing stored', async () => {
    const before = await count('feedback');
    const a = await expectProblem(await feedback(`Hello${NUL}world`), 400, 'validation');
    expect(a.errors?.[0].path).toBe('body.text');
    const b = await expectProblem(await feedback('Hello', { context: { pageTitle: `Shop${NUL}` } }), 400, 'validation');
    expect(b.errors?.[0].path).toBe('body.context.pageTitle');
    await expectProblem(await feedback('Hello', { [`web${NUL}site`]: 'x' }), 400, 'validation');
    expect(await count('feedback')).toBe(before);
  });

  it("in a store's identity proof (subject, name, email): 401, no customer created", async () => {
    const before = await count('customers');
    for (const claims of [{ sub: `c${NUL}1` }, { sub: 'c2', name: `Ann${NUL}` }, { sub: 'c3', email: `a${NUL}@example.com` }]) {
      const token = await storefrontToken(shop.signingSecret, claims);
      await expectProblem(await app.request(`${BASE}/v1/identity/exchange`, jsonReq('POST', { token }, key)), 401, 'invalid-token');
    }
    expect(await count('customers')).toBe(before);
  });

  it('in staff replies, notes, tags and the inbox search: 400, nothing changed', async () => {
    const res = await feedback('Where is my parcel?', { email: 'ann@example.com' });
    const { id } = (await res.json()) as { id: string };
    const staff = await staffSession(app, owner.email, PASSWORD);
    const messages = await count('feedback_messages');
    await expectProblem(await staff.send('POST', `/v1/admin/feedback/${id}/replies`, { body: `Soon${NUL}` }), 400, 'validation');
    await expectProblem(await staff.send('POST', `/v1/admin/feedback/${id}/notes`, { body: `Note${NUL}` }), 400, 'validation');
    await expectProblem(await staff.send('PATCH', `/v1/admin/feedback/${id}`, { tags: [`late${NUL}`] }), 400, 'validation');
    const search = await expectProblem(await staff.get(`/v1/admin/inbox?q=${encodeURIComponent(`parcel${NUL}`)}`), 400, 'validation');
    expect(search.errors?.[0].path).toBe('query.q');
    expect(await count('feedback_messages')).toBe(messages);
    const detail = (await (await staff.get(`/v1/admin/feedback/${id}`)).json()) as { tags: string[] };
    expect(detail.tags).toEqual([]);
  });
});

describe('dates, depth and addresses', () => {
  it('an inbox date out of range is a 400 with its path, not a database error', async () => {
    const staff = await staffSession(app, owner.email, PASSWORD);
    for (const q of ['from=0000-01-01', 'to=0000-01-01', 'from=1899-12-31']) {
      const body = await expectProblem(await staff.get(`/v1/admin/inbox?${q}`), 400, 'validation');
      expect(body.errors?.[0].path).toBe(`query.${q.split('=')[0]}`);
    }
    expect((await staff.get('/v1/admin/inbox?from=2020-01-01&to=2030-12-31')).status).toBe(200);
  });

  it('a body nested deeper than any request is refused before it is parsed', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const res = await app.request(`${BASE}/v1/identity/exchange`, jsonReq('POST', deep, key));
    const body = await expectProblem(res, 400, 'validation');
    expect(body.detail).toMatch(/nested/i);
    // Brackets inside strings are text, not depth.
    const ok = await app.request(`${BASE}/v1/identity/exchange`, jsonReq('POST', { token: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' }, key));
    await expectProblem(ok, 401, 'invalid-token');
  });

  it('a broken %-escape or a NUL in a path is a 404, not a 500', async () => {
    await expectProblem(await app.request(`${BASE}/widgets/%.js`), 404, 'not-found');
    await expectProblem(await app.request(`${BASE}/thread/${shop.publicKey}/%00`), 404, 'not-found');
  });
});

describe('headers on every answer', () => {
  it('HSTS only over https (or behind a trusted proxy saying so)', async () => {
    expect((await app.request('http://localhost/health')).headers.get('strict-transport-security')).toBeNull();
    expect((await app.request('https://rapport.example/health')).headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect((await app.request('http://localhost/health', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBeNull();
    const proxied = testApp(db, { TRUST_PROXY: 'true' });
    expect((await proxied.request('http://localhost/health', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toMatch(/max-age/);
  });

  it("keeps a route's own Content-Security-Policy (a photo is served with default-src 'none')", async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const upload = await uploadedPhoto(app, shop.publicKey, png);
    const res = await feedback('A photo of the crack', { photos: [{ upload, name: 'crack.png' }] });
    const { id } = (await res.json()) as { id: string };
    const staff = await staffSession(app, owner.email, PASSWORD);
    const detail = (await (await staff.get(`/v1/admin/feedback/${id}`)).json()) as { photos: { url: string }[] };
    const photo = await staff.get(detail.photos[0].url);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-security-policy')).toBe("default-src 'none'");
    // Every other answer keeps the app's policy.
    expect((await staff.get('/v1/admin/session')).headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
