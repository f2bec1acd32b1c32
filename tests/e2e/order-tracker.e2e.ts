/**
 * Order tracking end to end (issue 9): the demo shop's Shopify and WooCommerce webhook secrets
 * are set with `npm run rapport -- webhook:secret`; the shared Shopify fixtures (product,
 * customer, orders/create, fulfillments/update, fulfillment_events/create, refunds/create) and
 * WooCommerce order 727 (created, then completed with a Shipment Tracking parcel) are signed with
 * them and posted to the started server, dated as a platform would send them today. A guest
 * looks each order up on the demo /orders page in Chromium and sees its timeline, carrier link
 * and estimate; a verified demo customer sees their orders without typing; a replayed delivery
 * and a forged one change nothing; with shipment emails switched on in the admin API, the
 * WooCommerce order's shipment reaches the test's SMTP server, in the layout, with the links;
 * the owner gives the order's shipping method ("Flat Rate") days of its own in Admin →
 * Settings and the guest's estimate follows them. Real server process, embedded database, real SMTP server, real Chromium.
 */
import { spawnSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_DELIVERY_DAYS } from '../../server/orders/limits.ts';
import { fixtureBytes } from '../plugin-adapters/helpers.ts';
import { edited } from '../server/orders/webhook-helpers.ts';
import { removeDataDir, startServer, tempDataDir, type StartedServer } from '../helpers/server-process.ts';
import { ownerAdminApi } from './admin-api.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { launch, SHOTS, watchedPage } from './browser.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DAY = 86_400_000;
/** Noon UTC some days ago: the order's calendar day is the same in the demo shop's zone (UTC) and the browser's. */
const noonAgo = (days: number, hours = 0) => new Date(Math.floor(Date.now() / DAY) * DAY - days * DAY + 12 * 3_600_000 + hours * 3_600_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY));
/** How the tracker writes a calendar day in English. */
const longDay = (day: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

let dataDir: string;
let server: StartedServer;
let browser: Browser;
let smtp: TestSmtp;
const secrets: Record<'shopify' | 'woocommerce', string> = { shopify: '', woocommerce: '' };

/** `npm run rapport -- webhook:secret` on the server's embedded database (one process at a time: the server is stopped). */
function setWebhookSecret(shop: string, platform: 'shopify' | 'woocommerce'): string {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'webhook:secret', '--shop', shop, '--platform', platform, '--json'], { cwd: ROOT, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`webhook:secret failed: ${run.stderr}${run.stdout}`);
  return JSON.parse(run.stdout).secret;
}

beforeAll(async () => {
  dataDir = tempDataDir();
  // The first start creates the demo shop; its webhook secrets are set as a merchant would, then it starts again.
  const first = await startServer({ dataDir });
  const shopKey = first.demo!.publicKey;
  expect(await first.stop()).toBe(0);
  secrets.shopify = setWebhookSecret(shopKey, 'shopify');
  secrets.woocommerce = setWebhookSecret(shopKey, 'woocommerce');
  smtp = await startSmtp();
  server = await startServer({ dataDir, env: { SMTP_URL: smtp.url, JOB_POLL_MS: '200' } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  await smtp?.close();
  removeDataDir(dataDir);
  expect(code).toBe(0);
});

/** A Shopify delivery: base64 HMAC-SHA256 of the raw body with the app's secret, topic and webhook id headers. */
function postShopify(topic: string, body: string | Uint8Array, opts: { webhookId?: string; secret?: string } = {}) {
  const hmac = createHmac('sha256', opts.secret ?? secrets.shopify).update(body).digest('base64');
  return fetch(`${server.baseUrl}/webhooks/shopify/${server.demo!.shopId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-topic': topic, 'x-shopify-webhook-id': opts.webhookId ?? randomUUID(), 'x-shopify-hmac-sha256': hmac },
    body: body as BodyInit,
  });
}

/** A WooCommerce delivery: base64 HMAC-SHA256 of the raw body with the webhook's secret. */
function postWoo(topic: string, body: string) {
  return fetch(`${server.baseUrl}/webhooks/woocommerce/${server.demo!.shopId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wc-webhook-topic': topic, 'x-wc-webhook-signature': createHmac('sha256', secrets.woocommerce).update(body).digest('base64') },
    body,
  });
}

async function outcomeOf(res: Response): Promise<string> {
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { outcome: string }).outcome;
}

/** What a guest's lookup answers (the API the widget calls). */
async function lookup(number: string, email: string) {
  const res = await fetch(`${server.baseUrl}/v1/orders/lookup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rapport-shop': server.demo!.publicKey },
    body: JSON.stringify({ number, email }),
  });
  expect(res.status).toBe(200);
  return res.json();
}

// Shopify order #1001 (bob.norman@hostmail.com): placed three days ago, its parcel created two days ago,
// updated (pending, label printed) yesterday. WooCommerce order 727 (john.doe@example.com): placed two days ago.
const placed = noonAgo(3);
const shopifyOrder = edited(fixtureBytes('shopify/order.json'), [['2008-01-10T11:00:00-05:00', placed.toISOString()], ['2014-01-22T15:58:27-05:00', noonAgo(2).toISOString()]]);
const shopifyWebhookId = randomUUID();
const wooPlaced = noonAgo(2);
const wooDay = isoDay(wooPlaced);
const wooCreated = edited(fixtureBytes('woocommerce/order-727.json'), [['2017-03-22', wooDay]]);
const UPS = '1Z5R89390357567127';
/** The same order a day later: completed, with the parcel the Shipment Tracking extension keeps in meta_data. */
const wooShipped = edited(fixtureBytes('woocommerce/order-727.json'), [
  ['"status": "processing"', '"status": "completed"'],
  ['"date_modified_gmt": "2017-03-22T19:28:08"', `"date_modified_gmt": "${isoDay(noonAgo(1))}T15:00:00"`],
  ['2017-03-22', wooDay],
  ['"meta_data": [\n    {', `"meta_data": [\n    {"id": 13107, "key": "_wc_shipment_tracking_items", "value": [{"tracking_id": "a1b2c3", "tracking_provider": "UPS", "tracking_number": "${UPS}", "date_shipped": "${Math.floor(noonAgo(1).getTime() / 1000)}"}]},\n    {`],
]);

const text = (page: Page, sel: string) => page.locator('rapport-order-tracker').locator(sel).allInnerTexts().then((t) => t.join(' | ').replace(/\s+/g, ' ').trim());

async function guestLookUp(page: Page, number: string, email: string) {
  await page.goto(server.baseUrl + '/orders');
  const tracker = page.locator('rapport-order-tracker');
  await tracker.getByLabel('Order number').fill(number);
  await tracker.getByLabel('Email address or shipping postcode of the order').fill(email);
  await tracker.getByRole('button', { name: 'Find my order' }).click();
  await tracker.locator('#order-title').waitFor({ timeout: 15_000 });
  return tracker;
}

/** The timeline as "step:state" words, parcel by parcel. */
const timeline = (page: Page) =>
  page.locator('rapport-order-tracker').locator('[part~=timeline] li').evaluateAll((lis) => lis.map((li) => `${li.querySelector('span')!.textContent}:${li.className}`));

/** The owner switches shipment emails on through the admin API, as the Settings page does. */
async function switchShipmentMailsOn() {
  const admin = await ownerAdminApi(server);
  await admin('PUT', '/settings/shipment-mails', { shipped: true, outForDelivery: true, delivered: true, delayed: true, trackingPageUrl: `${server.baseUrl}/orders` });
}

describe('order tracking from the platforms', () => {
  it('takes the signed Shopify and WooCommerce deliveries for the demo shop', async () => {
    await switchShipmentMailsOn();
    expect(await outcomeOf(await postShopify('products/create', fixtureBytes('shopify/product.json')))).toBe('accepted');
    expect(await outcomeOf(await postShopify('customers/create', fixtureBytes('shopify/customer.json')))).toBe('accepted');
    expect(await outcomeOf(await postShopify('orders/create', shopifyOrder, { webhookId: shopifyWebhookId }))).toBe('accepted');
    const update = edited(fixtureBytes('shopify/fulfillment.json'), [['2013-11-01T16:06:08-04:00', noonAgo(1, -4).toISOString()]]);
    expect(await outcomeOf(await postShopify('fulfillments/update', update))).toBe('accepted');
    // The fixture's checkpoint belongs to another store's parcel: here it is this order's parcel's.
    const event = edited(fixtureBytes('shopify/fulfillment_event.json'), [
      ['2608403447971', '255858046'], ['2776493818019', '450789469'], ['2021-01-25T16:32:23-05:00', noonAgo(1).toISOString()],
    ]);
    expect(await outcomeOf(await postShopify('fulfillment_events/create', event))).toBe('accepted');
    expect(await outcomeOf(await postShopify('refunds/create', fixtureBytes('shopify/refund.json')))).toBe('accepted');
    expect(await outcomeOf(await postWoo('order.created', wooCreated))).toBe('accepted');
    expect(await outcomeOf(await postWoo('order.updated', wooShipped))).toBe('accepted');
  });

  it('shows a guest the Shopify order: its items, the parcel\'s timeline, the carrier link and the estimate', async () => {
    const { page, errors } = await watchedPage(browser);
    const tracker = await guestLookUp(page, '1001', 'Bob.Norman@hostmail.com ');
    expect(await text(page, '#order-title')).toBe('Order #1001');
    expect(await text(page, '[part~=lines]')).toContain('IPod Nano - 8gb × 1');
    // Pending at the carrier with the label printed: ordered and paid, packed now, nothing after.
    expect(await timeline(page)).toEqual([
      'Ordered:done', 'Paid:done', 'Packed:current', 'Shipped:todo', 'In transit:todo', 'Out for delivery:todo', 'Delivered:todo',
    ]);
    expect(await tracker.locator('[aria-current=step]').innerText()).toContain('Packed');
    const link = tracker.locator('[part~=carrier-link]');
    expect(await link.getAttribute('href')).toBe('http://www.google.com/search?q=1Z2345');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await text(page, '[part~=parcel]')).toContain('Tracking number: 1Z2345');
    // No carrier date: the shop's processing + transit days from the day it was placed.
    const due = addDays(isoDay(placed), DEFAULT_DELIVERY_DAYS.processingDays + DEFAULT_DELIVERY_DAYS.transitDays);
    expect(await text(page, '[part~=parcel] [part~=estimate]')).toBe(`Estimated delivery: ${longDay(due)}`);
    expect(await tracker.locator('[part~=late]').count()).toBe(0);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/order-tracker-shopify-${width}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a guest the WooCommerce order shipped with UPS: the carrier named from the number, its link and the estimate', async () => {
    const { page, errors } = await watchedPage(browser);
    const tracker = await guestLookUp(page, '727', 'john.doe@example.com');
    expect(await text(page, '#order-title')).toBe('Order 727');
    // WooCommerce's "completed" is handed to the carrier, not delivered.
    expect(await text(page, '[part~=status]')).toBe('Shipped');
    expect(await text(page, '[part~=parcel]')).toContain(`Tracking number: ${UPS}`);
    expect(await text(page, '[part~=parcel]')).toContain('Carrier: UPS');
    const href = (await tracker.locator('[part~=carrier-link]').getAttribute('href'))!;
    expect(href).toMatch(/^https:\/\/[^/]*ups\.com\//);
    expect(href).toContain(UPS);
    expect(await timeline(page)).toEqual([
      'Ordered:done', 'Paid:done', 'Packed:done', 'Shipped:current', 'In transit:todo', 'Out for delivery:todo', 'Delivered:todo',
    ]);
    const due = addDays(isoDay(noonAgo(1)), DEFAULT_DELIVERY_DAYS.transitDays);
    expect(await text(page, '[part~=parcel] [part~=estimate]')).toBe(`Estimated delivery: ${longDay(due)}`);
    // The shipment email reached the shopper: once, with the carrier's link and the way back to this page.
    const shipped = (await smtp.waitFor(1, 30_000)).filter((m) => m.envelopeTo.includes('john.doe@example.com'));
    expect(shipped).toHaveLength(1);
    expect(shipped[0]!.mail.subject).toContain('727');
    expect(shipped[0]!.mail.text).toContain(UPS);
    expect(shipped[0]!.mail.html).toContain(`href="${server.baseUrl}/orders?order=727"`);
    expect(shipped[0]!.mail.text).toContain('because you ordered from');
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/order-tracker-woocommerce-${width}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a verified demo customer their orders without typing', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(server.baseUrl + '/orders');
    await page.locator('#demo-customer').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Sign in' }).click();
    const tracker = page.locator('rapport-order-tracker');
    const list = tracker.locator('[part~=orders] button');
    await list.first().waitFor({ timeout: 15_000 });
    // The same orders the store lists beside it.
    const storeNumbers = await page.locator('.orders-table .order-number').allInnerTexts();
    expect(storeNumbers.length).toBeGreaterThan(3);
    const listed = await list.allInnerTexts();
    for (const n of storeNumbers) expect(listed.some((l) => l.startsWith(`Order ${n}\n`)), n).toBe(true);
    expect(await tracker.getByLabel('Order number').count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: `${SHOTS}/order-tracker-customer-list-390.png`, fullPage: true });
    const shipped = list.filter({ hasText: 'Out for delivery' }).first();
    const number = /Order (\S+)/.exec(await shipped.innerText())![1];
    await shipped.click();
    await tracker.locator('#order-title').waitFor({ timeout: 15_000 });
    expect(await text(page, '#order-title')).toBe(`Order ${number}`);
    expect(await tracker.locator('[aria-current=step]').innerText()).toContain('Out for delivery');
    expect(await tracker.locator('[part~=carrier-link]').getAttribute('href')).toMatch(/^https:\/\//);
    expect(await text(page, '[part~=parcel] [part~=estimate]')).toMatch(/^Estimated delivery: \w+ \d+, \d{4}$/);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/order-tracker-customer-${width}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('changes nothing for a replayed delivery, and refuses a forged one with 401', async () => {
    const before = await lookup('#1001', 'bob.norman@hostmail.com');
    expect(await outcomeOf(await postShopify('orders/create', shopifyOrder, { webhookId: shopifyWebhookId }))).toBe('duplicate');
    expect(await lookup('#1001', 'bob.norman@hostmail.com')).toEqual(before);
    // Someone without the secret cancels the order: refused, and the order is as it was.
    const forgedBody = edited(Buffer.from(shopifyOrder), [['"cancelled_at": null', `"cancelled_at": "${new Date().toISOString()}"`], [placed.toISOString(), new Date().toISOString()]]);
    const forged = await postShopify('orders/cancelled', forgedBody, { secret: 'not-the-shop-secret' });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('content-type')).toContain('application/problem+json');
    expect(await lookup('#1001', 'bob.norman@hostmail.com')).toEqual(before);
    expect(before).toMatchObject({ number: '#1001', status: 'paid' });
    // The WooCommerce shipment again (a platform's retry): no second email.
    expect(await outcomeOf(await postWoo('order.updated', wooShipped))).toBe('duplicate');
    await new Promise((r) => setTimeout(r, 1500)); // the job runner polls every 200 ms
    expect(smtp.received.filter((m) => m.envelopeTo.includes('john.doe@example.com'))).toHaveLength(1);
  });

  it('estimates by the shipping method\'s own days once the owner sets them in Admin → Settings', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(server.baseUrl + '/admin');
    await page.getByLabel(/email/i).fill(server.demo!.adminEmail);
    await page.getByLabel(/password/i).fill(server.demo!.adminPassword);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    const card = page.locator('rapport-admin-delivery-rules');
    await card.getByRole('heading', { name: 'Delivery estimates' }).waitFor({ timeout: 15_000 });
    // The methods the shop's orders came with are offered: WooCommerce's "Flat Rate" among the demo's own.
    await expect.poll(() => card.getByText(/Your orders came with: .*Flat Rate/).count(), { timeout: 10_000 }).toBe(1);
    await card.getByRole('button', { name: 'Add a shipping method' }).click();
    await expect.poll(() => card.getByLabel('Shipping method').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.type('flat rate');
    await card.locator('.row').getByLabel('Days on the way').fill('2');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.getByRole('status').innerText()).toBe('Saved.');
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: `${SHOTS}/admin-delivery-rules-${width}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.context().close();

    // Shipped yesterday by "Flat Rate": 2 days on the way now, not the default 5.
    const guest = await watchedPage(browser);
    await guestLookUp(guest.page, '727', 'john.doe@example.com');
    const due = addDays(isoDay(noonAgo(1)), 2);
    expect(await text(guest.page, '[part~=parcel] [part~=estimate]')).toBe(`Estimated delivery: ${longDay(due)}`);
    // The admin asks for its session before signing in; the 401 answer is the only one allowed.
    expect(errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
    expect(guest.errors).toEqual([]);
    await guest.page.context().close();
  });
});
