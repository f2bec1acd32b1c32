/**
 * @module The settings area's texts in Traditional Chinese (zh-Hant), in the app's vocabulary
 * (設定, 郵件). Loaded only when chosen.
 */
import type { SettingsCatalog } from './en.ts';

const zhHant: SettingsCatalog = {
  'settings.install': '安裝到您的商店',
  'settings.installIntro': '將這段標籤貼到商店佈景主題的 </body> 前面。每個網頁只會載入用到的小工具。',
  'settings.shop': '商店',
  'settings.publicKey': '公開金鑰',
  'settings.snippet': '指令碼標籤',
  'settings.copy': '複製標籤',
  'settings.copied': '已複製到剪貼簿。',
  'settings.copyManually': '已選取標籤，請按 Ctrl+C（Mac 請按 ⌘C）複製。',

  'activity.heading': '活動紀錄',
  'activity.intro': '登入紀錄和團隊的每一項變更，最新的在前。',
  'activity.refresh': '重新整理',
  'activity.loading': '正在載入活動紀錄…',
  'activity.error': '無法載入活動紀錄，請稍後再試。',
  'activity.empty': '還沒有活動紀錄。',
  'activity.caption': '最近 {count} 筆紀錄',
  'activity.time': '時間',
  'activity.action': '動作',
  'activity.actor': '執行者',

  'actor.system': 'Rapport',
  'actor.you': '您（{name}）',
  'actor.staff': '員工 {id}',
  'actor.customer': '顧客 {id}',

  'action.staff.sign_in': '登入',
  'action.staff.sign_in_failed': '登入失敗',
  'action.staff.sign_out': '登出',
  'action.staff.add': '新增了員工',
  'action.shop.create': '建立了商店',
  'action.feedback.update': '變更了意見（狀態、負責人或標籤）',
  'action.feedback.note': '新增了內部備註',
  'action.feedback.reply': '以電子郵件回覆了顧客',
  'action.feedback.export': '將收件匣匯出為 CSV',
  'action.settings.feedback': '變更了回應時間或意見類型',

  'times.heading': '回應時間',
  'times.intro': '團隊對各類意見的首次回覆時限。收件匣會依此倒數，意見表單及其確認信也會向顧客承諾這個時限。',
  'times.loading': '正在載入回應時間…',
  'times.targets': '首次回應時限',
  'times.kind.complaint': '客訴',
  'times.kind.suggestion': '建議',
  'times.kind.praise': '讚美',
  'times.kind.question': '詢問',
  'times.hours': '小時',
  'times.kinds': '顧客可在意見表單中選擇的類型',
  'times.kindsHint': '隱藏的類型將不再提供；已收到的意見仍會保留在收件匣中。',
  'times.noneShown': '意見表單至少要提供一種類型。',
  'times.save': '儲存',
  'times.saving': '正在儲存…',
  'times.saved': '已儲存。',

  'mail.heading': '郵件紀錄',
  'mail.intro': 'Rapport 為您的商店寄出的每一封電子郵件，最新的在前。設定 SMTP 伺服器（SMTP_URL）之前，郵件只會保留在這裡，不會寄出。',
  'mail.loading': '正在載入郵件紀錄…',
  'mail.empty': '還沒有郵件。',
  'mail.caption': '最近 {count} 封郵件',
  'mail.to': '收件者',
  'mail.subject': '主旨',
  'mail.status': '狀態',
  'mail.attempts': '嘗試次數',
  'mail.pending': '佇列中',
  'mail.sent': '已寄出',
  'mail.kept': '已保留，未寄出',
  'mail.limited': '未寄出：已達每日上限',
  'mail.failed': '寄送失敗',
  'mail.lastError': '最近一次錯誤：{error}',
  'mail.limitedWhy': '未寄出：此電子郵件地址或您的商店今天由顧客操作觸發的郵件已達上限。團隊的回覆不受此限制。',
};

export default zhHant;
