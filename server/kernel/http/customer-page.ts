/**
 * @module The one layout for pages customers open from an email (a feedback thread,
 * satisfaction, and later returns and tracking): the shop's logo or name in its colour, a
 * way back to the store, the page's language, and styles that work on a phone. Every
 * value is escaped by `html`.
 */
import { safeColor, type Brand } from '../brand.ts';
import type { Locale } from '../i18n/locales.ts';
import { html, trusted, type SafeHtml } from './html.ts';

const STYLES = (color: string) => `
body{margin:0;background:#f6f7f9;color:#1d2433;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Microsoft YaHei",sans-serif}
header{background:#fff;border-bottom:3px solid ${color}}header div,main{max-width:640px;margin:0 auto;padding:12px 16px}
header div{display:flex;align-items:center;justify-content:space-between;gap:12px;flex-wrap:wrap}
.shop{font-weight:700;font-size:18px;color:#1d2433;text-decoration:none}.shop img{height:32px;max-width:200px;vertical-align:middle}
.home{color:${color};font-weight:600}main{padding-top:24px;padding-bottom:48px}h1{font-size:22px;line-height:1.3;margin:0 0 8px}
.msg{background:#fff;border:1px solid #e4e7ec;border-radius:8px;padding:12px 16px;margin:12px 0;white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:plaintext}
.msg.shop-msg{border-left:4px solid ${color}}.who{font-size:13px;color:#5b6472;margin:0 0 4px;white-space:normal}
.photos{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0 0;padding:0;list-style:none}.photos img{width:120px;height:120px;object-fit:cover;border-radius:6px;border:1px solid #e4e7ec}
label{display:block;font-weight:600;margin:16px 0 6px}textarea{width:100%;box-sizing:border-box;min-height:140px;font:inherit;padding:8px;border:1px solid #98a2b3;border-radius:6px}
button{margin-top:10px;background:${color};color:#fff;border:0;border-radius:6px;padding:10px 18px;font:inherit;font-weight:600;cursor:pointer;min-height:44px}
button:focus-visible,a:focus-visible,textarea:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.note{background:#ecfdf3;border:1px solid #abefc6;padding:8px 12px;border-radius:6px}.err{color:#b42318;font-weight:600}
.scale{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}.scale button{min-width:56px;background:#fff;color:#1d2433;border:1px solid #98a2b3}
.scale button[aria-pressed=true]{background:${color};color:#fff;border-color:${color}}.hint{color:#5b6472;font-size:14px}`;

/** The tab's icon: a dot in the shop's colour, inline (without one the browser asks for /favicon.ico, which is not the shop's). */
const icon = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="${color}"/></svg>`)}`;

/** A whole page: the shop's header with its way home, then `body`. The styles are constants (the colour is checked by safeColor). */
export function customerPage(locale: Locale, brand: Brand, title: string, body: SafeHtml, texts: { home: string }): string {
  const color = safeColor(brand.color);
  const name = brand.logoUrl ? html`<img src="${brand.logoUrl}" alt="${brand.shopName}">` : brand.shopName;
  return html`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${brand.shopName}</title><meta name="robots" content="noindex"><link rel="icon" href="${icon(color)}"><style>${trusted(STYLES(color))}</style></head>
<body><header><div>${brand.homeUrl ? html`<a class="shop" href="${brand.homeUrl}">${name}</a><a class="home" href="${brand.homeUrl}">${texts.home}</a>` : html`<span class="shop">${name}</span>`}</div></header>
<main>${body}</main></body></html>`.value;
}

/** The Content-Security-Policy of a customer page: nothing but its own inline style, its own images, and the shop's logo. */
export function customerPageCsp(brand: Brand): string {
  const logo = brand.logoUrl ? ` ${new URL(brand.logoUrl).origin}` : '';
  return `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:${logo}; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;
}
