/**
 * Recommendations end to end, on the demo store in Chromium against the real server (its
 * demo shop seeded with earlier visitors' browsing and orders, and trained at start): a
 * signed-in customer views several products of one aisle and sees that aisle rise in "for
 * you" within seconds; a return of one product for "too small" (sent as the returns widget
 * sends it) brings that product back first in its next size up; turning personalization
 * off on the account page makes the lists non-personal; the merchant sees in the admin why
 * an item was recommended.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { DEMO_CUSTOMERS } from '../../demo/data/customers.ts';
import { DEMO_PRODUCTS, demoProductRows } from '../../demo/data/catalog.ts';
import type { RecommendationList } from '../../server/recommendations/contract.ts';
import { removeDataDir, startServer, type StartedServer } from '../helpers/server-process.ts';
import { launch, SHOTS, watchedPage } from './browser.ts';

let server: StartedServer;
let browser: Browser;
const customer = DEMO_CUSTOMERS[3]!; // Marcus Johnson, who reads English

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  removeDataDir(server.dataDir);
  expect(code).toBe(0);
});

const isList = (placement: string) => (r: Response) =>
  r.url().includes('/v1/recommendations?') && new URL(r.url()).searchParams.get('placement') === placement && r.status() === 200;

/** Opens `path` and returns the list the page's <rapport-recommendations> received for `placement`. */
async function listOn(page: Page, path: string, placement: string): Promise<RecommendationList> {
  await page.waitForLoadState('networkidle'); // the page before has had its answers: none of them is taken for this one
  const answer = page.waitForResponse(isList(placement), { timeout: 20_000 });
  await page.goto(server.baseUrl + path);
  return (await (await answer).json()) as RecommendationList;
}

const categoryOf = new Map(DEMO_PRODUCTS.map((p) => [p.handle, p.category]));
const share = (list: RecommendationList, category: string) => list.items.filter((i) => categoryOf.get(i.product.handle) === category).length;

describe('recommendations', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await watchedPage(browser));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.baseUrl + '/');
    await page.locator('#demo-customer').selectOption(customer.externalId!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForFunction(() => (window as unknown as { Rapport?: { session: unknown } }).Rapport?.session, undefined, { timeout: 15_000 });
  });

  it("a customer views several products of one aisle and sees that aisle rise in 'for you' within seconds", async () => {
    const before = await listOn(page, '/', 'home');
    expect(before.personal).toBe(true);
    expect(before.items.length).toBeGreaterThan(0);
    // The aisle least present in their list now.
    const aisles = [...new Set(DEMO_PRODUCTS.map((p) => p.category))];
    const aisle = aisles.sort((a, b) => share(before, a) - share(before, b))[0]!;
    const shown = new Set(before.items.map((i) => i.product.handle));
    const viewed = DEMO_PRODUCTS.filter((p) => p.category === aisle && !shown.has(p.handle)).slice(0, 4);
    for (const p of viewed) {
      await page.goto(`${server.baseUrl}/products/${p.handle}`);
      await page.locator('[data-rapport-product]').waitFor();
    }
    // The views leave with the page (keepalive) or within a moment; the next list reflects them.
    let after = before;
    const t0 = Date.now();
    await expect.poll(async () => share((after = await listOn(page, '/', 'home')), aisle), { timeout: 30_000, interval: 500 })
      .toBeGreaterThan(share(before, aisle));
    console.log(`'${aisle}' in the home list: ${share(before, aisle)} → ${share(after, aisle)} of ${after.items.length}, ${((Date.now() - t0) / 1000).toFixed(1)} s after the last view`);
    // What the shopper sees is that list: the first card is its first item, with its reason.
    const first = page.locator('rapport-recommendations').locator('[part~=card]').first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toContain(after.items[0]!.product.title);
    expect(await first.textContent()).toContain(after.items[0]!.reason.text);
    await page.screenshot({ path: `${SHOTS}/recommendations-home-1280.png` });
  });

  it("a return for 'too small' brings the product back first, one size up", async () => {
    // A product that comes in sizes with the next one in stock (the demo's stock is fixed).
    const rows = demoProductRows();
    const sized = rows.find((r) => /^Small/.test(r.variants?.[0]?.title ?? '') && (r.variants?.[1]?.inventory ?? 0) > 0)!;
    expect(sized, 'a demo product in sizes').toBeTruthy();
    const [small, next] = [sized.variants![0]!, sized.variants![1]!];
    // As <rapport-returns> records a return request.
    await page.evaluate(({ product, variant }) => {
      (window as unknown as { Rapport: { track(kind: string, data: object): void } }).Rapport.track('return.request', { product, variant, reason: 'too-small' });
    }, { product: sized.handle, variant: small.sku });
    let list: RecommendationList | undefined;
    await expect.poll(async () => {
      list = await listOn(page, '/account', 'profile');
      return [list.items[0]?.product.handle, list.items[0]?.product.variant?.title, list.items[0]?.reason.kind];
    }, { timeout: 30_000, interval: 500 }).toEqual([sized.handle, next.title, 'other-size']);
    expect(list!.items.filter((i) => i.product.handle === sized.handle)).toHaveLength(1); // the small one is not offered again
    const card = page.locator('rapport-recommendations').locator('[part~=card]').first();
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain(next.title);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/recommendations-size-up-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('turning personalization off makes the lists non-personal, at once and on the next pages', async () => {
    await page.goto(server.baseUrl + '/account');
    await Promise.all([page.waitForURL('**/account', { waitUntil: 'domcontentloaded' }), page.getByRole('button', { name: 'Turn off' }).click()]);
    const off = await listOn(page, '/account', 'profile');
    expect(off.personal).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { Rapport: { consented?: boolean } }).Rapport.consented)).toBe(false);
    const home = await listOn(page, '/', 'home');
    expect(home.personal).toBe(false);
    expect(home.items.some((i) => i.reason.kind === 'other-size')).toBe(false);
    // And on again.
    await page.goto(server.baseUrl + '/account');
    await Promise.all([page.waitForURL('**/account', { waitUntil: 'domcontentloaded' }), page.getByRole('button', { name: 'Turn on' }).click()]);
    await expect.poll(async () => (await listOn(page, '/', 'home')).personal, { timeout: 15_000 }).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the merchant sees why an item was recommended to the customer', async () => {
    const { page: admin } = await watchedPage(browser);
    await admin.goto(server.baseUrl + '/admin');
    await admin.getByLabel(/email/i).fill(server.demo!.adminEmail);
    await admin.getByLabel(/password/i).fill(server.demo!.adminPassword);
    await admin.getByRole('button', { name: /sign in/i }).click();
    await admin.getByRole('link', { name: 'Recommendations' }).first().click();
    await admin.getByLabel('Customer email, customer id or visitor id').fill(customer.email);
    await admin.getByRole('button', { name: 'Show the list' }).click();
    await expect.poll(() => admin.getByText('Personal: from this shopper’s own activity').count(), { timeout: 15_000 }).toBe(1);
    const items = admin.locator('ol.items > li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The reasons the shopper was shown, and the events they came from (the return among them).
    const text = (await items.allTextContents()).join('\n');
    expect(text).toMatch(/Small|Medium|Large/);
    await expect.poll(() => admin.locator('ol.history > li').count()).toBeGreaterThan(4);
    expect((await admin.locator('ol.history').textContent()) ?? '').toContain('Asked to return');
    await admin.screenshot({ path: `${SHOTS}/recommendations-admin-explain.png`, fullPage: true });
    await admin.context().close();
  });
});
