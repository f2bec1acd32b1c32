/**
 * @module <rapport-feedback>'s texts in Traditional Chinese (zh-Hant). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import formZhHant from '../../core/locales/form-zh-Hant.ts';
import type { FeedbackKey } from './en.ts';

const zhHant: Texts<FeedbackKey> = {
  ...formZhHant,
  'feedback.title': '意見回饋',
  'feedback.kind.legend': '您的意見屬於哪一類？',
  'feedback.kind.complaint': '客訴',
  'feedback.kind.suggestion': '建議',
  'feedback.kind.praise': '讚美',
  'feedback.kind.question': '詢問',
  'feedback.csat.legend': '您的滿意程度如何？',
  'feedback.csat.1': '非常不滿意',
  'feedback.csat.2': '不滿意',
  'feedback.csat.3': '普通',
  'feedback.csat.4': '滿意',
  'feedback.csat.5': '非常滿意',
  'feedback.nps.legend': '您有多大可能向朋友推薦我們？',
  'feedback.nps.hint': '0 = 完全不可能，10 = 非常可能',
  'feedback.text.label': '您的留言',
  'feedback.text.count': '{count} / {max} 字',
  'feedback.photos.label': '照片（選填，最多 3 張）',
  'feedback.photos.hint': '支援 JPEG、PNG 或 WebP 格式，每張不超過 5 MB。',
  'feedback.email.label': '電子郵件（選填，方便我們回覆您）',
  'feedback.email.verified': '我們會回覆到您帳戶的電子郵件地址。',
  'feedback.submit': '送出意見',
  'feedback.error.kind': '請選擇意見類型。',
  'feedback.error.score': '請選擇評分。',
  'feedback.error.text': '請填寫留言（最多 {max} 字）。',
  'feedback.error.photos': '有照片無法接收，請使用不超過 5 MB 的 JPEG、PNG 或 WebP 圖片。',
  'feedback.thanks.title': '感謝您的意見！',
  'feedback.thanks.complaint': '我們會在 {time}內回覆您的客訴。',
  'feedback.thanks.suggestion': '我們會在 {time}內回覆您的建議。',
  'feedback.thanks.praise': '我們會在 {time}內回覆您。',
  'feedback.thanks.question': '我們會在 {time}內回答您的問題。',
  'feedback.thanks.reference': '您的案件編號：{reference}',
  'feedback.time.hour': '{n} 小時',
  'feedback.time.hours': '{n} 小時',
  'feedback.time.days': '{n} 天',
  'feedback.faq.title': '以下解答或許能馬上幫上忙',
};

export default zhHant;
