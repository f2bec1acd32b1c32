/**
 * @module The customer's thread page (linked from every feedback email): the request,
 * the shop's replies, a reply form, and the satisfaction answer. Texts per locale.
 */
import { interpolate, type Locale } from '../kernel/i18n/locales.ts';
import { html, type SafeHtml } from '../kernel/http/html.ts';

const texts = {
  en: { title: 'Your request {ref}', you: 'You', shop: '{shop}', reply: 'Your reply', send: 'Send reply', sent: 'Thank you — your reply was sent.',
    thanks: 'Thank you for your answer!', rated: 'You rated how we handled {ref}: {score} of 5.', resolved: 'This request is resolved. Writing again reopens it.',
    empty: 'Please write a reply.', notFound: 'This link is not valid.' },
  'zh-Hans': { title: '您的请求 {ref}', you: '您', shop: '{shop}', reply: '您的回复', send: '发送回复', sent: '谢谢，您的回复已发送。',
    thanks: '感谢您的反馈！', rated: '您对 {ref} 的处理评分：{score} / 5。', resolved: '此请求已解决。再次留言将重新打开。',
    empty: '请填写回复内容。', notFound: '此链接无效。' },
  'zh-Hant': { title: '您的請求 {ref}', you: '您', shop: '{shop}', reply: '您的回覆', send: '送出回覆', sent: '謝謝，您的回覆已送出。',
    thanks: '感謝您的回饋！', rated: '您對 {ref} 的處理評分：{score} / 5。', resolved: '此請求已解決。再次留言將重新開啟。',
    empty: '請填寫回覆內容。', notFound: '此連結無效。' },
} satisfies Record<Locale, Record<string, string>>;

export type ThreadText = keyof (typeof texts)['en'];
export const threadText = (l: Locale, k: ThreadText, p: Record<string, string | number> = {}) =>
  interpolate((texts[l] ?? texts.en)[k], p);

export function page(locale: Locale, title: string, body: SafeHtml): string {
  return html`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><meta name="robots" content="noindex">
<style>body{margin:0;background:#f6f7f9;color:#1d2433;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:640px;margin:32px auto;padding:0 16px}h1{font-size:22px}.msg{background:#fff;border:1px solid #e4e7ec;border-radius:8px;padding:12px 16px;margin:12px 0;white-space:pre-wrap}
.msg.shop{border-left:4px solid #2f5d50}.who{font-size:13px;color:#5b6472;margin:0 0 4px;white-space:normal}label{display:block;font-weight:600;margin:16px 0 6px}
textarea{width:100%;box-sizing:border-box;min-height:120px;font:inherit;padding:8px;border:1px solid #98a2b3;border-radius:6px}
button{margin-top:10px;background:#2f5d50;color:#fff;border:0;border-radius:6px;padding:10px 18px;font:inherit;font-weight:600;cursor:pointer}
.note{background:#ecfdf3;border:1px solid #abefc6;padding:8px 12px;border-radius:6px}.err{color:#b42318}</style></head>
<body><main>${body}</main></body></html>`.value;
}
