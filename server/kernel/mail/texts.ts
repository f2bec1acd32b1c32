/**
 * @module Email texts per locale. Every key exists in every locale (TypeScript checks it).
 */
import type { Locale } from '../http/contract.ts';

const en = {
  receivedSubject: 'We received your message — {reference}',
  receivedIntro: 'Thank you for writing to {shop}. We received your message and will answer within {time}.',
  receivedPraise: 'Thank you for writing to {shop}. We received your message and have shared it with the team.',
  yourMessage: 'Your message',
  faqIntro: 'While you wait, these answers may help:',
  viewThread: 'View or add to your request',
  replySubject: 'Re: your message to {shop} — {reference}',
  replyIntro: '{shop} replied to your message:',
  replyAction: 'Reply',
  resolvedSubject: 'Your request {reference} is resolved — how did we do?',
  resolvedIntro: 'We have marked your request {reference} as resolved.',
  satisfactionQuestion: 'Were you satisfied with how we handled it?',
  satisfactionScale: '1 = not at all, 5 = very satisfied',
  footer: 'You get this email because you contacted {shop}. It is about your request and is not marketing.',
  hours: '{n} hours',
  days: '{n} days',
} as const;

type Texts = Record<keyof typeof en, string>;

const zhHans: Texts = {
  receivedSubject: '我们已收到您的留言 — {reference}',
  receivedIntro: '感谢您联系{shop}。我们已收到您的留言，将在{time}内答复。',
  receivedPraise: '感谢您联系{shop}。我们已收到您的留言，并已转达给团队。',
  yourMessage: '您的留言',
  faqIntro: '在等待期间，以下解答或许对您有帮助：',
  viewThread: '查看或补充您的请求',
  replySubject: '回复：您给{shop}的留言 — {reference}',
  replyIntro: '{shop}回复了您的留言：',
  replyAction: '回复',
  resolvedSubject: '您的请求 {reference} 已解决 — 您满意吗？',
  resolvedIntro: '我们已将您的请求 {reference} 标记为已解决。',
  satisfactionQuestion: '您对我们的处理满意吗？',
  satisfactionScale: '1 = 非常不满意，5 = 非常满意',
  footer: '您收到此邮件是因为您联系了{shop}。此邮件与您的请求有关，并非营销邮件。',
  hours: '{n} 小时',
  days: '{n} 天',
};

const zhHant: Texts = {
  receivedSubject: '我們已收到您的留言 — {reference}',
  receivedIntro: '感謝您聯絡{shop}。我們已收到您的留言，將在{time}內答覆。',
  receivedPraise: '感謝您聯絡{shop}。我們已收到您的留言，並已轉達給團隊。',
  yourMessage: '您的留言',
  faqIntro: '在等待期間，以下解答或許對您有幫助：',
  viewThread: '查看或補充您的請求',
  replySubject: '回覆：您給{shop}的留言 — {reference}',
  replyIntro: '{shop}回覆了您的留言：',
  replyAction: '回覆',
  resolvedSubject: '您的請求 {reference} 已解決 — 您滿意嗎？',
  resolvedIntro: '我們已將您的請求 {reference} 標記為已解決。',
  satisfactionQuestion: '您對我們的處理滿意嗎？',
  satisfactionScale: '1 = 非常不滿意，5 = 非常滿意',
  footer: '您收到此郵件是因為您聯絡了{shop}。此郵件與您的請求有關，並非行銷郵件。',
  hours: '{n} 小時',
  days: '{n} 天',
};

const catalogs: Record<Locale, Texts> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

export type MailTextKey = keyof typeof en;

export function mailText(locale: Locale, key: MailTextKey, params: Record<string, string | number> = {}): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** "24 hours" / "3 days" in the reader's language. */
export function durationText(locale: Locale, hours: number): string {
  return hours >= 48 && hours % 24 === 0
    ? mailText(locale, 'days', { n: hours / 24 })
    : mailText(locale, 'hours', { n: hours });
}
