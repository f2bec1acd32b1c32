/**
 * @module The shop is never a mail relay (issue 7 #14): mail to an address nobody verified
 * carries nothing the sender wrote; a shopper's actions can make the shop write to one
 * address, and in all, only so often a day; and a satisfaction survey goes only to people
 * the shop answered.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { issueSessionToken } from '../../../server/kernel/http/customer-session.ts';
import { MAIL_CAPS } from '../../../server/kernel/mail/db.ts';
import { makeShop, staffSession, testApp, testDb, uniq } from '../helpers/db.ts';
import { BASE, jsonReq } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db, { PUBLIC_URL: 'https://rapport.example', TRUST_PROXY: 'true' });
const PASSWORD = 'a long enough password';
const PHISH = 'URGENT: your account is locked, verify at https://evil.example/login now';

type Shop = Awaited<ReturnType<typeof makeShop>>['shop'];
/** From a fresh client address each time, so the per-client limit does not interfere. */
const send = (shop: Shop, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  app.request(`${BASE}/v1/feedback`, jsonReq('POST', { kind: 'question', scoreType: 'none', locale: 'en', fillMs: 5000, ...body }, {
    'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID(), 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}`, ...headers,
  }));
const mails = (shop: Shop, to: string) =>
  withShop(db.sql, shop.id, (tx) => tx<{ kind: string; status: string; subject: string; html_body: string; text_body: string; id: string }[]>`
    select id, kind, status, subject, html_body, text_body from outbox where to_address = ${to} order by created_at`);
const jobsFor = async (shop: Shop, outboxId: string) =>
  (await withShop(db.sql, shop.id, (tx) => tx`select count(*)::int as n from jobs where kind = 'mail.send' and dedup_key = ${outboxId}`))[0].n;

describe('mail a stranger can cause', () => {
  it('to an unverified address carries only the shop’s words and the reference, none of the sender’s', async () => {
    const { shop } = await makeShop(db);
    const victim = `victim-${uniq()}@example.com`;
    const res = await send(shop, { text: PHISH, email: victim });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    const [mail] = await mails(shop, victim);
    for (const part of [mail.subject, mail.html_body, mail.text_body]) {
      expect(part).not.toContain('evil.example');
      expect(part).not.toContain('URGENT');
    }
    expect(mail.text_body).toContain(reference);
    expect(mail.text_body).toContain(shop.name);
  });

  it("to a customer the store verified quotes their own message back", async () => {
    const { shop } = await makeShop(db);
    const ann = await withShop(db.sql, shop.id, (tx) => upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: 'ann', email: 'ann@example.com', name: 'Ann' }));
    const { token } = await issueSessionToken(shop, ann.id);
    expect((await send(shop, { text: 'The lid of my teapot is cracked' }, { authorization: `Bearer ${token}` })).status).toBe(201);
    const [mail] = await mails(shop, 'ann@example.com');
    expect(mail.text_body).toContain('The lid of my teapot is cracked');
  });

  it(`reaches one address at most ${MAIL_CAPS.perRecipientPerDay} times a day; the rest are kept as "limited" and never sent`, async () => {
    const { shop } = await makeShop(db);
    const victim = `flooded-${uniq()}@example.com`;
    for (let i = 0; i < MAIL_CAPS.perRecipientPerDay + 3; i++) expect((await send(shop, { text: `Question ${i}`, email: victim })).status).toBe(201);
    const all = await mails(shop, victim);
    expect(all.map((m) => m.status)).toEqual([...Array(MAIL_CAPS.perRecipientPerDay).fill('pending'), 'limited', 'limited', 'limited']);
    for (const m of all.slice(MAIL_CAPS.perRecipientPerDay)) expect(await jobsFor(shop, m.id)).toBe(0);
    // Another address still gets its auto-reply.
    const other = `other-${uniq()}@example.com`;
    await send(shop, { text: 'Hello', email: other });
    expect((await mails(shop, other)).map((m) => m.status)).toEqual(['pending']);
  });

  it('stays within the shop’s daily total, counted in PostgreSQL', async () => {
    const { shop } = await makeShop(db);
    await withShop(db.sql, shop.id, (tx) => tx`insert into mail_quota (shop_id, day, recipient, sent) values (${shop.id}, current_date, '*', ${MAIL_CAPS.perShopPerDay})`);
    const to = `late-${uniq()}@example.com`;
    expect((await send(shop, { text: 'Hello', email: to })).status).toBe(201);
    expect((await mails(shop, to)).map((m) => m.status)).toEqual(['limited']);
  });

  it('does not cap what staff write: a reply goes out even past the per-address cap', async () => {
    const { shop, owner } = await makeShop(db, { password: PASSWORD });
    const to = `long-thread-${uniq()}@example.com`;
    let id = '';
    for (let i = 0; i < MAIL_CAPS.perRecipientPerDay + 1; i++) id = ((await (await send(shop, { text: `Q${i}`, email: to })).json()) as { id: string }).id;
    const staff = await staffSession(app, owner.email, PASSWORD);
    expect((await staff.send('POST', `/v1/admin/feedback/${id}/replies`, { body: 'Here is your answer.' })).status).toBe(200);
    const replies = (await mails(shop, to)).filter((m) => m.kind === 'feedback.reply');
    expect(replies.map((m) => m.status)).toEqual(['pending']);
  });
});

describe('the satisfaction survey', () => {
  it('goes only to people the shop answered: resolving without a reply asks nobody', async () => {
    const { shop, owner } = await makeShop(db, { password: PASSWORD });
    const staff = await staffSession(app, owner.email, PASSWORD);
    const quiet = `praise-${uniq()}@example.com`;
    const answered = `question-${uniq()}@example.com`;
    const praise = ((await (await send(shop, { kind: 'praise', text: 'Lovely shop!', email: quiet })).json()) as { id: string }).id;
    const question = ((await (await send(shop, { text: 'Do you ship to Canada?', email: answered })).json()) as { id: string }).id;
    await staff.send('POST', `/v1/admin/feedback/${question}/replies`, { body: 'Yes, we do.' });
    expect((await staff.send('POST', '/v1/admin/feedback/bulk', { ids: [praise, question], action: 'resolve' })).status).toBe(200);
    expect((await mails(shop, quiet)).map((m) => m.kind)).toEqual(['feedback.received']);
    expect((await mails(shop, answered)).map((m) => m.kind)).toEqual(['feedback.received', 'feedback.reply', 'feedback.satisfaction']);
  });
});
