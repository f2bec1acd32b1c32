/**
 * @module The shared page frame of the demo store: head (stylesheet and the Rapport
 * script tag), header with navigation, language switch and demo sign-in, footer. When
 * a customer is signed in, the page's content sits inside <rapport-provider>, which
 * carries the store's identity proof to every widget in it.
 */
import type { Shop } from '../server/kernel/db/shops.ts';
import { html, trusted, type SafeHtml } from '../server/kernel/http/html.ts';
import { LOCALE_NAMES, LOCALES, type Locale } from './i18n.ts';
import { LOGO_SVG } from './images/index.ts';
import type { Messages } from './messages.ts';
import type { PlatformCustomer } from '../server/identity/index.ts';

export interface StoreView {
  shop: Shop;
  locale: Locale;
  t: Messages;
  url: URL;
  customers: PlatformCustomer[];
  customer?: PlatformCustomer;
  /** The identity proof for the signed-in customer (set after the page's data is read). */
  proof?: string;
  /** The shopper's consent to personalization, when they answered (the store's cookie). */
  consent?: 'granted' | 'denied';
}

export interface Page {
  title: string;
  body: SafeHtml;
  status?: 200 | 404;
}

const NAV = [
  ['/', 'shop'], ['/orders', 'orders'], ['/returns', 'returns'], ['/help', 'help'], ['/account', 'account'],
] as const;

/** The current page in another language (other query parameters kept). */
function langHref(url: URL, locale: Locale): string {
  const q = new URLSearchParams(url.search);
  q.set('lang', locale);
  return `${url.pathname}?${q}`;
}

/** Where to come back to after signing in or out: this page, minus a language switch. */
function here(url: URL): string {
  const q = new URLSearchParams(url.search);
  q.delete('lang');
  return q.size ? `${url.pathname}?${q}` : url.pathname;
}

function signInControl(v: StoreView): SafeHtml {
  const { t } = v;
  if (v.customer) {
    return html`<form class="account-chip" method="post" action="/demo/sign-out">
      <span class="account-name"><span class="muted">${t.signIn.as}</span> ${v.customer.name ?? v.customer.email}</span>
      <input type="hidden" name="return" value="${here(v.url)}">
      <button type="submit" class="link-button">${t.signIn.out}</button>
    </form>`;
  }
  return html`<form class="sign-in" method="post" action="/demo/sign-in">
    <label class="visually-hidden" for="demo-customer">${t.signIn.label}</label>
    <select id="demo-customer" name="customer" required>
      <option value="">${t.signIn.choose}</option>
      ${v.customers.map((c) => html`<option value="${c.externalId}">${c.name ?? c.email} · ${c.email}</option>`)}
    </select>
    <input type="hidden" name="return" value="${here(v.url)}">
    <button type="submit" class="button button-small">${t.signIn.button}</button>
  </form>`;
}

function header(v: StoreView): SafeHtml {
  const { t } = v;
  const current = v.url.pathname;
  return html`<div class="topbar">${t.topbar}</div>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="/">${trusted(LOGO_SVG)}<span><span class="brand-name">${v.shop.name}</span>
      <span class="brand-tag">${t.tagline}</span></span></a>
    <nav class="main-nav" aria-label="${t.nav.label}">
      ${NAV.map(([href, key]) => html`<a href="${href}"${current === href ? trusted(' aria-current="page"') : ''}>${t.nav[key]}</a>`)}
    </nav>
    <div class="header-tools">
      <nav class="lang-switch" aria-label="${t.language}">
        ${LOCALES.map((l) => html`<a href="${langHref(v.url, l)}" lang="${l}" hreflang="${l}"${l === v.locale ? trusted(' aria-current="true"') : ''}>${LOCALE_NAMES[l]}</a>`)}
      </nav>
      ${signInControl(v)}
    </div>
  </div>
</header>`;
}

function footer(v: StoreView): SafeHtml {
  const { t } = v;
  return html`<footer class="site-footer"><div class="wrap footer-grid">
  <div><p class="brand-name">${v.shop.name}</p><p class="muted">${t.footer.about}</p></div>
  <div><p class="footer-title">${t.footer.service}</p><ul>
    ${NAV.slice(1).map(([href, key]) => html`<li><a href="${href}">${t.nav[key]}</a></li>`)}</ul></div>
  <div><p class="footer-title">Rapport</p><ul><li><a href="/admin">${t.footer.admin}</a></li>
    <li><a href="/v1/openapi.json">${t.footer.api}</a></li></ul></div>
</div></footer>`;
}

/** The whole document for `page`. */
export function layout(v: StoreView, page: Page): SafeHtml {
  // Widgets find the proof on the nearest <rapport-provider>, and the loader the shopper's
  // consent on it; signed out with no answer given, they stand alone.
  const content = v.proof && v.consent
    ? html`<rapport-provider customer-token="${v.proof}" consent="${v.consent}">${page.body}</rapport-provider>`
    : v.proof
      ? html`<rapport-provider customer-token="${v.proof}">${page.body}</rapport-provider>`
      : v.consent
        ? html`<rapport-provider consent="${v.consent}">${page.body}</rapport-provider>`
        : page.body;
  return html`<!doctype html>
<html lang="${v.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${v.shop.name}</title>
<link rel="icon" href="/demo/logo.svg" type="image/svg+xml">
<link rel="stylesheet" href="/demo/styles.css">
<script type="module" src="/widgets/rapport.js" data-shop="${v.shop.publicKey}" fetchpriority="low"></script>
</head>
<body>
<a class="skip-link" href="#main">${v.t.skip}</a>
${header(v)}
<main id="main" class="wrap">${content}</main>
${footer(v)}
</body>
</html>`;
}
