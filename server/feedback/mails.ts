/**
 * @module Feedback's emails — received (auto-reply), reply, resolved (satisfaction) — in
 * the reader's language, in the kernel's one mail layout.
 */
import { html } from '../kernel/http/html.ts';
import { translator, type Catalogs, type Locale } from '../kernel/i18n/locales.ts';
import { button, composeMail, indent, quote, type Brand, type MailContent } from '../kernel/mail/layout.ts';
import { durationText } from '../kernel/mail/texts.ts';

type Key =
  | 'receivedSubject' | 'receivedIntro' | 'receivedPraise' | 'yourMessage' | 'yourReference' | 'faqIntro' | 'viewThread' | 'replySubject'
  | 'replyIntro' | 'replyAction' | 'resolvedSubject' | 'resolvedIntro' | 'satisfactionQuestion' | 'satisfactionScale';

const catalogs: Catalogs<Key> = {
  en: {
    receivedSubject: 'We received your message — {reference}',
    receivedIntro: 'Thank you for writing to {shop}. We received your message and will answer within {time}.',
    receivedPraise: 'Thank you for writing to {shop}. We received your message and have shared it with the team.',
    yourMessage: 'Your message',
    yourReference: 'Your reference number: {reference}',
    faqIntro: 'While you wait, these answers may help:',
    viewThread: 'View or add to your request',
    replySubject: 'Re: your message to {shop} — {reference}',
    replyIntro: '{shop} replied to your message:',
    replyAction: 'Reply',
    resolvedSubject: 'Your request {reference} is resolved — how did we do?',
    resolvedIntro: 'We have marked your request {reference} as resolved.',
    satisfactionQuestion: 'Were you satisfied with how we handled it?',
    satisfactionScale: '1 = not at all, 5 = very satisfied',
  },
  'zh-Hans': {
    receivedSubject: '我们已收到您的留言 — {reference}',
    receivedIntro: '感谢您联系{shop}。我们已收到您的留言，将在{time}内答复。',
    receivedPraise: '感谢您联系{shop}。我们已收到您的留言，并已转达给团队。',
    yourMessage: '您的留言',
    yourReference: '您的参考编号：{reference}',
    faqIntro: '在等待期间，以下解答或许对您有帮助：',
    viewThread: '查看或补充您的请求',
    replySubject: '回复：您给{shop}的留言 — {reference}',
    replyIntro: '{shop}回复了您的留言：',
    replyAction: '回复',
    resolvedSubject: '您的请求 {reference} 已解决 — 您满意吗？',
    resolvedIntro: '我们已将您的请求 {reference} 标记为已解决。',
    satisfactionQuestion: '您对我们的处理满意吗？',
    satisfactionScale: '1 = 非常不满意，5 = 非常满意',
  },
  'zh-Hant': {
    receivedSubject: '我們已收到您的留言 — {reference}',
    receivedIntro: '感謝您聯絡{shop}。我們已收到您的留言，將在{time}內答覆。',
    receivedPraise: '感謝您聯絡{shop}。我們已收到您的留言，並已轉達給團隊。',
    yourMessage: '您的留言',
    yourReference: '您的參考編號：{reference}',
    faqIntro: '在等待期間，以下解答或許對您有幫助：',
    viewThread: '查看或補充您的請求',
    replySubject: '回覆：您給{shop}的留言 — {reference}',
    replyIntro: '{shop}回覆了您的留言：',
    replyAction: '回覆',
    resolvedSubject: '您的請求 {reference} 已解決 — 您滿意嗎？',
    resolvedIntro: '我們已將您的請求 {reference} 標記為已解決。',
    satisfactionQuestion: '您對我們的處理滿意嗎？',
    satisfactionScale: '1 = 非常不滿意，5 = 非常滿意',
  },
};

const t = translator(catalogs);

export interface ReceivedData {
  reference: string;
  kind: string;
  /** The shopper's words, quoted only to an address the store verified (see submit.ts). */
  message?: string;
  responseHours: number;
  /** Matching FAQ answers: the shop's own words, as plain-text excerpts. */
  faq: { question: string; excerpt: string }[];
  threadUrl: string;
}

export function feedbackReceived(locale: Locale, brand: Brand, d: ReceivedData): MailContent {
  const intro = d.kind === 'praise'
    ? t(locale, 'receivedPraise', { shop: brand.shopName })
    : t(locale, 'receivedIntro', { shop: brand.shopName, time: durationText(locale, d.responseHours) });
  const faqHtml = d.faq.length
    ? html`<p>${t(locale, 'faqIntro')}</p><ul>${d.faq.map((f) => html`<li><strong>${f.question}</strong><br>${f.excerpt}</li>`)}</ul>`
    : '';
  return composeMail(locale, brand, {
    subject: t(locale, 'receivedSubject', { reference: d.reference }),
    body: html`<p>${intro}</p>${d.message !== undefined
      ? html`<p style="margin-bottom:0"><strong>${t(locale, 'yourMessage')} (${d.reference})</strong></p>${quote(d.message)}`
      : html`<p><strong>${t(locale, 'yourReference', { reference: d.reference })}</strong></p>`}${faqHtml}${button(d.threadUrl, t(locale, 'viewThread'), brand)}`,
    textLines: [
      intro, '',
      ...(d.message !== undefined ? [`${t(locale, 'yourMessage')} (${d.reference}):`, indent(d.message)] : [t(locale, 'yourReference', { reference: d.reference })]),
      '',
      ...(d.faq.length ? [t(locale, 'faqIntro'), ...d.faq.map((f) => `- ${f.question}\n  ${f.excerpt}`), ''] : []),
      `${t(locale, 'viewThread')}: ${d.threadUrl}`,
    ],
  });
}

export function feedbackReply(locale: Locale, brand: Brand, d: { reference: string; reply: string; threadUrl: string }): MailContent {
  const intro = t(locale, 'replyIntro', { shop: brand.shopName });
  return composeMail(locale, brand, {
    subject: t(locale, 'replySubject', { shop: brand.shopName, reference: d.reference }),
    body: html`<p>${intro}</p>${quote(d.reply)}${button(d.threadUrl, t(locale, 'replyAction'), brand)}`,
    textLines: [intro, '', indent(d.reply), '', `${t(locale, 'replyAction')}: ${d.threadUrl}`],
  });
}

export function feedbackResolved(locale: Locale, brand: Brand, d: { reference: string; satisfactionUrl: (score: number) => string }): MailContent {
  const scores = [1, 2, 3, 4, 5];
  const links = html`<p>${scores.map((s) => html`<a href="${d.satisfactionUrl(s)}" style="display:inline-block;width:40px;line-height:40px;margin-right:8px;text-align:center;border:1px solid #d0d5dd;border-radius:6px;color:#1d2433;text-decoration:none;font-weight:600">${s}</a>`)}</p>`;
  return composeMail(locale, brand, {
    subject: t(locale, 'resolvedSubject', { reference: d.reference }),
    body: html`<p>${t(locale, 'resolvedIntro', { reference: d.reference })}</p><p><strong>${t(locale, 'satisfactionQuestion')}</strong></p>${links}<p style="font-size:13px;color:#6b7280">${t(locale, 'satisfactionScale')}</p>`,
    textLines: [
      t(locale, 'resolvedIntro', { reference: d.reference }), '', t(locale, 'satisfactionQuestion'), t(locale, 'satisfactionScale'),
      ...scores.map((s) => `${s}: ${d.satisfactionUrl(s)}`),
    ],
  });
}
