/**
 * @module The app's texts in Simplified Chinese (zh-Hans: mainland China, Singapore), worded
 * as a merchant's support tool there reads (收件箱, 退货, 设置, 已解决). Loaded only when chosen.
 */
import type { AppCatalog } from './en.ts';

const zhHans: AppCatalog = {
  'app.title': 'Rapport 商家后台',
  'app.loading': '正在加载后台…',
  'app.unreachable': '无法连接到 Rapport，请检查网络连接后重试。',
  'app.retry': '重试',
  'app.sessionEnded': '登录已过期，请重新登录后继续。',

  'signIn.heading': '登录你的店铺',
  'signIn.intro': '欢迎回来。请使用员工邮箱和密码登录。',
  'signIn.email': '邮箱',
  'signIn.password': '密码',
  'signIn.submit': '登录',
  'signIn.submitting': '正在登录…',
  'signIn.wrongCredentials': '邮箱或密码错误，请检查后重试。',
  'signIn.locked': '尝试次数过多。',
  'signIn.lockedWait': '请在 {count} 秒后重试。',
  'signIn.unlocked': '现在可以重试了。',
  'signIn.invalid': '请输入有效的邮箱地址和密码。',
  'signIn.network': '无法连接到 Rapport，请检查网络连接后重试。',
  'signIn.server': '我们这边出了点问题，请稍后重试。',
  'signIn.refused': '此次登录被拒绝。请直接打开后台网址，然后重试。',

  'shell.nav': '主导航',
  'shell.signedInAs': '当前登录：',
  'shell.signOut': '退出登录',
  'shell.signingOut': '正在退出…',
  'shell.signOutFailed': '无法退出登录，请检查网络连接后重试。',
  'shell.failedSignIns': '自你上次访问以来，你的账号有 {count} 次登录失败。',
  'shell.reviewActivity': '查看操作记录',
  'shell.dismiss': '知道了',

  'locale.label': '语言',
  'locale.failed': '无法加载该语言，请检查网络连接后重试。',

  'role.owner': '店主',
  'role.agent': '客服',

  'page.inbox': '收件箱',
  'page.orders': '订单',
  'page.faq': '常见问题',
  'page.returns': '退货',
  'page.customers': '客户',
  'page.analytics': '数据分析',
  'page.recommendations': '推荐',
  'page.settings': '设置',
  'page.notFound': '找不到页面',

  'empty.faq': '还没有常见问题。你在这里写的解答会显示在店铺的常见问题中。',
  'empty.returns': '还没有退货申请。顾客一发起退货，申请就会出现在这里。',
  'empty.customers': '还没有客户。顾客登录、下单或联系你之后，就会出现在这里。',
  'empty.analytics': '还没有数据。顾客开始使用组件后，这里会显示满意度、响应时间和退货原因。',
  'empty.notFound': '后台中没有这个地址的页面。',
  'empty.goToInbox': '前往收件箱',

  'error.network': '无法连接到 Rapport，请检查网络连接后重试。',
  'error.validation': 'Rapport 未能接受此内容，请检查输入后重试。',
  'error.signedOut': '登录已过期，请重新登录后继续。',
  'error.forbidden': '你的角色无权执行此操作，请联系店主。',
  'error.refused': 'Rapport 拒绝了此更改，请刷新页面后重试。',
  'error.notFound': '此内容已不存在，可能已被删除。',
  'error.conflict': '其他人同时更改了此内容，请刷新后重试。',
  'error.tooLarge': '内容太长，无法保存，请缩短后重试。',
  'error.rateLimited': '同时进行的更改太多，请稍等片刻再试。',
  'error.unavailable': 'Rapport 正在重启，请稍后重试。',
  'error.server': '我们这边出了点问题，请稍后重试。',
};

export default zhHans;
