/**
 * @module Email templates: each returns subject, HTML and plain-text parts in the
 * reader's language, with the shop's name and colour. Every value is escaped.
 */
import type { Locale } from '../kernel/http/contract.ts';
import { html, type SafeHtml } from '../kernel/http/html.ts';
import { durationText, mailText, type MailTextKey } from '../kernel/mail/texts.ts';

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

export interface Brand {
  shopName: string;
  /** A CSS colour for buttons and the header rule. */
  color: string;
}

const safeColor = (c: string) => (/^#[0-9a-f]{3,8}$/i.test(c) ? c : '#2f5d50');

function layout(locale: Locale, brand: Brand, body: SafeHtml): string {
  const color = safeColor(brand.color);
  return html`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f6f7f9;font-family:-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',sans-serif;color:#1d2433">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px 28px;font-size:15px;line-height:1.6">
<p style="margin:0 0 16px;font-size:18px;font-weight:600">${brand.shopName}</p>
${body}
</td></tr></table>
<p style="max-width:560px;font-size:12px;color:#6b7280;margin:16px 0 0">${mailText(locale, 'footer', { shop: brand.shopName })}</p>
</td></tr></table></body></html>`.value;
}

const button = (href: string, label: string, color: string) =>
  html`<p style="margin:20px 0"><a href="${href}" style="display:inline-block;background:${safeColor(color)};color:#fff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:600">${label}</a></p>`;

const quote = (text: string) =>
  html`<blockquote style="margin:12px 0;padding:10px 14px;background:#f6f7f9;border-left:3px solid #d0d5dd;white-space:pre-wrap">${text}</blockquote>`;

const t = (locale: Locale, key: MailTextKey, params?: Record<string, string | number>) => mailText(locale, key, params);

export interface ReceivedData {
  reference: string;
  kind: string;
  message: string;
  responseHours: number;
  faq: { question: string; answer: string }[];
  threadUrl: string;
}

export function feedbackReceived(locale: Locale, brand: Brand, d: ReceivedData): MailContent {
  const intro = d.kind === 'praise'
    ? t(locale, 'receivedPraise', { shop: brand.shopName })
    : t(locale, 'receivedIntro', { shop: brand.shopName, time: durationText(locale, d.responseHours) });
  const faqHtml = d.faq.length
    ? html`<p>${t(locale, 'faqIntro')}</p><ul>${d.faq.map((f) => html`<li><strong>${f.question}</strong><br>${f.answer.slice(0, 300)}</li>`)}</ul>`
    : '';
  const body = html`<p>${intro}</p><p style="margin-bottom:0"><strong>${t(locale, 'yourMessage')} (${d.reference})</strong></p>${quote(d.message)}${faqHtml}${button(d.threadUrl, t(locale, 'viewThread'), brand.color)}`;
  const text = [
    intro, '', `${t(locale, 'yourMessage')} (${d.reference}):`, indent(d.message), '',
    ...(d.faq.length ? [t(locale, 'faqIntro'), ...d.faq.map((f) => `- ${f.question}\n  ${f.answer.slice(0, 300)}`), ''] : []),
    `${t(locale, 'viewThread')}: ${d.threadUrl}`, '', t(locale, 'footer', { shop: brand.shopName }),
  ].join('\n');
  return { subject: t(locale, 'receivedSubject', { reference: d.reference }), html: layout(locale, brand, body), text };
}

export function feedbackReply(locale: Locale, brand: Brand, d: { reference: string; reply: string; threadUrl: string }): MailContent {
  const intro = t(locale, 'replyIntro', { shop: brand.shopName });
  const body = html`<p>${intro}</p>${quote(d.reply)}${button(d.threadUrl, t(locale, 'replyAction'), brand.color)}`;
  const text = [intro, '', indent(d.reply), '', `${t(locale, 'replyAction')}: ${d.threadUrl}`, '', t(locale, 'footer', { shop: brand.shopName })].join('\n');
  return { subject: t(locale, 'replySubject', { shop: brand.shopName, reference: d.reference }), html: layout(locale, brand, body), text };
}

export function feedbackResolved(locale: Locale, brand: Brand, d: { reference: string; satisfactionUrl: (score: number) => string }): MailContent {
  const scores = [1, 2, 3, 4, 5];
  const links = html`<p>${scores.map((s) => html`<a href="${d.satisfactionUrl(s)}" style="display:inline-block;width:40px;line-height:40px;margin-right:8px;text-align:center;border:1px solid #d0d5dd;border-radius:6px;color:#1d2433;text-decoration:none;font-weight:600">${s}</a>`)}</p>`;
  const body = html`<p>${t(locale, 'resolvedIntro', { reference: d.reference })}</p><p><strong>${t(locale, 'satisfactionQuestion')}</strong></p>${links}<p style="font-size:13px;color:#6b7280">${t(locale, 'satisfactionScale')}</p>`;
  const text = [
    t(locale, 'resolvedIntro', { reference: d.reference }), '', t(locale, 'satisfactionQuestion'), t(locale, 'satisfactionScale'),
    ...scores.map((s) => `${s}: ${d.satisfactionUrl(s)}`), '', t(locale, 'footer', { shop: brand.shopName }),
  ].join('\n');
  return { subject: t(locale, 'resolvedSubject', { reference: d.reference }), html: layout(locale, brand, body), text };
}

const indent = (s: string) => s.split('\n').map((l) => `> ${l}`).join('\n');
