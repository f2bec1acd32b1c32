/**
 * Feedback end to end: a signed-in shopper on the demo store sends a complaint about an
 * order (and another while offline, sent once when back online), gets the auto-reply; a
 * merchant finds it in the admin inbox with the order attached, replies and resolves it;
 * the shopper receives the reply and the satisfaction mail and answers it. Real server,
 * real SMTP server, real Chromium. At a shared computer, the next person never writes as
 * the shopper who signed out of the store; a photo's preview shows under the store's strict
 * CSP. Then: mail committed before a crash still goes out.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { removeDataDir, startServer, tempDataDir, type StartedServer } from '../helpers/server-process.ts';
import { ownerAdminApi } from './admin-api.ts';
import { freePort, startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { pngWithText } from '../server/helpers/images.ts';
import { launch, SHOTS, watchedPage } from './browser.ts';

let server: StartedServer;
let smtp: TestSmtp;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ env: { SMTP_URL: smtp.url, JOB_POLL_MS: '200' } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  await smtp?.close();
  removeDataDir(server.dataDir);
  expect(code).toBe(0);
});

/** Widgets refuse forms sent faster than a person could; wait like one. */
const likeAPerson = (page: Page) => page.waitForTimeout(2200);

async function sendComplaint(page: Page, text: string) {
  const form = page.locator('rapport-feedback');
  await form.getByRole('radio', { name: 'Complaint' }).check();
  await form.getByRole('radio', { name: 'Dissatisfied', exact: true }).check();
  await form.getByLabel('Your message').fill(text);
  await likeAPerson(page);
  await form.getByRole('button', { name: 'Send feedback' }).click();
}

describe('feedback', () => {
  let customerEmail = '';
  let orderNumber = '';

  it('a signed-in shopper sends a complaint about an order and sees the promised response time', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(server.baseUrl + '/orders');
    await page.locator('#demo-customer').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Sign in' }).click();
    const link = page.getByRole('link', { name: /^Feedback / }).first();
    orderNumber = (await link.getAttribute('aria-label'))!.replace('Feedback ', '');
    await link.click();
    await expect.poll(() => page.url()).toContain(`/help?order=${orderNumber}`);
    await page.waitForFunction(() => (window as unknown as { Rapport?: { session: unknown } }).Rapport?.session, undefined, { timeout: 15_000 });
    // The form shows which order it is about: its number, date and items.
    const order = page.locator('rapport-feedback').locator('[part~=order]');
    await expect.poll(() => order.textContent(), { timeout: 15_000 }).toMatch(new RegExp(`Order ${orderNumber}\\s+Placed on \\w+ \\d+, \\d{4}\\s+\\S.* × \\d`));
    await sendComplaint(page, 'The celadon teapot arrived with a cracked lid.');
    const thanks = page.locator('rapport-feedback');
    await expect.poll(() => thanks.getByText('We answer complaints within 24 hours.').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => thanks.getByText(/Your reference number: FB-/).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/feedback-thanks.png` });
    const [mail] = await smtp.waitFor(1);
    customerEmail = mail.envelopeTo[0];
    expect(mail.mail.subject).toMatch(/^We received your message — FB-/);
    expect(mail.mail.text).toContain('cracked lid');
    expect(mail.mail.text).toContain('within 24 hours');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a complaint sent offline is kept, then sent once when the shopper is back online', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(server.baseUrl + '/orders');
    await page.locator('#demo-customer').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.goto(`${server.baseUrl}/help?order=${orderNumber}`);
    await page.locator('rapport-feedback').getByRole('radio', { name: 'Complaint' }).waitFor();
    // The shopper is known once the store's proof was exchanged; only then does the connection drop.
    await page.waitForFunction(() => (window as unknown as { Rapport?: { session: unknown } }).Rapport?.session, undefined, { timeout: 15_000 });
    await page.context().setOffline(true);
    await sendComplaint(page, 'Sent from the train: the spout leaks as well.');
    await expect.poll(() => page.locator('rapport-feedback').getByText('Saved on this device').count(), { timeout: 15_000 }).toBe(1);
    await page.screenshot({ path: `${SHOTS}/feedback-offline.png` });
    await page.context().setOffline(false);
    const mails = await smtp.waitFor(2, 30_000);
    expect(mails[1].mail.text).toContain('the spout leaks');
    await page.waitForTimeout(1500);
    expect(smtp.received.filter((m) => m.mail.text?.includes('the spout leaks'))).toHaveLength(1);
    await page.context().close();
  });

  it('the merchant finds it in the inbox with the order, replies and resolves; the shopper gets both mails and rates the handling', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(server.baseUrl + '/admin');
    await page.getByLabel(/email/i).fill(server.demo!.adminEmail);
    await page.getByLabel(/password/i).fill(server.demo!.adminPassword);
    await page.getByRole('button', { name: /sign in/i }).click();
    const item = page.getByRole('link', { name: /cracked lid/ });
    await item.waitFor({ timeout: 15_000 });
    // Exactly two complaints: the offline one was not stored twice.
    await expect.poll(() => page.getByRole('link', { name: /the spout leaks/ }).count()).toBe(1);
    await item.click();
    await expect.poll(() => page.getByText(orderNumber).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByLabel('Your reply').fill('We are so sorry — a new teapot ships today.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => page.getByText('a new teapot ships today').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByLabel('Status').selectOption('resolved');
    const all = await smtp.waitFor(4, 30_000);
    const reply = all.find((m) => m.mail.text?.includes('a new teapot ships today'))!;
    const survey = all.find((m) => /how did we do/.test(m.mail.subject ?? ''))!;
    expect(reply.envelopeTo).toEqual([customerEmail]);
    expect(survey.envelopeTo).toEqual([customerEmail]);
    expect(survey.mail.html).toContain('/satisfaction/5');
    await page.screenshot({ path: `${SHOTS}/feedback-admin-detail.png` });

    const shopper = await watchedPage(browser);
    // The customer answers from the reply mail's link, as any mail client opens it (no Referer).
    const threadLink = /(http:\/\/\S+\/thread\/\S+)/.exec(reply.mail.text!)![1];
    await shopper.page.goto(threadLink, { referer: '' });
    await shopper.page.getByLabel('Your reply').fill('Thank you, the new teapot is perfect.');
    await shopper.page.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => shopper.page.getByText('Thank you — your reply was sent.').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => shopper.page.getByText('Thank you, the new teapot is perfect.').count()).toBe(1);
    await shopper.page.screenshot({ path: `${SHOTS}/feedback-thread.png` });
    // The satisfaction link opens the question; the click records it.
    const rate = /(http:\/\/\S+\/satisfaction\/4)/.exec(survey.mail.text!)![1];
    await shopper.page.goto(rate, { referer: '' });
    await shopper.page.getByRole('button', { name: 'Rate 4 of 5' }).click();
    await expect.poll(() => shopper.page.getByText('Thank you for your answer!').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByText('4/5').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await shopper.page.context().close();
    await page.context().close();
  });
});

/** Reads of the owner's admin API (`get(path)`), as the admin app makes them. */
async function adminApi() {
  const admin = await ownerAdminApi(server);
  return <T>(path: string) => admin<T>('GET', path);
}

interface Filed { contactEmail: string | null; customerName: string | null; customer: { id: string | null; name: string | null; email: string | null } | null }

/** The stored feedback whose text contains `words`, as the merchant's inbox has it. */
async function filedAs(words: string): Promise<Filed> {
  const get = await adminApi();
  const inbox = await get<{ items: { id: string }[] }>(`/inbox?q=${encodeURIComponent(words)}`);
  expect(inbox.items).toHaveLength(1);
  return get<Filed>(`/feedback/${inbox.items[0].id}`);
}

async function signInAs(page: Page, externalId: string) {
  await page.locator('#demo-customer').selectOption(externalId);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

const emailField = (page: Page) => page.locator('rapport-feedback').getByLabel('Email', { exact: true });

describe('a shared computer', () => {
  it('after the shopper signs out of the store, the next person neither sees their email nor writes as them', async () => {
    const { page, errors } = await watchedPage(browser);
    const tag = randomUUID().slice(0, 8);
    const ava = { name: 'Ava Thompson', email: 'ava.thompson@example.com' };
    const marcus = { name: 'Marcus Johnson', email: 'marcus.johnson@example.com' };
    await page.goto(server.baseUrl + '/help');
    await signInAs(page, 'cust_1001');
    await page.waitForFunction(() => (window as unknown as { Rapport?: { session: unknown } }).Rapport?.session, undefined, { timeout: 15_000 });
    await expect.poll(() => emailField(page).inputValue(), { timeout: 15_000 }).toBe(ava.email);
    await sendComplaint(page, `Ava ${tag}: the kettle whistles too early.`);
    await expect.poll(() => page.locator('rapport-feedback').getByText(/Your reference number: FB-/).count(), { timeout: 15_000 }).toBe(1);

    // Ava signs out of the store (its own header), and walks away; the tab stays open.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#demo-customer').waitFor();
    await expect.poll(() => page.url()).toContain('/help');
    // From its first render on, the form is a guest's: no email, no name of Ava's, ever.
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      const widget = page.locator('rapport-feedback');
      if (await emailField(page).count()) seen.push(await emailField(page).inputValue(), (await widget.textContent()) ?? '');
      seen.push(await widget.evaluate((el) => el.shadowRoot?.textContent ?? ''));
      await page.waitForTimeout(200);
    }
    expect(seen.join(' ')).not.toContain(ava.email);
    expect(seen.join(' ')).not.toContain(ava.name);
    await expect.poll(() => emailField(page).inputValue(), { timeout: 15_000 }).toBe('');
    expect(await emailField(page).getAttribute('readonly')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { Rapport?: { session: unknown } }).Rapport?.session ?? null)).toBeNull();
    await page.screenshot({ path: `${SHOTS}/feedback-after-sign-out.png` });
    // The next person writes as a guest, with their own address.
    const guest = `next-${tag}@example.com`;
    await emailField(page).fill(guest);
    await sendComplaint(page, `Guest ${tag}: is the kettle covered by warranty?`);
    await expect.poll(() => page.locator('rapport-feedback').getByText(/Your reference number: FB-/).count(), { timeout: 15_000 }).toBe(1);

    // Or signs in as themselves: the form is theirs, not Ava's.
    await page.goto(server.baseUrl + '/help');
    await signInAs(page, 'cust_1004');
    await expect.poll(() => emailField(page).inputValue(), { timeout: 15_000 }).toBe(marcus.email);
    await sendComplaint(page, `Marcus ${tag}: the teapot lid rattles.`);
    await expect.poll(() => page.locator('rapport-feedback').getByText(/Your reference number: FB-/).count(), { timeout: 15_000 }).toBe(1);

    // What the merchant has: each under the person who wrote it.
    const byAva = await filedAs(`Ava ${tag}`);
    expect(byAva.customer?.email).toBe(ava.email);
    const byGuest = await filedAs(`Guest ${tag}`);
    expect(byGuest.customer?.id ?? null).toBeNull();
    expect(byGuest.contactEmail).toBe(guest);
    expect(byGuest.customerName).toBeNull();
    const byMarcus = await filedAs(`Marcus ${tag}`);
    expect(byMarcus.customer?.email).toBe(marcus.email);
    expect(byMarcus.customer?.name).toBe(marcus.name);
    expect(byMarcus.customer?.id).not.toBe(byAva.customer?.id);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('photos under the store’s CSP', () => {
  it('a photo attached in the widget shows its preview on the demo store, whose CSP forbids blob: images', async () => {
    const { page, errors } = await watchedPage(browser);
    // Every CSP violation on the page, also those inside a widget's shadow root.
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    });
    const res = await page.goto(server.baseUrl + '/help');
    const csp = (await res!.allHeaders())['content-security-policy'];
    expect(csp).toMatch(/img-src 'self' data:(;|$)/);
    const form = page.locator('rapport-feedback');
    await form.getByLabel('Your message').waitFor({ timeout: 15_000 });
    await form.locator('input[type=file]').setInputFiles({ name: 'lid.png', mimeType: 'image/png', buffer: pngWithText() });
    const preview = form.locator('[part~=photos] img');
    await expect.poll(() => preview.count(), { timeout: 10_000 }).toBe(1);
    await preview.waitFor({ state: 'visible' });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await preview.getAttribute('alt')).toContain('lid.png');
    expect(await preview.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/feedback-photo-preview.png` });
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    // It goes out with the message, and the merchant has the photo.
    await emailField(page).fill(`photo-${randomUUID().slice(0, 8)}@example.com`);
    const tag = randomUUID().slice(0, 8);
    await sendComplaint(page, `Photo ${tag}: see the crack on the lid.`);
    await expect.poll(() => form.getByText(/Your reference number: FB-/).count(), { timeout: 15_000 }).toBe(1);
    const get = await adminApi();
    const inbox = await get<{ items: { id: string; photoCount: number }[] }>(`/inbox?q=${encodeURIComponent(`Photo ${tag}`)}`);
    expect(inbox.items.map((i) => i.photoCount)).toEqual([1]);
    // (By now this address has sent more than its share, so the send may have met a 429 and solved a proof of work: not a CSP matter.)
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.context().close();
  });
});

describe('mail committed before a crash', () => {
  it('goes out after the server restarts, once SMTP is reachable', async () => {
    const port = await freePort();
    const dataDir = tempDataDir();
    const env = { SMTP_URL: `smtp://127.0.0.1:${port}`, JOB_POLL_MS: '200', JOB_LEASE_SECONDS: '3' };
    const first = await startServer({ dataDir, env });
    const email = `crash-${randomUUID().slice(0, 8)}@example.com`;
    const res = await fetch(`${first.baseUrl}/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rapport-shop': first.demo!.publicKey, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ kind: 'question', scoreType: 'none', text: 'Do you ship to Norway?', email, locale: 'en', fillMs: 8000 }),
    });
    expect(res.status).toBe(201);
    first.proc.kill('SIGKILL');
    await new Promise((r) => first.proc.once('exit', r));
    const down = await startSmtp(port);
    try {
      const second = await startServer({ dataDir, env });
      try {
        // Whether the crash came mid-send (lease) or after a failed attempt (30 s backoff), it is retried.
        const got = await down.waitFor(1, 90_000);
        expect(got[0].envelopeTo).toEqual([email]);
        // A guest's address: the reference, not the sender's words (the shop is no relay).
        expect(got[0].mail.text).toMatch(/Your reference number: FB-/);
        expect(got[0].mail.text).not.toContain('ship to Norway');
      } finally {
        await second.stop();
      }
    } finally {
      await down.close();
      removeDataDir(dataDir);
    }
  }, 180_000);
});
