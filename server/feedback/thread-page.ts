/**
 * @module What the customer's pages for one feedback show (linked from its emails): the
 * request with their own photos, the shop's replies, a reply form that keeps what they
 * typed when anything is refused, and the satisfaction question answered with one click
 * on a button (a mail scanner following the link records nothing). In the kernel's
 * customer-page layout; texts per locale.
 */
import { formatTime, type Brand } from '../kernel/brand.ts';
import { customerPage } from '../kernel/http/customer-page.ts';
import { html, type SafeHtml } from '../kernel/http/html.ts';
import { translator, type Catalogs, type Locale } from '../kernel/i18n/locales.ts';
import { MESSAGE_MAX } from './limits.ts';

type Key =
  | 'title' | 'you' | 'reply' | 'send' | 'sent' | 'resolved' | 'empty' | 'tooLong' | 'nul' | 'tooMany' | 'expired'
  | 'notFound' | 'broken' | 'home' | 'photo' | 'rateTitle' | 'rateQuestion' | 'rateScale' | 'rateSend' | 'thanks' | 'rated' | 'score';

const catalogs: Catalogs<Key> = {
  en: {
    title: 'Your request {ref}', you: 'You', reply: 'Your reply', send: 'Send reply', sent: 'Thank you — your reply was sent.',
    resolved: 'This request is resolved. Writing again reopens it.', empty: 'Please write a reply.',
    tooLong: 'Your reply is longer than {max} characters. Please shorten it.', nul: 'Your reply contains a character that cannot be sent.',
    tooMany: 'You have sent many replies in a short time. Please wait a little and send again — your text is still here.',
    expired: 'This form has expired. Please send again — your text is still here.',
    notFound: 'This link is not valid.', broken: 'Something went wrong on our side. Please try again later.', home: 'Back to the shop',
    photo: 'Your photo {n}', rateTitle: 'How did we do?', rateQuestion: 'How satisfied are you with how we handled {ref}?',
    rateScale: '1 = not at all, 5 = very satisfied', rateSend: 'Rate {score} of 5', thanks: 'Thank you for your answer!',
    rated: 'You rated how we handled {ref}: {score} of 5.', score: '{score} of 5',
  },
  'zh-Hans': {
    title: '您的请求 {ref}', you: '您', reply: '您的回复', send: '发送回复', sent: '谢谢，您的回复已发送。',
    resolved: '此请求已解决。再次留言将重新打开。', empty: '请填写回复内容。',
    tooLong: '您的回复超过 {max} 个字符，请缩短后再发送。', nul: '您的回复包含无法发送的字符。',
    tooMany: '您在短时间内发送了多条回复，请稍候再发送——您输入的内容仍保留在此。',
    expired: '此表单已过期，请重新发送——您输入的内容仍保留在此。',
    notFound: '此链接无效。', broken: '我们这边出了点问题，请稍后再试。', home: '返回商店',
    photo: '您的照片 {n}', rateTitle: '我们做得如何？', rateQuestion: '您对我们处理 {ref} 的方式满意吗？',
    rateScale: '1 = 非常不满意，5 = 非常满意', rateSend: '评 {score} 分（满分 5 分）', thanks: '感谢您的反馈！',
    rated: '您对 {ref} 的处理评分：{score} / 5。', score: '{score} / 5',
  },
  'zh-Hant': {
    title: '您的請求 {ref}', you: '您', reply: '您的回覆', send: '送出回覆', sent: '謝謝，您的回覆已送出。',
    resolved: '此請求已解決。再次留言將重新開啟。', empty: '請填寫回覆內容。',
    tooLong: '您的回覆超過 {max} 個字元，請縮短後再送出。', nul: '您的回覆包含無法送出的字元。',
    tooMany: '您在短時間內送出了多則回覆，請稍候再送出——您輸入的內容仍保留在此。',
    expired: '此表單已過期，請重新送出——您輸入的內容仍保留在此。',
    notFound: '此連結無效。', broken: '我們這邊出了點問題，請稍後再試。', home: '返回商店',
    photo: '您的照片 {n}', rateTitle: '我們做得如何？', rateQuestion: '您對我們處理 {ref} 的方式滿意嗎？',
    rateScale: '1 = 非常不滿意，5 = 非常滿意', rateSend: '評 {score} 分（滿分 5 分）', thanks: '感謝您的回饋！',
    rated: '您對 {ref} 的處理評分：{score} / 5。', score: '{score} / 5',
  },
};

export const threadText = translator(catalogs);
export type ThreadNotice = 'sent' | 'empty' | 'tooLong' | 'nul' | 'tooMany' | 'expired';

export interface ThreadView {
  locale: Locale;
  brand: Brand;
  reference: string;
  status: string;
  createdAt: Date;
  body: string;
  photos: { url: string; previewUrl: string }[];
  messages: { mine: boolean; body: string; createdAt: Date }[];
  formToken: string;
  /** What the customer typed, kept when the reply was refused. */
  draft?: string;
  notice?: ThreadNotice;
}

const page = (v: { locale: Locale; brand: Brand }, title: string, body: SafeHtml) =>
  customerPage(v.locale, v.brand, title, body, { home: threadText(v.locale, 'home') });

/** The thread: the request, the replies, and the reply form. */
export function threadPage(v: ThreadView): string {
  const t = (k: Key, p?: Record<string, string | number>) => threadText(v.locale, k, p);
  const when = (d: Date) => html`<time datetime="${d.toISOString()}">${formatTime(d, v.locale, v.brand.timeZone)}</time>`;
  const error = v.notice && v.notice !== 'sent' ? t(v.notice, { max: MESSAGE_MAX }) : undefined;
  const body = html`<h1>${t('title', { ref: v.reference })}</h1>
    ${v.notice === 'sent' ? html`<p class="note" role="status">${t('sent')}</p>` : ''}
    ${v.status === 'resolved' ? html`<p class="note">${t('resolved')}</p>` : ''}
    <div class="msg"><p class="who">${t('you')} · ${when(v.createdAt)}</p><bdi>${v.body}</bdi>${v.photos.length
      ? html`<ul class="photos">${v.photos.map((p, i) => html`<li><a href="${p.url}"><img src="${p.previewUrl}" alt="${t('photo', { n: i + 1 })}" loading="lazy" decoding="async"></a></li>`)}</ul>`
      : ''}</div>
    ${v.messages.map((m) => html`<div class="msg ${m.mine ? '' : 'shop-msg'}"><p class="who"><bdi>${m.mine ? t('you') : v.brand.shopName}</bdi> · ${when(m.createdAt)}</p><bdi>${m.body}</bdi></div>`)}
    <form method="post">
      <input type="hidden" name="form_token" value="${v.formToken}">
      <label for="reply">${t('reply')}</label>
      ${error ? html`<p class="err" id="reply-error" role="alert">${error}</p>` : ''}
      <textarea id="reply" name="body" maxlength="${MESSAGE_MAX}" required ${error ? html`aria-invalid="true" aria-describedby="reply-error"` : ''}>${v.draft ?? ''}</textarea>
      <button type="submit">${t('send')}</button>
    </form>`;
  return page(v, t('title', { ref: v.reference }), body);
}

/** The satisfaction question: one button per score (the one the mail's link named is marked), posted with the form's token. */
export function ratePage(v: { locale: Locale; brand: Brand; reference: string; suggested?: number; current: number | null; formToken: string }): string {
  const t = (k: Key, p?: Record<string, string | number>) => threadText(v.locale, k, p);
  const body = html`<h1>${t('rateTitle')}</h1>
    <form method="post">
      <input type="hidden" name="form_token" value="${v.formToken}">
      <p id="rate-question">${t('rateQuestion', { ref: v.reference })}</p>
      <p class="hint">${t('rateScale')}</p>
      <div class="scale" role="group" aria-labelledby="rate-question">
        ${[1, 2, 3, 4, 5].map((s) => html`<button type="submit" name="score" value="${s}" aria-label="${t('rateSend', { score: s })}"
          aria-pressed="${(v.current ?? v.suggested) === s ? 'true' : 'false'}">${s}</button>`)}
      </div>
    </form>`;
  return page(v, t('rateTitle'), body);
}

export function ratedPage(v: { locale: Locale; brand: Brand; reference: string; score: number }): string {
  const t = (k: Key, p?: Record<string, string | number>) => threadText(v.locale, k, p);
  return page(v, t('thanks'), html`<h1>${t('thanks')}</h1><p role="status">${t('rated', { ref: v.reference, score: v.score })}</p>`);
}

/** An error page (a link that is not valid, or our failure): never a database message. */
export function errorPage(v: { locale: Locale; brand?: Brand }, status: number): string {
  const brand = v.brand ?? { shopName: 'Rapport', color: '#2f5d50', timeZone: 'UTC' };
  const text = threadText(v.locale, status === 404 || status === 400 ? 'notFound' : 'broken');
  return page({ locale: v.locale, brand }, text, html`<h1>${text}</h1>`);
}
