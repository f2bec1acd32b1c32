/**
 * @module Shared texts in Simplified Chinese (zh-Hans). Loaded when first needed.
 */
import type { Texts } from '../texts.ts';
import type { SharedKey } from './en.ts';

const zhHans: Texts<SharedKey> = {
  'state.loading': '加载中…',
  'state.empty': '这里还没有内容。',
  'state.error': '出了点问题，请重试。',
  'state.retry': '重试',
  'error.network': '网络似乎已断开，请检查网络连接后重试。',
  'error.timeout': '服务器响应超时，请重试。',
  'error.setup': '此功能在本网站上的配置有误。',
  'error.retryAfter': '请在 {seconds} 秒后重试。',
  'problem.validation': '部分信息无效，请检查后重试。',
  'problem.malformed-json': '无法读取请求内容，请重试。',
  'problem.invalid-utf8': '请求中含有无法识别的字符。',
  'problem.unauthorized': '请先登录。',
  'problem.invalid-token': '登录已过期，请重新登录。',
  'problem.invalid-credentials': '邮箱或密码错误。',
  'problem.forbidden': '您没有执行此操作的权限。',
  'problem.csrf': '会话已过期，请刷新页面后重试。',
  'problem.origin-not-allowed': '此网站尚未启用该服务。',
  'problem.unknown-shop': '找不到该店铺。',
  'problem.not-found': '找不到您要查找的内容。',
  'problem.conflict': '内容已被他人更改，请刷新后重试。',
  'problem.payload-too-large': '内容过大，无法发送。请使用较小的文件或较短的文字。',
  'problem.unsupported-media-type': '不支持此类内容。',
  'problem.unprocessable': '无法处理此请求。',
  'problem.locked': '失败次数过多，请稍后再试。',
  'problem.rate-limited': '请求过于频繁，请稍后再试。',
  'problem.internal': '我们这边出了点问题，请稍后再试。',
  'problem.unavailable': '服务暂时不可用，请稍后再试。',
};

export default zhHans;
