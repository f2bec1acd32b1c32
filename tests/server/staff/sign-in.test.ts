import { describe, expect, it } from 'vitest';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { listAudit } from '../../../server/kernel/db/audit.ts';
import { SIGN_IN } from '../../../server/staff/limits.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE, cookieFrom, expectProblem, jsonReq } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db);
const PASSWORD = 'correct horse battery staple';

async function signIn(email: string, password: string, headers: Record<string, string> = {}) {
  return app.request(`${BASE}/v1/admin/session`, jsonReq('POST', { email, password }, headers));
}
const actions = async (shopId: string) => (await withShop(db.sql, shopId, (tx) => listAudit(tx))).map((r) => r.action);

// Each attempt runs scrypt (N=2^17) on purpose; on a busy 2-core machine dozens of them take minutes.
describe('admin sign-in', { timeout: 240_000 }, () => {
  it('signs in with email and password, sets a strict HttpOnly Secure cookie, and audits it', async () => {
    const { shop, owner } = await makeShop(db, { password: PASSWORD });
    const res = await signIn(owner.email.toUpperCase(), PASSWORD);
    expect(res.status).toBe(200);
    const raw = res.headers.getSetCookie().find((c) => c.startsWith('rapport_admin='))!;
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/Secure/i);
    expect(raw).toMatch(/SameSite=Strict/i);
    const body = (await res.json()) as { staff: { email: string; role: string }; shop: { id: string }; csrfToken: string };
    expect(body.staff).toMatchObject({ email: owner.email, role: 'owner' });
    expect(body.shop.id).toBe(shop.id);
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(await actions(shop.id)).toContain('staff.sign_in');
    // The cookie alone is the session; the token is stored only as a hash.
    const token = cookieFrom(res, 'rapport_admin')!;
    const [stored] = await db.sql`select count(*)::int as n from staff_sessions where token_hash = ${token}`;
    expect(stored.n).toBe(0);
  });

  it('answers who is signed in, and refuses without a session', async () => {
    const { owner } = await makeShop(db, { password: PASSWORD });
    const res = await signIn(owner.email, PASSWORD);
    const cookie = `rapport_admin=${cookieFrom(res, 'rapport_admin')}`;
    const me = await app.request(`${BASE}/v1/admin/session`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { staff: { email: string } }).staff.email).toBe(owner.email);
    await expectProblem(await app.request(`${BASE}/v1/admin/session`), 401, 'unauthorized');
    await expectProblem(await app.request(`${BASE}/v1/admin/session`, { headers: { cookie: 'rapport_admin=forged' } }), 401, 'unauthorized');
  });

  it('demands the CSRF token on sign-out, then ends the session and audits it', async () => {
    const { shop, owner } = await makeShop(db, { password: PASSWORD });
    const res = await signIn(owner.email, PASSWORD);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = `rapport_admin=${cookieFrom(res, 'rapport_admin')}`;
    await expectProblem(await app.request(`${BASE}/v1/admin/session`, { method: 'DELETE', headers: { cookie } }), 403, 'csrf');
    await expectProblem(await app.request(`${BASE}/v1/admin/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': 'wrong' } }), 403, 'csrf');
    await expectProblem(
      await app.request(`${BASE}/v1/admin/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrfToken, origin: 'https://evil.example' } }),
      403, 'csrf');
    // Still signed in after the refused attempts.
    expect((await app.request(`${BASE}/v1/admin/session`, { headers: { cookie } })).status).toBe(200);
    const out = await app.request(`${BASE}/v1/admin/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join(';')).toMatch(/rapport_admin=;/);
    await expectProblem(await app.request(`${BASE}/v1/admin/session`, { headers: { cookie } }), 401, 'unauthorized');
    expect(await actions(shop.id)).toEqual(expect.arrayContaining(['staff.sign_in', 'staff.sign_out']));
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const { shop, owner } = await makeShop(db, { password: PASSWORD });
    const wrong = await expectProblem(await signIn(owner.email, 'not the password'), 401, 'invalid-credentials');
    const unknown = await expectProblem(await signIn('nobody-' + owner.email, 'not the password'), 401, 'invalid-credentials');
    expect({ ...wrong, instance: undefined }).toEqual({ ...unknown, instance: undefined });
    expect(await actions(shop.id)).toContain('staff.sign_in_failed');
  });

  it('refuses a sign-in posted from another site', async () => {
    const { owner } = await makeShop(db, { password: PASSWORD });
    await expectProblem(await signIn(owner.email, PASSWORD, { origin: 'https://evil.example' }), 403, 'csrf');
  });

  it('throttles an account and address after repeated failures, even for the right password from a new browser, until the window ends', async () => {
    const proxied = testApp(db, { TRUST_PROXY: 'true' });
    const { owner } = await makeShop(db, { password: PASSWORD });
    const from = { 'x-forwarded-for': '198.51.100.23' };
    const attempt = (password: string) => proxied.request(`${BASE}/v1/admin/session`, jsonReq('POST', { email: owner.email, password }, from));
    for (let i = 0; i < SIGN_IN.perAccountClient.hits; i++) await expectProblem(await attempt('bad'), 401, 'invalid-credentials');
    const locked = await attempt(PASSWORD);
    const body = await expectProblem(locked, 429, 'locked');
    const wait = Number(locked.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(SIGN_IN.perAccountClient.seconds);
    expect(body.retryAfter).toBe(wait);
    // Failures decay: once their window is over, the right password works again.
    await db.sql`update rate_limits set window_start = window_start - make_interval(secs => ${SIGN_IN.perAccountClient.seconds}) where bucket like ${'signin:acct%' + owner.email + '%'}`;
    expect((await attempt(PASSWORD)).status).toBe(200);
  });

  it("never locks the owner out: strangers' guesses from anywhere do not refuse the right password from a browser that signed in before", async () => {
    const proxied = testApp(db, { TRUST_PROXY: 'true' });
    const { owner } = await makeShop(db, { password: PASSWORD });
    // The owner signed in before from this browser: it keeps a device cookie.
    const first = await proxied.request(`${BASE}/v1/admin/session`, jsonReq('POST', { email: owner.email, password: PASSWORD }, { 'x-forwarded-for': '192.0.2.10' }));
    expect(first.status).toBe(200);
    const device = first.headers.getSetCookie().find((c) => c.startsWith('rapport_device='))!;
    expect(device).toMatch(/HttpOnly/i);
    expect(device).toMatch(/Secure/i);
    expect(device).toMatch(/SameSite=Strict/i);
    const cookie = device.split(';')[0];
    // Someone who knows the email guesses from many addresses, past the account-wide limit.
    let refused = 0;
    for (let i = 0; i < SIGN_IN.perAccount.hits + 2; i++) {
      const res = await proxied.request(`${BASE}/v1/admin/session`, jsonReq('POST', { email: owner.email, password: `guess ${i}` }, { 'x-forwarded-for': `203.0.113.${i + 1}` }));
      if (res.status === 401) refused++;
    }
    // (Counts live in fixed windows; should one have ended during the loop, the guesses of this window fill it again.)
    await db.sql`insert into rate_limits (bucket, window_start, hits)
      values (${`signin:acct:${owner.email}`}, to_timestamp(floor(extract(epoch from now()) / ${SIGN_IN.perAccount.seconds}) * ${SIGN_IN.perAccount.seconds}), ${SIGN_IN.perAccount.hits})
      on conflict (bucket, window_start) do update set hits = greatest(rate_limits.hits, excluded.hits)`;
    expect(refused).toBeGreaterThanOrEqual(SIGN_IN.perAccount.hits);
    // A new browser with the right password waits…
    await expectProblem(await proxied.request(`${BASE}/v1/admin/session`, jsonReq('POST', { email: owner.email, password: PASSWORD }, { 'x-forwarded-for': '192.0.2.99' })), 429, 'locked');
    // …the owner's own browser gets in, and is shown the failed attempts.
    const back = await proxied.request(`${BASE}/v1/admin/session`, jsonReq('POST', { email: owner.email, password: PASSWORD }, { 'x-forwarded-for': '192.0.2.10', cookie }));
    expect(back.status).toBe(200);
    const session = (await back.json()) as { failedSignIns: number };
    expect(session.failedSignIns).toBe(refused);
    // A forged or another account's device cookie counts for nothing.
    const forged = cookie.replace(/\.[^.]+$/, '.forged');
    await expectProblem(await proxied.request(`${BASE}/v1/admin/session`, jsonReq('POST', { email: owner.email, password: PASSWORD }, { 'x-forwarded-for': '192.0.2.11', cookie: forged })), 429, 'locked');
  });

  it("limits guesses from a remembered browser too, on that browser's own count", async () => {
    const { owner } = await makeShop(db, { password: PASSWORD });
    const cookie = (await signIn(owner.email, PASSWORD)).headers.getSetCookie().find((c) => c.startsWith('rapport_device='))!.split(';')[0];
    for (let i = 0; i < SIGN_IN.perDevice.hits; i++) await expectProblem(await signIn(owner.email, 'bad', { cookie }), 401, 'invalid-credentials');
    await expectProblem(await signIn(owner.email, PASSWORD, { cookie }), 429, 'locked');
  });

  it('slows down many sign-ins from one address, whichever emails they try', async () => {
    const proxied = testApp(db, { TRUST_PROXY: 'true' });
    // Limits count in fixed windows: a run that crosses a window's end starts counting again, so it runs once more.
    const windowOf = () => Math.floor(Date.now() / 1000 / SIGN_IN.perClient.seconds);
    for (let round = 0; ; round++) {
      // The last hop is the client: one of 65,000 benchmark-range addresses, so no other test's address shares its limit.
      const from = { 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 250) + 1}, 198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 254) + 1}` };
      const attempt = (i: number) => proxied.request(`${BASE}/v1/admin/session`, jsonReq('POST', { email: `guess-${i}-${Date.now()}@test.example`, password: 'guess' }, from));
      const window = windowOf();
      for (let i = 0; i < SIGN_IN.perClient.hits; i++) expect((await attempt(i)).status).toBe(401);
      const res = await attempt(999);
      if (windowOf() !== window && round === 0) continue;
      await expectProblem(res, 429, 'rate-limited');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      break;
    }
  }, 120_000); // 31 scrypt-hashed attempts a round

  it('validates the sign-in body with field paths', async () => {
    const body = await expectProblem(await signIn('not-an-email', ''), 400, 'validation');
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['body.email', 'body.password']);
  });

  it('lists the audit log to signed-in staff of that shop only', async () => {
    const a = await makeShop(db, { password: PASSWORD });
    const b = await makeShop(db, { password: PASSWORD });
    await signIn(b.owner.email, PASSWORD);
    const res = await signIn(a.owner.email, PASSWORD);
    const cookie = `rapport_admin=${cookieFrom(res, 'rapport_admin')}`;
    const list = await app.request(`${BASE}/v1/admin/audit?limit=50`, { headers: { cookie } });
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: { action: string; actorId: string | null; targetId: string | null }[] };
    expect(items.map((i) => i.action)).toEqual(expect.arrayContaining(['staff.sign_in', 'shop.create', 'staff.add']));
    expect(items.some((i) => i.actorId === b.owner.id || i.targetId === b.shop.id)).toBe(false);
  });
});
