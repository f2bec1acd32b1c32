/**
 * @module The shared form parts' texts in Simplified Chinese (zh-Hans); spread into a widget's own zh-Hans catalog.
 */
import type { Texts } from '../texts.ts';
import type { FormKey } from './form-en.ts';

const formZhHans: Texts<FormKey> = {
  'form.photos.alt': '{name} 的预览',
  'form.photos.remove': '移除 {name}',
  'form.honeypot': '请勿填写此栏',
  'form.sending': '正在发送…',
  'form.pow': '正在进行人机验证…',
  'form.error.email': '请输入有效的电子邮箱地址，例如 name@example.com。',
  'form.photos.error.type': '“{name}”不是 JPEG、PNG 或 WebP 图片。',
  'form.photos.error.size': '“{name}”超过了 5 MB。',
  'form.photos.error.pixels': '“{name}”的像素过多（超过 {megapixels} 百万像素）。',
  'form.photos.error.count': '最多只能添加 {max} 张照片。',
  'form.queued.title': '已保存在此设备上',
  'form.queued.text': '网络恢复后，您的反馈会自动发送。您可以继续浏览。',
};

export default formZhHans;
