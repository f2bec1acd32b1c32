/**
 * @module <rapport-feedback>'s texts in Simplified Chinese (zh-Hans). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import formZhHans from '../../core/locales/form-zh-Hans.ts';
import type { FeedbackKey } from './en.ts';

const zhHans: Texts<FeedbackKey> = {
  ...formZhHans,
  'feedback.title': '意见反馈',
  'feedback.kind.legend': '您的反馈属于哪一类？',
  'feedback.kind.complaint': '投诉',
  'feedback.kind.suggestion': '建议',
  'feedback.kind.praise': '表扬',
  'feedback.kind.question': '咨询',
  'feedback.csat.legend': '您的满意程度如何？',
  'feedback.csat.1': '非常不满意',
  'feedback.csat.2': '不满意',
  'feedback.csat.3': '一般',
  'feedback.csat.4': '满意',
  'feedback.csat.5': '非常满意',
  'feedback.nps.legend': '您有多大可能向朋友推荐我们？',
  'feedback.nps.hint': '0 = 完全不可能，10 = 非常可能',
  'feedback.text.label': '您的留言',
  'feedback.text.count': '{count} / {max} 字',
  'feedback.photos.label': '照片（可选，最多 3 张）',
  'feedback.photos.hint': '支持 JPEG、PNG 或 WebP 格式，每张不超过 5 MB。',
  'feedback.email.label': '电子邮箱（可选，方便我们回复您）',
  'feedback.email.verified': '我们会回复到您账户的电子邮箱。',
  'feedback.submit': '提交反馈',
  'feedback.error.kind': '请选择反馈类型。',
  'feedback.error.score': '请选择评分。',
  'feedback.error.text': '请填写留言（最多 {max} 字）。',
  'feedback.error.photos': '有照片无法接收，请使用不超过 5 MB 的 JPEG、PNG 或 WebP 图片。',
  'feedback.thanks.title': '感谢您的反馈！',
  'feedback.thanks.complaint': '我们会在 {time}内回复您的投诉。',
  'feedback.thanks.suggestion': '我们会在 {time}内回复您的建议。',
  'feedback.thanks.praise': '我们会在 {time}内回复您。',
  'feedback.thanks.question': '我们会在 {time}内解答您的问题。',
  'feedback.thanks.reference': '您的受理编号：{reference}',
  'feedback.time.hour': '{n} 小时',
  'feedback.time.hours': '{n} 小时',
  'feedback.time.days': '{n} 天',
  'feedback.faq.title': '以下解答或许能马上帮到您',
};

export default zhHans;
