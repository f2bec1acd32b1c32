/**
 * @module The demo storefront "Lumen & Leaf", served by `npm start` at /: server-rendered
 * pages read from the database inside withShop, a stylesheet and product images under
 * /demo/, and the store's own demo sign-in, which hands the widgets an identity proof.
 */
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../server/kernel/http/router.ts';
import type { Tx } from '../server/kernel/db/client.ts';
import { findShopByPublicKey, type Shop } from '../server/kernel/db/shops.ts';
import { withShop } from '../server/kernel/db/tenancy.ts';
import { demoProduct } from './data/catalog.ts';
import { messages, pickLocale } from './i18n.ts';
import { LOGO_SVG, productSvg } from './images/index.ts';
import { layout, type Page, type StoreView } from './layout.ts';
import { homePage } from './pages/home.ts';
import { notInstalledPage } from './pages/not-installed.ts';
import { productPage } from './pages/product.ts';
import { accountPage, helpPage, ordersPage, returnsPage } from './pages/service.ts';
import { DEMO_PUBLIC_KEY } from './seed.ts';
import { customerProof, saveConsent, savedConsent, saveLocale, savedLocale, signedInCustomer, signIn, signOut } from './session.ts';
import { findPlatformCustomer, listPlatformCustomers } from '../server/identity/index.ts';

export interface DemoOptions {
  /** The shop the store belongs to; tests point it at a shop of their own. */
  publicKey?: string;
}

const STYLES = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
const PAGE_HEADERS = { 'cache-control': 'private, no-store', vary: 'Cookie' };
const ASSET_HEADERS = (type: string) => ({ 'content-type': type, 'cache-control': 'public, max-age=3600' });

/** Only a path on this site: never `//evil.example` or a full URL. */
const safeReturn = (v: unknown): string =>
  typeof v === 'string' && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') ? v : '/';

/**
 * The store's forms post only from its own pages (SameSite=Lax still lets a cross-site
 * top-level POST through). Fetch metadata first: under the app's no-referrer policy a
 * browser sends `Origin: null` even from our own page.
 */
const sameOrigin = (c: Context) => {
  const site = c.req.header('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  return !origin || origin === 'null' || origin === new URL(c.req.url).origin;
};

export function demoRoutes(opts: Pick<AppDeps, 'db'>, demo: DemoOptions = {}) {
  const { sql } = opts.db;
  const publicKey = demo.publicKey ?? DEMO_PUBLIC_KEY;
  const app = new Hono();

  app.get('/demo/styles.css', (c) => c.body(STYLES, 200, ASSET_HEADERS('text/css; charset=utf-8')));
  app.get('/demo/logo.svg', (c) => c.body(LOGO_SVG, 200, ASSET_HEADERS('image/svg+xml')));
  app.get('/demo/images/:file{[a-z0-9-]+\\.svg}', (c) => {
    const product = demoProduct(c.req.param('file').slice(0, -4));
    return product ? c.body(productSvg(product), 200, ASSET_HEADERS('image/svg+xml')) : c.notFound();
  });

  /** Renders a page of the store: shop, language and signed-in customer first, then the page's own data. */
  const page = (build: (tx: Tx, v: StoreView, c: Context) => Promise<Page>) => async (c: Context) => {
    const shop = await findShopByPublicKey(sql, publicKey);
    if (!shop) return c.html(notInstalledPage(new URL(c.req.url).origin).value, 200, PAGE_HEADERS);
    const query = c.req.query('lang');
    const locale = pickLocale(query, savedLocale(c), shop.defaultLocale);
    if (query === locale) saveLocale(c, locale);
    const who = await signedInCustomer(c, shop);
    const { view, result } = await withShop(sql, shop.id, async (tx) => {
      const customers = await listPlatformCustomers(tx, 'generic');
      const customer = who ? (customers.find((x) => x.externalId === who) ?? (await findPlatformCustomer(tx, 'generic', who))) : undefined;
      const view: StoreView = { shop, locale, t: messages(locale), url: new URL(c.req.url), customers, customer, consent: savedConsent(c) };
      return { view, result: await build(tx, view, c) };
    });
    if (who && !view.customer) signOut(c); // the customer is gone: forget the login
    if (view.customer) view.proof = await customerProof(shop, view.customer);
    return c.html(layout(view, result).value, result.status ?? 200, PAGE_HEADERS);
  };

  app.get('/', page(homePage));
  app.get('/products/:handle', page((tx, v, c) => productPage(tx, v, c.req.param('handle') ?? '')));
  app.get('/account', page(accountPage));
  app.get('/help', page((tx, v, c) => helpPage(tx, v, c)));
  app.get('/orders', page(ordersPage));
  app.get('/returns', page(returnsPage));

  const demoShop = async (c: Context): Promise<Shop | Response> => {
    if (!sameOrigin(c)) return c.text('Forbidden', 403);
    const shop = await findShopByPublicKey(sql, publicKey);
    return shop ?? c.redirect('/', 303);
  };

  app.post('/demo/sign-in', async (c) => {
    const shop = await demoShop(c);
    if (shop instanceof Response) return shop;
    const form = await c.req.parseBody();
    const externalId = typeof form.customer === 'string' ? form.customer.slice(0, 200) : '';
    const customer = externalId
      ? await withShop(sql, shop.id, (tx) => findPlatformCustomer(tx, 'generic', externalId))
      : undefined;
    if (!customer) return c.text(messages(pickLocale(undefined, savedLocale(c), shop.defaultLocale)).signIn.unknown, 400);
    await signIn(c, shop, customer.externalId);
    return c.redirect(safeReturn(form.return), 303);
  });

  // The store's own consent switch (a real store's cookie banner): the loader reads the answer from the page.
  app.post('/demo/consent', async (c) => {
    const shop = await demoShop(c);
    if (shop instanceof Response) return shop;
    const form = await c.req.parseBody();
    if (form.consent !== 'granted' && form.consent !== 'denied') return c.text('consent must be granted or denied', 400);
    saveConsent(c, form.consent);
    return c.redirect(safeReturn(form.return), 303);
  });

  app.post('/demo/sign-out', async (c) => {
    const shop = await demoShop(c);
    if (shop instanceof Response) return shop;
    const form = await c.req.parseBody();
    signOut(c);
    return c.redirect(safeReturn(form.return), 303);
  });

  return app;
}
