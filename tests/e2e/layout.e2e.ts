/**
 * Layout as the widgets load, on the demo store and on a shop of another origin, in real
 * Chromium against the real server: no `rapport-*` element changes its height once the
 * page shows it (each reserves its final space before its code arrives), so the page's
 * layout-shift entries add up to 0.00 — none with a source inside a widget, and the demo's
 * own layout does not jump either — at 390 and 1280 px, signed in and not; and no page
 * scrolls sideways from 320 to 1280 px (tables scroll inside their card).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { removeDataDir, startServer, type StartedServer } from '../helpers/server-process.ts';
import { freePort } from '../helpers/smtp.ts';
import { launch, SHOTS } from './browser.ts';

let server: StartedServer;
let browser: Browser;
let storefront: Server;
/** The Rapport server (the banner names PUBLIC_URL, which is the storefront's origin here). */
let api = '';
/** The storefront of another origin, which the demo shop allows. */
let shopUrl = '';

/**
 * What the page records from its first byte: every layout shift with its sources (and
 * whether one lies inside a `rapport-*` element), and every height each `rapport-*`
 * element takes (ResizeObserver), from before its code arrives.
 */
function recordLayout() {
  type Shift = { value: number; at: number; sources: string[]; rapport: boolean };
  const w = window as unknown as { layout: { shifts: Shift[]; heights: Record<string, number[]>; csp: string[] } };
  const layout = (w.layout = { shifts: [] as Shift[], heights: {} as Record<string, number[]>, csp: [] as string[] });
  const inRapport = (n: Node | null): boolean => {
    for (let x: Node | null = n; x; x = x.parentNode ?? (x instanceof ShadowRoot ? x.host : null)) {
      if (x instanceof Element && x.localName.startsWith('rapport-')) return true;
    }
    return false;
  };
  const name = (n: Node | null) =>
    !n ? '?' : n instanceof Element ? `${n.localName}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${n.classList[0]}` : ''}` : `text in ${n.parentElement?.localName}`;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as Array<{ value: number; startTime: number; hadRecentInput: boolean; sources: Array<{ node: Node | null }> }>) {
      if (e.hadRecentInput) continue;
      layout.shifts.push({ value: e.value, at: Math.round(e.startTime), sources: e.sources.map((s) => name(s.node)), rapport: e.sources.some((s) => inRapport(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const seen = new WeakSet<Element>();
  let n = 0;
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) {
      const key = (e.target as HTMLElement).dataset.layoutKey!;
      const h = Math.round(e.borderBoxSize[0].blockSize * 10) / 10;
      const list = (layout.heights[key] ??= []);
      if (list[list.length - 1] !== h) list.push(h);
    }
  });
  const watch = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.localName.startsWith('rapport-') || el.localName === 'rapport-provider' || seen.has(el)) continue;
      seen.add(el);
      (el as HTMLElement).dataset.layoutKey = `${el.localName}#${n++}`;
      sizes.observe(el);
    }
  };
  new MutationObserver(() => watch(document)).observe(document, { childList: true, subtree: true });
  document.addEventListener('securitypolicyviolation', (e) => layout.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
}

interface Layout {
  shifts: Array<{ value: number; at: number; sources: string[]; rapport: boolean }>;
  heights: Record<string, number[]>;
  csp: string[];
}

/** Opens `url` and waits until every widget on it has rendered, the shopper is known and the network is quiet. */
async function visit(page: Page, url: string, signedIn: boolean): Promise<Layout> {
  await page.goto(url);
  await page.waitForFunction(
    (signedIn) => {
      const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('rapport-') && e.localName !== 'rapport-provider');
      const ready = widgets.every((e) => customElements.get(e.localName) && e.shadowRoot?.querySelector('[part~=base]'));
      const order = document.querySelector('rapport-feedback[order]')?.shadowRoot?.querySelector('[part~=order]');
      return ready && (!signedIn || ((window as { Rapport?: { session: unknown } }).Rapport?.session && (!order || !/Loading|加载|載入/.test(order.textContent ?? ''))));
    },
    signedIn,
    { timeout: 20_000 },
  );
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { layout: Layout }).layout);
}

/** What a test reports when a page moved: each shift with its sources, each widget's heights. */
const explain = (where: string, l: Layout) =>
  `${where}\n  shifts: ${JSON.stringify(l.shifts)}\n  heights: ${JSON.stringify(l.heights)}`;

function expectStill(where: string, l: Layout) {
  const total = l.shifts.reduce((sum, s) => sum + s.value, 0);
  const byRapport = l.shifts.filter((s) => s.rapport).reduce((sum, s) => sum + s.value, 0);
  expect(Object.keys(l.heights).length, `${where}: widgets on the page`).toBeGreaterThan(0);
  for (const [key, heights] of Object.entries(l.heights)) expect(heights, `${explain(where, l)}\n  ${key} changed its height`).toHaveLength(1);
  expect(byRapport, explain(where, l)).toBe(0);
  expect(total.toFixed(2), explain(where, l)).toBe('0.00');
}

async function noSidewaysScroll(page: Page, where: string) {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over, `${where} scrolls sideways`).toBe(0);
}

async function context(width: number): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width, height: 844 } });
  await ctx.addInitScript(recordLayout);
  return ctx;
}

async function signIn(page: Page) {
  await page.goto(`${api}/orders`);
  await page.locator('#demo-customer').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${api}/orders`);
}

beforeAll(async () => {
  const [apiPort, shopPort] = [await freePort(), await freePort()];
  shopUrl = `http://127.0.0.1:${shopPort}`;
  api = `http://127.0.0.1:${apiPort}`;
  // The demo shop allows PUBLIC_URL's origin: here, the storefront's.
  server = await startServer({ env: { PORT: String(apiPort), PUBLIC_URL: shopUrl } });
  browser = await launch();
  // What a shop's theme must hold until the loader brings it (see the report): the demo's rules for tags whose code has not arrived.
  const reserve = readFileSync(new URL('../../demo/styles.css', import.meta.url), 'utf8').match(/[^{}]*:not\(:defined\)[^{}]*\{[^}]*\}/g)?.join('\n') ?? '';
  const theme = `html { font-size: 62.5%; } body { margin: 0; font: 1.6rem/1.4 Georgia, serif; }
    *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; }
    main { max-width: 960px; margin: 0 auto; padding: 16px; } section { margin: 24px 0; } footer { padding: 48px 16px; background: #eee; }
    ${reserve}`;
  const csp = [
    "default-src 'self'", `script-src ${api}`, `connect-src ${api}`, "img-src 'self' data:", "style-src 'self'",
    "require-trusted-types-for 'script'", 'trusted-types lit-html',
  ].join('; ');
  storefront = createServer((req, res) => {
    if (req.url === '/theme.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
      return res.end(theme);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    res.end(`<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>另一家店</title><link rel="stylesheet" href="/theme.css">
      <script type="module" src="${api}/widgets/rapport.js" data-shop="${server.demo!.publicKey}" fetchpriority="low"></script></head>
      <body><main><h1>另一家店的客服中心</h1><p>常見問題與意見回饋。</p>
      <section><rapport-faq></rapport-faq></section>
      <section><h2>還需要協助嗎？</h2><rapport-feedback order="LL-1043"></rapport-feedback></section>
      <p>營業時間：週一至週五 9:00–18:00。</p></main>
      <footer>© 另一家店</footer></body></html>`);
  });
  await new Promise<void>((r) => storefront.listen(shopPort, '127.0.0.1', r));
});

afterAll(async () => {
  await browser?.close();
  if (storefront) await new Promise((r) => storefront.close(r));
  const code = await server?.stop();
  removeDataDir(server.dataDir);
  expect(code).toBe(0);
});

/** Every page of the demo store: a product page and an order's feedback link found on the store itself. */
async function demoPages(page: Page, signedIn: boolean): Promise<string[]> {
  await page.goto(`${api}/`);
  const product = await page.locator('.product-card').first().getAttribute('href');
  await page.goto(`${api}/orders`);
  const order = signedIn
    ? (await page.locator('.order-number').first().textContent())!
    : (await page.locator('.sample-orders code').first().textContent())!;
  return ['/', product!, '/orders', '/returns', '/help', `/help?order=${encodeURIComponent(order)}`, '/account'];
}

describe('layout as the widgets load', () => {
  for (const signedIn of [false, true]) {
    for (const width of [390, 1280]) {
      it(`the demo store does not move at ${width} px${signedIn ? ', signed in' : ''}`, async () => {
        const ctx = await context(width);
        const page = await ctx.newPage();
        if (signedIn) await signIn(page);
        for (const path of await demoPages(page, signedIn)) {
          const where = `${path} at ${width} px${signedIn ? ' signed in' : ''}`;
          expectStill(where, await visit(page, api + path, signedIn));
          await noSidewaysScroll(page, where);
        }
        await ctx.close();
      });
    }
  }

  for (const width of [390, 1280]) {
    it(`a shop of another origin, with a strict CSP and a 62.5% root font, does not move at ${width} px`, async () => {
      const ctx = await context(width);
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      const layout = await visit(page, `${shopUrl}/`, false);
      expectStill(`another origin at ${width} px`, layout);
      await noSidewaysScroll(page, `another origin at ${width} px`);
      expect(layout.csp).toEqual([]);
      expect(errors).toEqual([]);
      // The widgets speak the page's language and show the order the feedback is about.
      const form = page.locator('rapport-feedback');
      await expect.poll(() => form.locator('[part~=order]').textContent()).toContain('訂單 LL-1043');
      await page.screenshot({ path: `${SHOTS}/layout-other-origin-${width}.png`, fullPage: true });
      await ctx.close();
    });
  }

  it('axe finds nothing in the widgets on the demo pages, and no text below 4.5:1 on them', async () => {
    const axe = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
    for (const width of [390, 1280]) {
      const ctx = await browser.newContext({ viewport: { width, height: 844 } });
      const page = await ctx.newPage();
      await signIn(page);
      for (const path of await demoPages(page, true)) {
        await visit(page, api + path, true);
        await page.evaluate(axe);
        const found = await page.evaluate(async () => {
          type Axe = { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> };
          const axe = (window as unknown as { axe: Axe }).axe;
          const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('rapport-') && e.localName !== 'rapport-provider');
          const inside = await axe.run({ include: widgets.map((e) => [e.localName]) }, { resultTypes: ['violations'] });
          const contrast = await axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
          return [...inside.violations, ...contrast.violations].map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join('; ')}`);
        });
        expect(found, `${path} at ${width} px`).toEqual([]);
      }
      await ctx.close();
    }
  });

  it('no page scrolls sideways at 320 and 768 px, signed in or not', async () => {
    for (const signedIn of [false, true]) {
      for (const width of [320, 768]) {
        const ctx = await browser.newContext({ viewport: { width, height: 844 } });
        const page = await ctx.newPage();
        if (signedIn) await signIn(page);
        for (const path of await demoPages(page, signedIn)) {
          await visit(page, api + path, signedIn);
          await noSidewaysScroll(page, `${path} at ${width} px${signedIn ? ' signed in' : ''}`);
        }
        if (signedIn && width === 320) await page.goto(`${api}/orders`).then(() => page.screenshot({ path: `${SHOTS}/layout-orders-320.png`, fullPage: true }));
        await ctx.close();
      }
    }
  });
});
