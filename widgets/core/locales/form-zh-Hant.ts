/**
 * @module The shared form parts' texts in Traditional Chinese (zh-Hant); spread into a widget's own zh-Hant catalog.
 */
import type { Texts } from '../texts.ts';
import type { FormKey } from './form-en.ts';

const formZhHant: Texts<FormKey> = {
  'form.photos.alt': '{name} 的預覽',
  'form.photos.remove': '移除 {name}',
  'form.honeypot': '請勿填寫此欄',
  'form.sending': '傳送中…',
  'form.pow': '正在確認您是真人…',
  'form.error.email': '請輸入有效的電子郵件地址，例如 name@example.com。',
  'form.photos.error.type': '「{name}」不是 JPEG、PNG 或 WebP 圖片。',
  'form.photos.error.size': '「{name}」超過了 5 MB。',
  'form.photos.error.pixels': '「{name}」的像素過多（超過 {megapixels} 百萬像素）。',
  'form.photos.error.count': '最多只能新增 {max} 張照片。',
  'form.queued.title': '已儲存在這個裝置上',
  'form.queued.text': '網路恢復後，您的意見會自動送出。您可以繼續瀏覽。',
};

export default formZhHant;
