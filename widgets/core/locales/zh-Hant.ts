/**
 * @module Shared texts in Traditional Chinese (zh-Hant). Loaded when first needed.
 */
import type { Texts } from '../texts.ts';
import type { SharedKey } from './en.ts';

const zhHant: Texts<SharedKey> = {
  'state.loading': '載入中…',
  'state.empty': '這裡還沒有內容。',
  'state.error': '發生錯誤，請再試一次。',
  'state.retry': '再試一次',
  'error.network': '網路似乎已中斷，請檢查網路連線後再試一次。',
  'error.timeout': '伺服器回應逾時，請再試一次。',
  'error.setup': '此功能在本網站上的設定有誤。',
  'error.retryAfter': '請在 {seconds} 秒後再試一次。',
  'problem.validation': '部分資料無效，請檢查後再試一次。',
  'problem.malformed-json': '無法讀取請求內容，請再試一次。',
  'problem.invalid-utf8': '請求中含有無法辨識的字元。',
  'problem.unauthorized': '請先登入。',
  'problem.invalid-token': '登入已過期，請重新登入。',
  'problem.invalid-credentials': '電子郵件或密碼錯誤。',
  'problem.forbidden': '您沒有執行此操作的權限。',
  'problem.csrf': '工作階段已過期，請重新整理頁面後再試一次。',
  'problem.origin-not-allowed': '此網站尚未啟用這項服務。',
  'problem.unknown-shop': '找不到這家商店。',
  'problem.not-found': '找不到您要查詢的內容。',
  'problem.conflict': '內容已被他人變更，請重新整理後再試一次。',
  'problem.payload-too-large': '內容太大，無法傳送。請改用較小的檔案或較短的文字。',
  'problem.unsupported-media-type': '不支援這類內容。',
  'problem.unprocessable': '無法處理這項請求。',
  'problem.locked': '失敗次數過多，請稍後再試。',
  'problem.rate-limited': '請求過於頻繁，請稍後再試。',
  'problem.internal': '我們這邊發生問題，請稍後再試。',
  'problem.unavailable': '服務暫時無法使用，請稍後再試。',
};

export default zhHant;
