import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { createLogger } from '../../../server/kernel/log.ts';
import { MailWorker } from '../../../server/kernel/mail/sender.ts';
import { makeShop, testApp, testDb, uniq } from '../helpers/db.ts';
import { BASE, jsonReq } from '../helpers/http.ts';
import { freePort, startSmtp } from '../../helpers/smtp.ts';

const db = testDb();
const app = testApp(db, { PUBLIC_URL: 'https://rapport.example' });
const log = createLogger('silent');
const workers: MailWorker[] = [];
afterAll(async () => {
  for (const w of workers) await w.stop();
});

function worker(url?: string) {
  const w = new MailWorker({ sql: db.sql, log, domain: 'rapport.example', transport: url ? nodemailer.createTransport(url) : undefined });
  workers.push(w);
  return w;
}

async function sendFeedback(locale: 'en' | 'zh-Hans' | 'zh-Hant', email: string) {
  const { shop } = await makeShop(db);
  const text = locale === 'en' ? 'The lamp flickers' : locale === 'zh-Hans' ? '台灯一直闪烁，怎么办？' : '檯燈一直閃爍，怎麼辦？';
  const res = await app.request(`${BASE}/v1/feedback`, jsonReq('POST', { kind: 'complaint', scoreType: 'none', text, email, locale, fillMs: 5000 },
    { 'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID() }));
  expect(res.status).toBe(201);
  const [mail] = await withShop(db.sql, shop.id, (tx) => tx`select id, status from outbox where to_address = ${email}`);
  return { shop, mailId: mail.id as string };
}

const status = async (shopId: string, id: string) =>
  (await withShop(db.sql, shopId, (tx) => tx`select status, attempts, last_error, next_attempt_at from outbox where id = ${id}`))[0];

/**
 * Other test files queue mail in the same database at the same time, and a pass takes a
 * batch of whatever is due: run passes until this mail was attempted (or nothing is due).
 */
async function passUntilAttempted(w: MailWorker, shopId: string, id: string, attempts = 1) {
  for (let i = 0; i < 50; i++) {
    if ((await status(shopId, id)).attempts >= attempts) return;
    if ((await w.runOnce()) === 0) return;
  }
}

describe('the mail outbox and worker', () => {
  it('sends the auto-reply over SMTP with both parts, the shop as sender, the language, and a Message-ID from the outbox id', async () => {
    const smtp = await startSmtp();
    try {
      const email = `zh-${uniq()}@example.com`;
      const { shop, mailId } = await sendFeedback('zh-Hans', email);
      await passUntilAttempted(worker(smtp.url), shop.id, mailId);
      const mine = smtp.received.filter((m) => m.envelopeTo.includes(email));
      expect(mine).toHaveLength(1);
      const { mail } = mine[0];
      expect(mail.messageId).toBe(`<${mailId}@rapport.example>`);
      expect(mail.from?.value[0]).toMatchObject({ name: shop.name, address: 'no-reply@rapport.example' });
      expect(mail.subject).toMatch(/^我们已收到您的留言 — FB-/);
      expect(mail.headers.get('content-language')).toBe('zh-Hans');
      expect(mail.text).toContain('台灯一直闪烁');
      expect(mail.text).toContain('24 小时');
      expect(mail.html).toContain('lang="zh-Hans"');
      expect(mail.html).toContain('台灯一直闪烁');
      expect((await status(shop.id, mailId)).status).toBe('sent');
    } finally {
      await smtp.close();
    }
  });

  it('keeps mail queued while SMTP is down, retries with backoff, and sends it once when SMTP is back', async () => {
    const port = await freePort();
    const email = `down-${uniq()}@example.com`;
    const { shop, mailId } = await sendFeedback('en', email);
    const w = worker(`smtp://127.0.0.1:${port}`);
    await passUntilAttempted(w, shop.id, mailId);
    const failed = await status(shop.id, mailId);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(new Date(failed.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
    // Not due yet: another pass does not try again.
    await w.runOnce();
    expect((await status(shop.id, mailId)).attempts).toBe(1);
    const smtp = await startSmtp(port);
    try {
      await withShop(db.sql, shop.id, (tx) => tx`update outbox set next_attempt_at = now() where id = ${mailId}`);
      await passUntilAttempted(w, shop.id, mailId, 2);
      await w.runOnce();
      expect(smtp.received.filter((m) => m.envelopeTo.includes(email))).toHaveLength(1);
      expect(await status(shop.id, mailId)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    } finally {
      await smtp.close();
    }
  });

  it('re-sends a mail whose sender died after claiming it, with the same Message-ID', async () => {
    const smtp = await startSmtp();
    try {
      const email = `lease-${uniq()}@example.com`;
      const { shop, mailId } = await sendFeedback('en', email);
      // A worker claimed it (lease) and died before marking it sent.
      await withShop(db.sql, shop.id, (tx) => tx`update outbox set attempts = 1, next_attempt_at = now() + interval '2 minutes' where id = ${mailId}`);
      await worker(smtp.url).runOnce();
      expect(smtp.received.filter((m) => m.envelopeTo.includes(email))).toHaveLength(0);
      await withShop(db.sql, shop.id, (tx) => tx`update outbox set next_attempt_at = now() where id = ${mailId}`);
      await passUntilAttempted(worker(smtp.url), shop.id, mailId, 2);
      const got = smtp.received.filter((m) => m.envelopeTo.includes(email));
      expect(got.map((m) => m.mail.messageId)).toEqual([`<${mailId}@rapport.example>`]);
    } finally {
      await smtp.close();
    }
  });

  it('keeps mail for the admin mail log when no SMTP is configured', async () => {
    const email = `keep-${uniq()}@example.com`;
    const { shop, mailId } = await sendFeedback('zh-Hant', email);
    await passUntilAttempted(worker(), shop.id, mailId);
    expect((await status(shop.id, mailId)).status).toBe('kept');
    const [row] = await withShop(db.sql, shop.id, (tx) => tx`select subject, text_body from outbox where id = ${mailId}`);
    expect(row.subject).toMatch(/^我們已收到您的留言/);
    expect(row.text_body).toContain('檯燈一直閃爍');
  });
});
