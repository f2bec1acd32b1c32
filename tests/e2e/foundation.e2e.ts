/**
 * The foundation, as a newcomer meets it: the real server on a fresh embedded database,
 * the demo store with its widgets loaded by the loader (also from a second origin),
 * and the admin signed in to with the credentials the server printed, then signed out.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { removeDataDir, startServer, type StartedServer } from '../helpers/server-process.ts';
import { launch, SHOTS, watchedPage } from './browser.ts';

let server: StartedServer;
let browser: Browser;
let storefront: Server;
let storefrontUrl: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  // A storefront on a second origin, as a real shop's domain would be.
  storefront = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="zh-Hant"><head><title>Other shop</title>
      <script type="module" src="${server.baseUrl}/widgets/rapport.js" data-shop="${server.demo!.publicKey}"></script></head>
      <body><h1>Another origin</h1><rapport-faq></rapport-faq><div id="later"></div></body></html>`);
  });
  await new Promise<void>((r) => storefront.listen(0, '127.0.0.1', r));
  const addr = storefront.address();
  storefrontUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => storefront?.close(r));
  const code = await server?.stop();
  removeDataDir(server.dataDir);
  expect(code).toBe(0);
});

describe('foundation', () => {
  it('prints the demo shop and admin login at start-up', () => {
    expect(server.demo).toMatchObject({ publicKey: 'pk_demoshop01', adminEmail: 'owner@demo.rapport.dev' });
    expect(server.output()).toMatch(/Rapport .* is ready in [\d.]+ s \(database: pglite/);
  });

  it('serves the demo store and the loader defines every rapport-* element on the page', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(server.baseUrl + '/');
    const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('rapport-')))]);
    expect(tags).toContain('rapport-recommendations');
    await page.waitForFunction((t) => t.every((n) => customElements.get(n)), tags, { timeout: 15_000 });
    // Elements whose tag is not on the page are not loaded.
    expect(await page.evaluate(() => customElements.get('rapport-returns'))).toBeUndefined();
    await page.screenshot({ path: `${SHOTS}/foundation-home.png`, fullPage: false });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads the widgets on a storefront of another origin, and defines elements added later', async () => {
    const { page, errors } = await watchedPage(browser);
    // This origin is not one of the demo shop's: the API refuses its calls (the tracker's among them), the widgets' code still loads.
    const refused: string[] = [];
    page.on('response', (r) => r.status() >= 400 && refused.push(`${r.status()} ${new URL(r.url()).pathname}`));
    await page.goto(storefrontUrl);
    await page.waitForFunction(() => customElements.get('rapport-faq') !== undefined, undefined, { timeout: 15_000 });
    await page.evaluate(() => document.getElementById('later')!.append(document.createElement('rapport-returns')));
    await page.waitForFunction(() => customElements.get('rapport-returns') !== undefined, undefined, { timeout: 15_000 });
    expect(refused.filter((r) => !/^403 \/v1\//.test(r))).toEqual([]);
    // Chromium's console line for a refused fetch names no URL: those are the API's 403s above.
    const apiRefusals = refused.length ? /Failed to load resource: the server responded with a status of 403/ : /^$/;
    expect(errors.filter((e) => !e.includes('/v1/') && !apiRefusals.test(e))).toEqual([]);
    await page.context().close();
  });

  it('signs in to the admin with the printed credentials, shows the shell, and signs out', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(server.baseUrl + '/admin');
    await page.getByLabel(/email/i).fill(server.demo!.adminEmail);
    await page.getByLabel(/password/i).fill('wrong password, surely');
    await page.getByRole('button', { name: /sign in/i }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: /\S/ }).textContent(), { timeout: 10_000 }).toMatch(/wrong|incorrect|not match/i);
    await page.getByLabel(/password/i).fill(server.demo!.adminPassword);
    await page.getByRole('button', { name: /sign in/i }).click();
    const nav = page.getByRole('navigation');
    for (const name of ['Inbox', 'FAQ', 'Returns', 'Customers', 'Analytics', 'Settings']) {
      await expect.poll(() => nav.getByRole('link', { name, exact: true }).count(), { timeout: 10_000 }).toBe(1);
    }
    await page.screenshot({ path: `${SHOTS}/foundation-admin.png` });
    // A reload keeps the session (HttpOnly cookie held by the browser).
    await page.reload();
    await expect.poll(() => page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: /sign out/i }).click();
    await expect.poll(() => page.getByRole('button', { name: /sign in/i }).count(), { timeout: 10_000 }).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: /sign in/i }).count(), { timeout: 10_000 }).toBe(1);
    // The only console errors allowed are the browser's own logs of the 401s we provoked.
    expect(errors.filter((e) => !/401|Unauthorized/.test(e))).toEqual([]);
    await page.context().close();
  });
});
