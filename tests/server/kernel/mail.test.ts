import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { createJobRunner } from '../../../server/app.ts';
import { loadConfig } from '../../../server/config.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import type { JobRunner } from '../../../server/kernel/jobs/runner.ts';
import { createLogger } from '../../../server/kernel/log.ts';
import { makeShop, testApp, testDb, uniq } from '../helpers/db.ts';
import { BASE, jsonReq } from '../helpers/http.ts';
import { freePort, startSmtp } from '../../helpers/smtp.ts';

const db = testDb();
const app = testApp(db, { PUBLIC_URL: 'https://rapport.example' });
const log = createLogger('silent');
const config = loadConfig({ PUBLIC_URL: 'https://rapport.example' });
const workers: JobRunner[] = [];
afterAll(async () => {
  for (const w of workers) await w.stop();
});

/** The job runner as main.ts builds it, delivering over `url` (none: mail is kept). */
function worker(url?: string) {
  const w = createJobRunner({ db, config, log, transport: url ? nodemailer.createTransport(url) : undefined });
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

/** The mail's state in the outbox (what the mail log shows) and when its delivery job is due next. */
const status = async (shopId: string, id: string) =>
  (await withShop(db.sql, shopId, (tx) => tx`
    select o.status, o.attempts, o.last_error, j.run_at as next_attempt_at
    from outbox o join jobs j on j.kind = 'mail.send' and j.dedup_key = o.id::text where o.id = ${id}`))[0];
/** Makes the mail's delivery job due now (instead of waiting out its backoff or lease). */
const dueNow = (shopId: string, id: string) =>
  withShop(db.sql, shopId, (tx) => tx`update jobs set run_at = now(), locked_until = now() where kind = 'mail.send' and dedup_key = ${id}`);

/**
 * Other test files queue mail in the same database at the same time, and a pass takes a
 * batch of whatever is due: run passes until this mail was attempted (or nothing is due).
 */
async function passUntilAttempted(w: JobRunner, shopId: string, id: string, attempts = 1) {
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
      // A guest's address: the shop's own words and the reference, never what the sender wrote.
      expect(mail.text).not.toContain('台灯一直闪烁');
      expect(mail.text).toMatch(/您的参考编号：FB-/);
      expect(mail.text).toContain('24 小时');
      expect(mail.html).toContain('lang="zh-Hans"');
      expect(mail.html).not.toContain('台灯一直闪烁');
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
      await dueNow(shop.id, mailId);
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
      // A runner claimed it (lease) and died before marking it sent.
      await withShop(db.sql, shop.id, async (tx) => {
        await tx`update outbox set attempts = 1 where id = ${mailId}`;
        await tx`update jobs set status = 'running', attempts = 1, locked_until = now() + interval '2 minutes' where kind = 'mail.send' and dedup_key = ${mailId}`;
      });
      await worker(smtp.url).runOnce();
      expect(smtp.received.filter((m) => m.envelopeTo.includes(email))).toHaveLength(0);
      await dueNow(shop.id, mailId);
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
    expect(row.text_body).toMatch(/您的參考編號：FB-/);
  });
});
