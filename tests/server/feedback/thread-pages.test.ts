/**
 * @module The customer's pages opened from feedback emails (issue 7 #1, #10, #11, #20, #21):
 * the reply form works from any mail client's link (its own token, no Origin needed) and
 * keeps what was typed on every refusal; replies are limited; the satisfaction link opens
 * a question and only a click records; the pages carry the shop's brand, a way home,
 * times with their zone and the customer's own photos; errors never show a database message.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { THREAD_REPLIES } from '../../../server/feedback/limits.ts';
import { threadUrl } from '../../../server/feedback/thread-links.ts';
import { makeShop, staffSession, testApp, testDb, uniq } from '../helpers/db.ts';
import { BASE, jsonReq, uploadedPhoto } from '../helpers/http.ts';
import { pngWithText } from '../helpers/images.ts';

const db = testDb();
const app = testApp(db, { PUBLIC_URL: 'https://rapport.example' });
const PASSWORD = 'a long enough password';

async function thread(opts: { photo?: boolean; locale?: string } = {}) {
  const { shop, owner } = await makeShop(db, { password: PASSWORD, origins: [`https://shop-${uniq()}.example`] });
  await db.sql`update shops set settings = ${db.sql.json({ brand: { color: '#7a3e9d', logoUrl: 'https://cdn.example/logo.png', timeZone: 'Asia/Shanghai' } })} where id = ${shop.id}`;
  const res = await app.request(`${BASE}/v1/feedback`, jsonReq('POST', {
    kind: 'complaint', scoreType: 'none', text: 'The lid \u202Eis cracked', email: `ann-${uniq()}@example.com`, locale: opts.locale ?? 'en', fillMs: 5000,
    photos: opts.photo ? [{ upload: await uploadedPhoto(app, shop.publicKey, pngWithText()), name: 'lid.png' }] : [],
  }, { 'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID() }));
  const { id } = (await res.json()) as { id: string };
  const [fresh] = await db.sql`select * from shops where id = ${shop.id}`;
  const url = threadUrl('', { ...shop, publicKey: fresh.public_key }, id);
  const page = async (path = url) => { const r = await app.request(`${BASE}${path}`); return { status: r.status, html: await r.text(), headers: r.headers }; };
  const tokenOf = (html: string) => /name="form_token" value="([^"]+)"/.exec(html)?.[1];
  const post = (fields: Record<string, string>, headers: Record<string, string> = {}, path = url) =>
    app.request(`${BASE}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });
  const messages = async () => (await withShop(db.sql, shop.id, (tx) => tx`select body from feedback_messages where feedback_id = ${id} and author_type = 'customer'`)).map((m) => m.body);
  return { shop, owner, id, url, page, post, tokenOf, messages };
}

describe('the reply form on the thread page', () => {
  it('works from an email client as is: Origin null and no Referer, protected by its own token', async () => {
    const t = await thread();
    const { html } = await t.page();
    const token = t.tokenOf(html)!;
    const res = await t.post({ form_token: token, body: 'Here is a second photo angle.' }, { origin: 'null' });
    expect(res.status).toBe(303);
    expect(await t.messages()).toEqual(['Here is a second photo angle.']);
  });

  it('refuses a missing or forged token, and a NUL, too long or empty reply, keeping what the customer typed', async () => {
    const t = await thread();
    const token = t.tokenOf((await t.page()).html)!;
    const typed = 'My long answer that I do not want to type again';
    for (const [fields, status, says] of [
      [{ body: typed }, 403, 'This form has expired'],
      [{ body: typed, form_token: 'forged' }, 403, 'This form has expired'],
      [{ body: `${typed}\u0000`, form_token: token }, 400, 'cannot be sent'],
      [{ body: 'x'.repeat(10_001), form_token: token }, 400, 'longer than 10000 characters'],
    ] as const) {
      const res = await t.post(fields);
      expect(res.status).toBe(status);
      const html = await res.text();
      expect(html).toContain(says);
      expect(html).toContain(fields.body.replace('\u0000', '').slice(0, 200));
      expect(html).toMatch(/role="alert"/);
    }
    expect((await t.post({ body: '   ', form_token: token })).status).toBe(400);
    expect(await t.messages()).toEqual([]);
  });

  it(`takes at most ${THREAD_REPLIES.perThread.hits} replies an hour on one thread, then asks to wait, text kept`, async () => {
    const t = await thread();
    const token = t.tokenOf((await t.page()).html)!;
    for (let i = 0; i < THREAD_REPLIES.perThread.hits; i++) expect((await t.post({ form_token: token, body: `Reply ${i}` })).status).toBe(303);
    const over = await t.post({ form_token: token, body: 'One more thing' });
    expect(over.status).toBe(429);
    expect(await over.text()).toContain('One more thing');
    expect(await t.messages()).toHaveLength(THREAD_REPLIES.perThread.hits);
  });
});

describe('the satisfaction link', () => {
  it('opens the question and records nothing; one click on the page records the score', async () => {
    const t = await thread();
    const opened = await t.page(`${t.url}/satisfaction/2`);
    expect(opened.status).toBe(200);
    expect(opened.html).toMatch(/aria-pressed="true"[^>]*>2</);
    const score = async () => (await withShop(db.sql, t.shop.id, (tx) => tx`select satisfaction from feedback where id = ${t.id}`))[0].satisfaction;
    expect(await score()).toBeNull();
    const token = t.tokenOf(opened.html)!;
    const res = await t.post({ form_token: token, score: '5' }, { origin: 'null' }, `${t.url}/satisfaction/2`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('5 of 5');
    expect(await score()).toBe(5);
    expect((await t.post({ score: '1' }, {}, `${t.url}/satisfaction`)).status).toBe(403);
    expect(await score()).toBe(5);
  });
});

describe('the pages carry the shop', () => {
  it("with its logo, colour and a way back to the store, times in its zone, the customer's own photos, and shopper text isolated", async () => {
    const t = await thread({ photo: true });
    const { html, headers } = await t.page();
    expect(html).toContain('src="https://cdn.example/logo.png"');
    expect(html).toContain('#7a3e9d');
    expect(html).toMatch(/<a class="home" href="https:\/\/shop-[^"]+\.example\/">Back to the shop<\/a>/);
    expect(html).toMatch(/<time datetime="[^"]+">[^<]*GMT\+8<\/time>/);
    expect(html).toContain('<bdi>The lid \u202Eis cracked</bdi>');
    // A small preview in the page, the full photo one click away.
    const photo = /<a href="([^"]+\/photos\/[0-9a-f-]{36})"><img src="\1\/preview"/.exec(html)![1];
    expect((await app.request(`${BASE}${photo}/preview`)).status).toBe(200);
    const img = await app.request(`${BASE}${photo}`);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
    expect(img.headers.get('content-security-policy')).toBe("default-src 'none'");
    // The page's own CSP lets its logo in, and nothing else from outside.
    expect(headers.get('content-security-policy')).toContain('img-src \'self\' data: https://cdn.example');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    // Another feedback's photo is not reachable through this thread.
    const other = await thread({ photo: true });
    const theirs = /\/photos\/([0-9a-f-]{36})/.exec((await other.page()).html)![1];
    expect((await app.request(`${BASE}${t.url}/photos/${theirs}`)).status).toBe(404);
  });

  it('in the customer’s language (Traditional Chinese), errors as pages without any database message', async () => {
    const t = await thread({ locale: 'zh-Hant' });
    expect((await t.page()).html).toContain('返回商店');
    const broken = await app.request(`${BASE}${t.url.slice(0, -3)}xyz`, { headers: { 'accept-language': 'zh-TW' } });
    expect(broken.status).toBe(404);
    const text = await broken.text();
    expect(text).toContain('此連結無效');
    expect(text).not.toMatch(/postgres|sql|syntax|relation/i);
  });

  it('staff replies appear under the shop’s name; internal notes never', async () => {
    const t = await thread();
    const staff = await staffSession(app, t.owner.email, PASSWORD);
    await staff.send('POST', `/v1/admin/feedback/${t.id}/replies`, { body: 'A new lid is on its way.' });
    await staff.send('POST', `/v1/admin/feedback/${t.id}/notes`, { body: 'Supplier batch 7 again' });
    const { html } = await t.page();
    expect(html).toContain('A new lid is on its way.');
    expect(html).not.toContain('Supplier batch 7');
  });
});
