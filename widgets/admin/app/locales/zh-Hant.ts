/**
 * @module The app's texts in Traditional Chinese (zh-Hant: Taiwan, Hong Kong, Macau), with
 * Taiwan's usual vocabulary for a support tool (收件匣, 退貨, 設定, 已解決, 登入,
 * 網路, 伺服器) and 「」 quotes. Loaded only when chosen.
 */
import type { AppCatalog } from './en.ts';

const zhHant: AppCatalog = {
  'app.title': 'Rapport 商家後台',
  'app.loading': '正在載入後台…',
  'app.unreachable': '無法連線到 Rapport，請檢查網路連線後再試一次。',
  'app.retry': '再試一次',
  'app.sessionEnded': '您的登入已逾時，請重新登入以繼續。',

  'signIn.heading': '登入您的商店',
  'signIn.intro': '歡迎回來。請使用員工電子郵件和密碼登入。',
  'signIn.email': '電子郵件',
  'signIn.password': '密碼',
  'signIn.submit': '登入',
  'signIn.submitting': '正在登入…',
  'signIn.wrongCredentials': '電子郵件或密碼錯誤，請檢查後再試一次。',
  'signIn.locked': '嘗試次數過多。',
  'signIn.lockedWait': '請在 {count} 秒後再試一次。',
  'signIn.unlocked': '現在可以再試一次了。',
  'signIn.invalid': '請輸入有效的電子郵件地址和密碼。',
  'signIn.network': '無法連線到 Rapport，請檢查網路連線後再試一次。',
  'signIn.server': '我們這邊發生問題，請稍後再試。',
  'signIn.refused': '這次登入遭到拒絕。請直接開啟後台網址，然後再試一次。',

  'shell.nav': '主選單',
  'shell.signedInAs': '目前登入：',
  'shell.signOut': '登出',
  'shell.signingOut': '正在登出…',
  'shell.signOutFailed': '無法登出，請檢查網路連線後再試一次。',
  'shell.failedSignIns': '自您上次造訪以來，您的帳號有 {count} 次登入失敗。',
  'shell.reviewActivity': '查看活動紀錄',
  'shell.dismiss': '知道了',

  'locale.label': '語言',
  'locale.failed': '無法載入這個語言，請檢查網路連線後再試一次。',

  'role.owner': '店主',
  'role.agent': '客服人員',

  'page.inbox': '收件匣',
  'page.orders': '訂單',
  'page.faq': '常見問題',
  'page.returns': '退貨',
  'page.customers': '顧客',
  'page.analytics': '數據分析',
  'page.recommendations': '推薦',
  'page.settings': '設定',
  'page.notFound': '找不到網頁',

  'empty.faq': '還沒有常見問題。您在這裡寫的解答會顯示在商店的常見問題中。',
  'empty.returns': '還沒有退貨申請。顧客一開始申請退貨，就會出現在這裡。',
  'empty.customers': '還沒有顧客。顧客登入、下單或與您聯絡後，就會出現在這裡。',
  'empty.analytics': '還沒有數據。顧客開始使用小工具後，這裡會顯示滿意度、回應時間和退貨原因。',
  'empty.notFound': '後台中沒有這個網址的網頁。',
  'empty.goToInbox': '前往收件匣',

  'error.network': '無法連線到 Rapport，請檢查網路連線後再試一次。',
  'error.validation': 'Rapport 無法接受這項內容，請檢查輸入後再試一次。',
  'error.signedOut': '您的登入已逾時，請重新登入以繼續。',
  'error.forbidden': '您的角色無權執行這項操作，請洽詢店主。',
  'error.refused': 'Rapport 拒絕了這項變更，請重新載入網頁後再試一次。',
  'error.notFound': '這個項目已不存在，可能已被刪除。',
  'error.conflict': '其他人同時變更了這個項目，請重新載入後再試一次。',
  'error.tooLarge': '內容太長，無法儲存，請縮短後再試一次。',
  'error.rateLimited': '同時進行的變更太多，請稍候再試。',
  'error.unavailable': 'Rapport 正在重新啟動，請稍後再試。',
  'error.server': '我們這邊發生問題，請稍後再試。',
};

export default zhHant;
