/**
 * @module The settings area's texts in Simplified Chinese (zh-Hans), in the app's vocabulary
 * (设置, 邮件). Loaded only when chosen.
 */
import type { SettingsCatalog } from './en.ts';

const zhHans: SettingsCatalog = {
  'settings.install': '安装到你的店铺',
  'settings.installIntro': '将这段标签粘贴到店铺主题中 </body> 的前面。每个页面只会加载用到的组件。',
  'settings.shop': '店铺',
  'settings.publicKey': '公钥',
  'settings.snippet': '脚本标签',
  'settings.copy': '复制标签',
  'settings.copied': '已复制到剪贴板。',
  'settings.copyManually': '标签已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',

  'activity.heading': '操作记录',
  'activity.intro': '登录记录和团队的每一项更改，最新的在前。',
  'activity.refresh': '刷新',
  'activity.loading': '正在加载操作记录…',
  'activity.error': '无法加载操作记录，请稍后重试。',
  'activity.empty': '还没有操作记录。',
  'activity.caption': '最近 {count} 条记录',
  'activity.time': '时间',
  'activity.action': '操作',
  'activity.actor': '操作人',

  'actor.system': 'Rapport',
  'actor.you': '你（{name}）',
  'actor.staff': '员工 {id}',
  'actor.customer': '客户 {id}',

  'action.staff.sign_in': '登录',
  'action.staff.sign_in_failed': '登录失败',
  'action.staff.sign_out': '退出登录',
  'action.staff.add': '添加了员工',
  'action.shop.create': '创建了店铺',
  'action.feedback.update': '更改了反馈（状态、负责人或标签）',
  'action.feedback.note': '添加了内部备注',
  'action.feedback.reply': '通过邮件回复了客户',
  'action.feedback.export': '将收件箱导出为 CSV',
  'action.settings.feedback': '更改了响应时间或反馈类型',

  'times.heading': '响应时间',
  'times.intro': '团队对各类反馈的首次回复时限。收件箱据此倒计时，反馈表单及其确认邮件也会向顾客承诺这一时限。',
  'times.loading': '正在加载响应时间…',
  'times.targets': '首次响应时限',
  'times.kind.complaint': '投诉',
  'times.kind.suggestion': '建议',
  'times.kind.praise': '表扬',
  'times.kind.question': '咨询',
  'times.hours': '小时',
  'times.kinds': '顾客可在反馈表单中选择的类型',
  'times.kindsHint': '隐藏的类型将不再提供；已收到的反馈仍保留在收件箱中。',
  'times.noneShown': '反馈表单中至少要提供一种类型。',
  'times.save': '保存',
  'times.saving': '正在保存…',
  'times.saved': '已保存。',

  'mail.heading': '邮件记录',
  'mail.intro': 'Rapport 为你的店铺发送的每一封邮件，最新的在前。在配置 SMTP 服务器（SMTP_URL）之前，邮件只会保存在这里，不会发出。',
  'mail.loading': '正在加载邮件记录…',
  'mail.empty': '还没有邮件。',
  'mail.caption': '最近 {count} 封邮件',
  'mail.to': '收件人',
  'mail.subject': '主题',
  'mail.status': '状态',
  'mail.attempts': '尝试次数',
  'mail.pending': '排队中',
  'mail.sent': '已发送',
  'mail.kept': '已保存，未发送',
  'mail.limited': '未发送：已达每日上限',
  'mail.failed': '发送失败',
  'mail.lastError': '最近一次错误：{error}',
  'mail.limitedWhy': '未发送：此邮箱或你的店铺今天由顾客操作触发的邮件已达上限。团队的回复不受此限制。',
};

export default zhHans;
