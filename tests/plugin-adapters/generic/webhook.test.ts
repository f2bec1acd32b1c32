/**
 * @module The generic signed webhook: `sha256=` HMAC over timestamp, event id and raw
 * body; 5-minute window; replays with a fresh timestamp or another event id refused;
 * and the HS256 JWT identity.
 */
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { envelopeSignature, genericAdapter } from '../../../plugin-adapters/index.ts';
import { hexHmac } from '../helpers.ts';

const SECRET = 'shop-signing-secret';
const NOW = new Date('2026-05-01T12:00:00Z');
const TS = String(NOW.getTime() / 1000);
const BODY = Buffer.from('{"topic":"customer.updated","data":{"platformId":"c-1","email":"a@b.example","name":null,"locale":null,"updatedAt":null}}');

function headers(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const base: Record<string, string | undefined> = {
    'X-Rapport-Timestamp': TS,
    'X-Rapport-Event-Id': 'evt_1',
    'X-Rapport-Signature': `sha256=${hexHmac(SECRET, `${TS}.evt_1.`, BODY)}`,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

const verify = (h: Record<string, string>, body: Uint8Array = BODY, now = NOW) => genericAdapter.verifyWebhook(body, h, SECRET, now);

describe('generic webhook signature', () => {
  it('accepts a delivery signed over "<timestamp>.<event id>.<raw body>"', () => {
    expect(verify(headers())).toEqual({ ok: true, kind: 'delivery', topic: 'customer.updated', dedupKey: 'evt_1', occurredAt: '2026-05-01T12:00:00.000Z' });
  });

  it('agrees with envelopeSignature, the helper senders in TypeScript can use', () => {
    expect(envelopeSignature(SECRET, TS, 'evt_1', BODY)).toBe(hexHmac(SECRET, `${TS}.evt_1.`, BODY));
  });

  it('accepts a timestamp up to 5 minutes away and refuses one further, either way', () => {
    expect(verify(headers(), BODY, new Date(NOW.getTime() + 300_000))).toMatchObject({ ok: true });
    expect(verify(headers(), BODY, new Date(NOW.getTime() + 301_000))).toMatchObject({ ok: false, reason: 'stale' });
    expect(verify(headers(), BODY, new Date(NOW.getTime() - 301_000))).toMatchObject({ ok: false, reason: 'stale' });
  });

  it('refuses an old delivery replayed with a fresh timestamp or another event id', () => {
    const fresh = String(Number(TS) + 3600);
    expect(verify(headers({ 'X-Rapport-Timestamp': fresh }), BODY, new Date(Number(fresh) * 1000))).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verify(headers({ 'X-Rapport-Event-Id': 'evt_2' }))).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a forged, malformed or missing signature', () => {
    const other = `sha256=${hexHmac('guess', `${TS}.evt_1.`, BODY)}`;
    expect(verify(headers({ 'X-Rapport-Signature': other }))).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verify(headers({ 'X-Rapport-Signature': hexHmac(SECRET, `${TS}.evt_1.`, BODY) }))).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verify(headers({ 'X-Rapport-Signature': undefined }))).toMatchObject({ ok: false, reason: 'missing-signature' });
    expect(verify(headers(), Buffer.from(BODY.toString().replace('a@b', 'x@b')))).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a missing or malformed timestamp or event id', () => {
    expect(verify(headers({ 'X-Rapport-Timestamp': undefined }))).toMatchObject({ ok: false, reason: 'missing-header' });
    expect(verify(headers({ 'X-Rapport-Timestamp': '2026-05-01T12:00:00Z' }))).toMatchObject({ ok: false, reason: 'missing-header' });
    expect(verify(headers({ 'X-Rapport-Event-Id': undefined }))).toMatchObject({ ok: false, reason: 'missing-header' });
    expect(verify(headers({ 'X-Rapport-Event-Id': 'has space' }))).toMatchObject({ ok: false, reason: 'missing-header' });
  });

  it('refuses a signed body that is not JSON with a topic', () => {
    const body = Buffer.from('{"data":{}}');
    const h = headers({ 'X-Rapport-Signature': `sha256=${hexHmac(SECRET, `${TS}.evt_1.`, body)}` });
    expect(verify(h, body)).toMatchObject({ ok: false, reason: 'malformed-body' });
  });
});

describe('generic identity (HS256 JWT)', () => {
  const key = new TextEncoder().encode(SECRET);
  const sign = (claims: Record<string, unknown>, exp: number, alg = 'HS256') =>
    new SignJWT(claims).setProtectedHeader({ alg }).setExpirationTime(exp).sign(alg === 'HS256' ? key : new TextEncoder().encode(`${SECRET}-longer-key-for-hs512-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`));
  const at = Math.floor(NOW.getTime() / 1000);

  it('accepts a token of the store with sub, email and name', async () => {
    const token = await new SignJWT({ email: ' Ann@Shop.example ', name: 'Ann' }).setProtectedHeader({ alg: 'HS256' }).setSubject('42').setExpirationTime(at + 600).sign(key);
    expect(await genericAdapter.verifyIdentity({ kind: 'jwt', token }, SECRET, NOW)).toEqual({
      ok: true, customerId: '42', email: 'ann@shop.example', name: 'Ann', expiresAt: '2026-05-01T12:10:00.000Z',
    });
  });

  it('refuses a token without a subject, one living past 24 hours, one expired, another algorithm', async () => {
    expect(await genericAdapter.verifyIdentity({ kind: 'jwt', token: await sign({}, at + 600) }, SECRET, NOW)).toMatchObject({ ok: false, reason: 'invalid-claims' });
    expect(await genericAdapter.verifyIdentity({ kind: 'jwt', token: await sign({ sub: '1' }, at + 90_000) }, SECRET, NOW)).toMatchObject({ ok: false, reason: 'invalid-claims' });
    expect(await genericAdapter.verifyIdentity({ kind: 'jwt', token: await sign({ sub: '1' }, at - 60) }, SECRET, NOW)).toMatchObject({ ok: false, reason: 'expired' });
    expect(await genericAdapter.verifyIdentity({ kind: 'jwt', token: await sign({ sub: '1' }, at + 60, 'HS512') }, SECRET, NOW)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(await genericAdapter.verifyIdentity({ kind: 'jwt', token: '' }, SECRET, NOW)).toMatchObject({ ok: false, reason: 'missing-signature' });
    expect(await genericAdapter.verifyIdentity({ kind: 'app-proxy', query: 'a=1' }, SECRET, NOW)).toMatchObject({ ok: false, reason: 'unsupported-proof' });
  });
});
