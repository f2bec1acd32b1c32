import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { insertFaqArticles } from '../../../server/faq/db.ts';
import { insertOrders } from '../../../server/orders/db.ts';
import { upsertCustomerByIdentity } from '../../../server/identity/db.ts';
import { issueSessionToken } from '../../../server/kernel/http/customer-session.ts';
import { solve, type Challenge } from '../../../server/kernel/http/proof-of-work.ts';
import { FEEDBACK_RATE } from '../../../server/feedback/limits.ts';
import type { Database } from '../../../server/kernel/db/client.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE, expectProblem, jsonReq, uploadedPhoto } from '../helpers/http.ts';
import { pngDeclaring, pngWithText } from '../helpers/images.ts';

const db = testDb();
const app = testApp(db);

type Shop = Awaited<ReturnType<typeof makeShop>>['shop'];
const base = { kind: 'complaint', scoreType: 'csat', score: 2, text: 'My teapot arrived with a cracked lid', locale: 'en', fillMs: 9000 };

function post(shop: Shop, body: unknown, headers: Record<string, string> = {}) {
  return app.request(`${BASE}/v1/feedback`, jsonReq('POST', body, { 'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID(), ...headers }));
}

async function counts(d: Database, shopId: string) {
  return withShop(d.sql, shopId, async (tx) => {
    const [f] = await tx`select count(*)::int as n from feedback`;
    const [o] = await tx`select count(*)::int as n from outbox`;
    const [p] = await tx`select count(*)::int as n from feedback_photos`;
    return { feedback: f.n, outbox: o.n, photos: p.n };
  });
}

async function shopWithOrder() {
  const { shop } = await makeShop(db);
  const ids = await withShop(db.sql, shop.id, async (tx) => {
    const ann = await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: 'ann', email: 'ann@example.com', name: 'Ann' });
    const bob = await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: 'bob', email: 'bob@example.com', name: 'Bob' });
    await insertOrders(tx, shop.id, [{
      customerId: ann.id, number: 'T-1001', email: 'ann@example.com', status: 'delivered', currency: 'USD', subtotalAmount: 4200,
      shippingAmount: 0, totalAmount: 4200, placedAt: new Date(), lines: [{ title: 'Celadon teapot', quantity: 1, unitAmount: 4200 }], fulfillments: [],
    } as never]);
    await insertFaqArticles(tx, shop.id, [
      { locale: 'en', category: 'returns', question: 'My item arrived damaged — what do I do?', answerMd: 'Send us a photo and we replace it.' },
      { locale: 'en', category: 'shipping', question: 'How long does shipping take?', answerMd: '3–5 days.' },
    ]);
    return { ann: ann.id, bob: bob.id };
  });
  return { shop, ...ids };
}

describe('POST /v1/feedback', () => {
  it('stores a guest complaint about their order, promises the response time, matches FAQ and queues the auto-reply', async () => {
    const { shop } = await shopWithOrder();
    const res = await post(shop, { ...base, text: 'My teapot arrived damaged, the lid is cracked', email: 'Ann@Example.com', context: { orderNumber: 'T-1001', pageUrl: 'https://shop.example/orders', pageTitle: 'Orders' } });
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as { reference: string; responseHours: number; status: string; faq: { question: string }[] };
    expect(receipt.reference).toMatch(/^FB-[0-9A-Z]{6}$/);
    expect(receipt).toMatchObject({ status: 'new', responseHours: 24 });
    expect(receipt.faq.map((f) => f.question)).toContain('My item arrived damaged — what do I do?');
    const [row] = await withShop(db.sql, shop.id, (tx) => tx`select f.*, o.number from feedback f join orders o on o.id = f.order_id`);
    expect(row).toMatchObject({ kind: 'complaint', score: 2, contact_email: 'Ann@Example.com', page_title: 'Orders', number: 'T-1001' });
    expect(new Date(row.due_at).getTime() - new Date(row.created_at).getTime()).toBeCloseTo(24 * 3600_000, -4);
    const mails = await withShop(db.sql, shop.id, (tx) => tx`select kind, to_address, subject, text_body from outbox`);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'feedback.received', to_address: 'Ann@Example.com' });
    expect(mails[0].text_body).toContain('within 24 hours');
    // A guest's address: the reference, not their words (see relay.test.ts).
    expect(mails[0].text_body).toContain(receipt.reference);
    expect(mails[0].text_body).not.toContain('the lid is cracked');
  });

  it('replays a retry with the same Idempotency-Key and stores it once; refuses the key with another body', async () => {
    const { shop } = await makeShop(db);
    const key = randomUUID();
    const first = await post(shop, { ...base, email: 'c@example.com' }, { 'idempotency-key': key });
    const again = await post(shop, { ...base, email: 'c@example.com' }, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    await expectProblem(await post(shop, { ...base, text: 'something else' }, { 'idempotency-key': key }), 422, 'unprocessable');
    expect(await counts(db, shop.id)).toEqual({ feedback: 1, outbox: 1, photos: 0 });
  });

  it('replays a retry that travels differently: after the session ended, or with another proof of work', async () => {
    const { shop, ann } = await shopWithOrder();
    const { token } = await issueSessionToken(shop, ann);
    const key = randomUUID();
    const first = await post(shop, base, { 'idempotency-key': key, authorization: `Bearer ${token}` });
    const later = await post(shop, base, { 'idempotency-key': key, 'x-rapport-pow': 'e30=' });
    expect([first.status, later.status]).toEqual([201, 200]);
    expect(await later.json()).toEqual(await first.json());
    expect((await counts(db, shop.id)).feedback).toBe(1);
  });

  it('takes a verified customer from the session, with their email, not the one in the body', async () => {
    const { shop, ann } = await shopWithOrder();
    const { token } = await issueSessionToken(shop, ann);
    const res = await post(shop, { ...base, email: 'spoof@example.com', context: { orderNumber: 'T-1001' } }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(201);
    const [row] = await withShop(db.sql, shop.id, (tx) => tx`select customer_id, contact_email from feedback`);
    expect(row).toEqual({ customer_id: ann, contact_email: 'ann@example.com' });
  });

  it("records a verified customer's feedback in their interaction log with it (once, however often retried); a guest's in nobody's", async () => {
    const { shop, ann } = await shopWithOrder();
    const { token } = await issueSessionToken(shop, ann);
    const key = randomUUID();
    const send = () => post(shop, { ...base, context: { orderNumber: 'T-1001' } }, { authorization: `Bearer ${token}`, 'idempotency-key': key });
    expect((await send()).status).toBe(201);
    expect((await send()).status).toBe(200);
    expect((await post(shop, { ...base, email: 'guest@example.com' })).status).toBe(201);
    const rows = await withShop(db.sql, shop.id, (tx) => tx`select kind, customer_id, data from interactions`);
    expect(rows).toEqual([{ kind: 'feedback', customer_id: ann, data: { feedbackKind: 'complaint', scoreType: 'csat', score: 2 } }]);
  });

  it("refuses another customer's order, and a guest naming an order with the wrong email, the same way as an unknown order", async () => {
    const { shop, bob } = await shopWithOrder();
    const { token } = await issueSessionToken(shop, bob);
    const other = await expectProblem(await post(shop, { ...base, context: { orderNumber: 'T-1001' } }, { authorization: `Bearer ${token}` }), 422, 'unprocessable');
    const wrongEmail = await expectProblem(await post(shop, { ...base, email: 'eve@example.com', context: { orderNumber: 'T-1001' } }), 422, 'unprocessable');
    const unknown = await expectProblem(await post(shop, { ...base, email: 'eve@example.com', context: { orderNumber: 'T-9999' } }), 422, 'unprocessable');
    for (const p of [other, wrongEmail]) expect({ ...p, instance: 0 }).toEqual({ ...unknown, instance: 0 });
    expect(unknown.errors?.[0].path).toBe('body.context.orderNumber');
    expect((await counts(db, shop.id)).feedback).toBe(0);
  });

  it('refuses a forged session with 401', async () => {
    const { shop } = await makeShop(db);
    await expectProblem(await post(shop, base, { authorization: 'Bearer not.a.token' }), 401, 'invalid-token');
    await expectProblem(await post(shop, base, { authorization: 'Basic abc' }), 401, 'invalid-token');
  });

  it('never answers a honeypot hit or a too-fast form with a success it did not store: it asks for a proof of work, and stores once it is solved', async () => {
    const { shop } = await makeShop(db);
    const trap = await post(shop, { ...base, website: 'http://spam.example', email: 'bot@example.com' });
    const fast = await post(shop, { ...base, fillMs: 300, email: 'bot@example.com' });
    for (const res of [trap, fast]) {
      const p = await expectProblem(res, 429, 'rate-limited');
      expect(p.challenge).toMatchObject({ algorithm: 'SHA-256' });
    }
    expect(await counts(db, shop.id)).toEqual({ feedback: 0, outbox: 0, photos: 0 });
    // A person whose form was sent quickly (or whose browser autofilled the hidden field) gets through by solving it.
    const challenge = ((await (await post(shop, { ...base, fillMs: 300 })).json()) as { challenge: Challenge }).challenge;
    const pow = Buffer.from(JSON.stringify({ ...challenge, number: solve(challenge) })).toString('base64');
    const stored = await post(shop, { ...base, fillMs: 300 }, { 'x-rapport-pow': pow });
    expect(stored.status).toBe(201);
    expect(((await stored.json()) as { reference: string }).reference).toMatch(/^FB-/);
    expect((await counts(db, shop.id)).feedback).toBe(1);
  });

  it('validates every field with field paths and changes nothing', async () => {
    const { shop } = await makeShop(db);
    const cases: [unknown, string][] = [
      [{ ...base, text: 'x'.repeat(5001) }, 'body.text'],
      [{ ...base, text: '   ' }, 'body.text'],
      [{ ...base, email: 'not-an-email' }, 'body.email'],
      [{ ...base, score: 9 }, 'body.score'],
      [{ ...base, scoreType: 'nps', score: 11 }, 'body.score'],
      [{ ...base, kind: 'rant' }, 'body.kind'],
      [{ ...base, locale: 'fr' }, 'body.locale'],
      [{ ...base, context: { productId: 'nope' } }, 'body.context.productId'],
      [{ ...base, context: { pageUrl: 'javascript:alert(document.cookie)' } }, 'body.context.pageUrl'],
    ];
    for (const [body, path] of cases) {
      const p = await expectProblem(await post(shop, body), 400, 'validation');
      expect(p.errors?.map((e) => e.path)).toContain(path);
    }
    await expectProblem(await post(shop, base, { 'idempotency-key': '' }), 400, 'validation');
    await expectProblem(await post(shop, { ...base, context: { productId: randomUUID() } }), 422, 'unprocessable');
    expect(await counts(db, shop.id)).toEqual({ feedback: 0, outbox: 0, photos: 0 });
  });

  it('stores uploaded photos (without their metadata) with their previews, each upload used once, and refuses what it does not know', async () => {
    const { shop } = await makeShop(db);
    const photo = await uploadedPhoto(app, shop.publicKey, pngWithText());
    const preview = await uploadedPhoto(app, shop.publicKey, pngDeclaring(64, 48));
    const ok = await post(shop, { ...base, photos: [{ upload: photo, preview, name: 'lid.png' }] });
    expect(ok.status).toBe(201);
    const [row] = await withShop(db.sql, shop.id, (tx) => tx`select content_type, bytes, width, height, preview_type from feedback_photos`);
    expect(row).toMatchObject({ content_type: 'image/png', width: 2, height: 2, preview_type: 'image/png' });
    expect(Buffer.from(row.bytes).includes('GPS 45.5231')).toBe(false);
    // An upload is taken by the submission that names it: naming it again finds nothing.
    const again = await expectProblem(await post(shop, { ...base, photos: [{ upload: photo }] }), 422, 'unprocessable');
    expect(again.errors?.[0].path).toBe('body.photos.0.upload');
    // Another shop's upload is not this shop's (row-level security hides it).
    const other = await makeShop(db);
    const theirs = await uploadedPhoto(app, other.shop.publicKey, pngWithText());
    await expectProblem(await post(shop, { ...base, photos: [{ upload: theirs }] }), 422, 'unprocessable');
    // A "preview" as big as a photo is refused.
    const [p2, big] = [await uploadedPhoto(app, shop.publicKey, pngWithText()), await uploadedPhoto(app, shop.publicKey, pngDeclaring(2000, 1500))];
    const tooBig = await expectProblem(await post(shop, { ...base, photos: [{ upload: p2, preview: big }] }), 422, 'unprocessable');
    expect(tooBig.errors?.[0].path).toBe('body.photos.0.preview');
    await expectProblem(await post(shop, { ...base, photos: Array(4).fill({ upload: photo }) }), 400, 'validation');
    expect(await counts(db, shop.id)).toEqual({ feedback: 1, outbox: 0, photos: 1 });
  });

  it('asks for a proof of work past the rate limit, accepts a solved one once, and keeps refusing without', async () => {
    const { shop } = await makeShop(db);
    for (let i = 0; i < FEEDBACK_RATE.perClient.hits; i++) expect((await post(shop, base)).status).toBe(201);
    const limited = await post(shop, base);
    const p = await expectProblem(limited, 429, 'rate-limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const challenge = p.challenge as Challenge;
    expect(challenge).toMatchObject({ algorithm: 'SHA-256' });
    const n = solve(challenge);
    const pow = Buffer.from(JSON.stringify({ ...challenge, number: n })).toString('base64');
    expect((await post(shop, base, { 'x-rapport-pow': pow })).status).toBe(201);
    await expectProblem(await post(shop, base, { 'x-rapport-pow': pow }), 429, 'rate-limited');
    const forged = Buffer.from(JSON.stringify({ ...challenge, number: n, signature: 'f'.repeat(64) })).toString('base64');
    await expectProblem(await post(shop, base, { 'x-rapport-pow': forged }), 429, 'rate-limited');
    expect((await counts(db, shop.id)).feedback).toBe(FEEDBACK_RATE.perClient.hits + 1);
  });

  it('counts the rate limit per client address, trusting X-Forwarded-For only behind a declared proxy', async () => {
    const { shop } = await makeShop(db);
    for (let i = 0; i < FEEDBACK_RATE.perClient.hits; i++) expect((await post(shop, base, { 'x-forwarded-for': `198.51.100.${i}` })).status).toBe(201);
    // A client cannot buy a fresh allowance by claiming another address.
    await expectProblem(await post(shop, base, { 'x-forwarded-for': '198.51.100.99' }), 429, 'rate-limited');
    const behindProxy = testApp(db, { TRUST_PROXY: 'true' });
    const res = await behindProxy.request(`${BASE}/v1/feedback`, jsonReq('POST', base, {
      'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID(), 'x-forwarded-for': 'spoofed, 203.0.113.7',
    }));
    expect(res.status).toBe(201);
  });

  it("counts only what the shop accepted toward its shop-wide limit: one client's refused flood never puts a challenge before other shoppers", async () => {
    const { shop } = await makeShop(db);
    const bucket = `feedback:shop:${shop.id}`;
    const window = FEEDBACK_RATE.perShop.seconds;
    // Once the flooding client's allowance is accepted, the shop is one message short of its hourly limit.
    await db.sql`insert into rate_limits (bucket, window_start, hits)
      values (${bucket}, to_timestamp(floor(extract(epoch from now()) / ${window}) * ${window}), ${FEEDBACK_RATE.perShop.hits - 1 - FEEDBACK_RATE.perClient.hits})`;
    const behindProxy = testApp(db, { TRUST_PROXY: 'true' });
    const from = (ip: string, headers: Record<string, string> = {}) => behindProxy.request(`${BASE}/v1/feedback`, jsonReq('POST', base, {
      'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID(), 'x-forwarded-for': ip, ...headers,
    }));
    // A flooding client is refused again and again…
    for (let i = 0; i < FEEDBACK_RATE.perClient.hits; i++) expect((await from('203.0.113.66')).status).toBe(201);
    for (let i = 0; i < 20; i++) await expectProblem(await from('203.0.113.66'), 429, 'rate-limited');
    // …and a new shopper is still let straight through, because refusals did not count.
    expect((await from('198.51.100.1')).status).toBe(201);
    // Now the shop's limit is reached by what it accepted: the next new shopper is asked for a proof of work.
    await expectProblem(await from('198.51.100.2'), 429, 'rate-limited');
  });

  it('makes the proof of work dearer the further a client floods past its limit', async () => {
    const { shop } = await makeShop(db);
    const sizes: number[] = [];
    for (let i = 0; i < FEEDBACK_RATE.perClient.hits * 4; i++) {
      const res = await post(shop, base);
      if (res.status === 429) sizes.push(((await res.json()) as { challenge: Challenge }).challenge.maxnumber);
    }
    expect(sizes[0]).toBe(100_000);
    expect(sizes.at(-1)!).toBeGreaterThanOrEqual(4 * sizes[0]);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  });

  it('does not take kinds the owner hid', async () => {
    const { shop } = await makeShop(db);
    await db.sql`update shops set settings = ${db.sql.json({ feedback: { hiddenKinds: ['praise'] } })} where id = ${shop.id}`;
    const p = await expectProblem(await post(shop, { ...base, kind: 'praise' }), 400, 'validation');
    expect(p.errors?.[0].path).toBe('body.kind');
  });
});
