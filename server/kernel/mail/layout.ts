/**
 * @module The one mail layout: every email is HTML with a plain-text part, framed with
 * the shop's name and colour and the shared footer. Features write their templates with
 * the parts below (button, quote, indent); every value is escaped by `html`.
 */
import { safeColor, type Brand } from '../brand.ts';
import type { Locale } from '../i18n/locales.ts';
import { html, type SafeHtml } from '../http/html.ts';
import { mailText } from './texts.ts';

export type { Brand };

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}


/**
 * The whole mail: `body` (HTML) and `textLines` (the plain-text part) framed the same way;
 * the footer says why the reader gets it (`about`: their request, by default, or their order).
 */
export function composeMail(locale: Locale, brand: Brand, mail: { subject: string; body: SafeHtml; textLines: string[]; about?: 'request' | 'order' }): MailContent {
  const color = safeColor(brand.color);
  const footer = mailText(locale, mail.about === 'order' ? 'footer.order' : 'footer', { shop: brand.shopName });
  const page = html`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f6f7f9;font-family:-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',sans-serif;color:#1d2433">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px 28px;font-size:15px;line-height:1.6">
<p style="margin:0 0 16px;font-size:18px;font-weight:600">${brand.logoUrl
  ? html`<img src="${brand.logoUrl}" alt="${brand.shopName}" height="32" style="height:32px;max-width:200px;vertical-align:middle">`
  : brand.shopName}</p>
${mail.body}
</td></tr></table>
<p style="max-width:560px;font-size:12px;color:#6b7280;margin:16px 0 0">${footer}${brand.homeUrl ? html` <a href="${brand.homeUrl}" style="color:#6b7280">${brand.homeUrl.replace(/^https?:\/\//, '')}</a>` : ''}</p>
</td></tr></table></body></html>`.value;
  return { subject: mail.subject, html: page, text: [...mail.textLines, '', footer, ...(brand.homeUrl ? [brand.homeUrl] : [])].join('\n') };
}

/** A call to action in the shop's colour. */
export const button = (href: string, label: string, brand: Brand) =>
  html`<p style="margin:20px 0"><a href="${href}" style="display:inline-block;background:${safeColor(brand.color)};color:#fff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:600">${label}</a></p>`;

/** Someone's words, set apart. */
export const quote = (text: string) =>
  html`<blockquote style="margin:12px 0;padding:10px 14px;background:#f6f7f9;border-left:3px solid #d0d5dd;white-space:pre-wrap">${text}</blockquote>`;

/** The plain-text part's quote. */
export const indent = (s: string) => s.split('\n').map((l) => `> ${l}`).join('\n');
