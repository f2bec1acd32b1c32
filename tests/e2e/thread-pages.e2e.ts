/**
 * The customer's pages opened from a feedback mail, in Chromium (issue 7 #11): a shopper
 * sends a complaint with a photo from the demo store; the links come from the mails the
 * real SMTP server receives. The thread page and the satisfaction page carry the shop's
 * name and colour, a link back to the store, times with their zone and the customer's own
 * photos, at 390 and 1280 px without sideways scroll.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_BRAND_COLOR } from '../../server/kernel/brand.ts';
import { removeDataDir, startServer, type StartedServer } from '../helpers/server-process.ts';
import { ownerAdminApi } from './admin-api.ts';
import { freePort, startSmtp, type Received, type TestSmtp } from '../helpers/smtp.ts';
import { pngWithText } from '../server/helpers/images.ts';
import { launch, SHOTS, watchedPage } from './browser.ts';

let server: StartedServer;
let smtp: TestSmtp;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtp();
  // Deployed as a shop would be: the store's address is known (PUBLIC_URL), so it is the way home.
  const port = await freePort();
  server = await startServer({ env: { SMTP_URL: smtp.url, JOB_POLL_MS: '200', PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  await smtp?.close();
  removeDataDir(server.dataDir);
  expect(code).toBe(0);
});

const WIDTHS = [390, 1280] as const;
const SHOP = 'Lumen & Leaf';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const adminApi = () => ownerAdminApi(server);

async function mailWith(test: (m: Received) => boolean): Promise<Received> {
  await expect.poll(() => smtp.received.some(test), { timeout: 30_000 }).toBe(true);
  return smtp.received.find(test)!;
}

/** What every customer page must show, at the page's current width. */
async function checkCustomerPage(page: Page, shot: string) {
  const color = rgb(DEFAULT_BRAND_COLOR);
  const header = page.locator('header');
  await expect.poll(() => header.locator('.shop').textContent()).toBe(SHOP);
  expect(await header.evaluate((h) => getComputedStyle(h).borderBottomColor)).toBe(color);
  const home = page.getByRole('link', { name: 'Back to the shop' });
  expect(await home.getAttribute('href')).toBe(`${server.baseUrl}/`);
  expect(await home.isVisible()).toBe(true);
  // The send button, or on the rating page the score the mail's link named.
  const button = page.locator('main form > button[type=submit], main button[aria-pressed=true]').first();
  expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(color);
  // Its own icon: the browser asks for no /favicon.ico (a 404 the page's errors would show).
  expect(await page.locator('link[rel=icon]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
  // Nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scroll at ${page.viewportSize()!.width} px`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/${shot}`, fullPage: true });
}

describe('the pages a customer opens from a feedback mail', () => {
  it('carry the shop, its way home, times with their zone and the customer’s photos, on a phone and a desktop', async () => {
    const shopper = await watchedPage(browser);
    const { page } = shopper;
    const tag = randomUUID().slice(0, 8);
    await page.goto(server.baseUrl + '/help');
    await page.locator('#demo-customer').selectOption('cust_1001');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForFunction(() => (window as unknown as { Rapport?: { session: unknown } }).Rapport?.session, undefined, { timeout: 15_000 });
    const form = page.locator('rapport-feedback');
    await form.getByRole('radio', { name: 'Complaint' }).check();
    await form.getByRole('radio', { name: 'Dissatisfied', exact: true }).check();
    // A long unbroken word (a pasted link) must wrap on a phone, not push the page sideways.
    await form.getByLabel('Your message').fill(`Thread ${tag}: the lid cracked in transit, see https://example.com/photos/${'x'.repeat(80)}`);
    await form.locator('input[type=file]').setInputFiles({ name: 'lid.png', mimeType: 'image/png', buffer: pngWithText() });
    await expect.poll(() => form.locator('[part~=photos] img').count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(2200); // widgets refuse forms sent faster than a person could
    await form.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => form.getByText(/Your reference number: FB-/).count(), { timeout: 15_000 }).toBe(1);

    // The merchant answers and resolves it: the reply mail and the satisfaction mail go out.
    const receipt = await mailWith((m) => /We received your message/.test(m.mail.subject ?? '') && !!m.mail.text?.includes(`Thread ${tag}`));
    const threadLink = /(http:\/\/\S+\/thread\/\S+)/.exec(receipt.mail.text!)![1];
    const admin = await adminApi();
    const inbox = await admin<{ items: { id: string; photoCount: number }[] }>('GET', `/inbox?q=${encodeURIComponent(`Thread ${tag}`)}`);
    expect(inbox.items.map((i) => i.photoCount)).toEqual([1]);
    const id = inbox.items[0].id;
    await admin('POST', `/feedback/${id}/replies`, { body: 'So sorry — a new lid is on its way.' });
    await admin('PATCH', `/feedback/${id}`, { status: 'resolved' });
    const survey = await mailWith((m) => /how did we do/i.test(m.mail.subject ?? '') && m.mail.text?.includes(threadLink.split('/thread/')[1]) === true);
    const rateLink = /(http:\/\/\S+\/satisfaction\/5)/.exec(survey.mail.text!)![1];

    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(threadLink, { referer: '' });
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Your request FB-/);
      // The request and the shop's reply, each with its time and the zone it is in.
      await expect.poll(() => page.getByText('a new lid is on its way').count()).toBe(1);
      expect(await page.locator('.shop-msg .who').textContent()).toContain(SHOP);
      const times = await page.locator('time').evaluateAll((ts) => ts.map((t) => ({ text: t.textContent ?? '', iso: t.getAttribute('datetime') ?? '' })));
      expect(times).toHaveLength(2);
      for (const t of times) {
        expect(t.text).toMatch(/\b(UTC|GMT([+-]\d{1,2}(:\d{2})?)?)$/);
        expect(Number.isNaN(Date.parse(t.iso))).toBe(false);
      }
      // The customer's own photo, shown (a small preview), the full one a click away.
      const photo = page.locator('.photos img');
      expect(await photo.count()).toBe(1);
      await photo.scrollIntoViewIfNeeded();
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await photo.isVisible()).toBe(true);
      expect(await photo.getAttribute('alt')).toBe('Your photo 1');
      const full = await page.request.get(new URL((await page.locator('.photos a').getAttribute('href'))!, page.url()).href);
      expect(full.status()).toBe(200);
      expect(full.headers()['content-type']).toBe('image/png');
      await page.evaluate(() => window.scrollTo(0, 0));
      await checkCustomerPage(page, `thread-page-${width}.png`);

      await page.goto(rateLink, { referer: '' });
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('How did we do?');
      expect(await page.getByRole('button', { name: 'Rate 5 of 5' }).getAttribute('aria-pressed')).toBe('true');
      await checkCustomerPage(page, `satisfaction-page-${width}.png`);
    }

    // On the phone: one tap records the score; the answer page is the shop's too, and leads home.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Rate 4 of 5' }).click();
    await expect.poll(() => page.getByText('Thank you for your answer!').count()).toBe(1);
    await expect.poll(() => page.locator('header .shop').textContent()).toBe(SHOP);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/satisfaction-rated-390.png`, fullPage: true });
    await page.getByRole('link', { name: 'Back to the shop' }).click();
    await expect.poll(() => page.title()).toContain(SHOP);
    expect(new URL(page.url()).origin).toBe(new URL(server.baseUrl).origin);
    expect(shopper.errors).toEqual([]);
    await page.context().close();
  });
});
