/**
 * @module The feedback area's texts (inbox, detail, response clock), registered with the
 * app's machinery: English bundled with the area, Chinese loaded only when chosen.
 */
import { defineAdminTexts } from '../app/admin-i18n.ts';
import en, { type FeedbackTextKey } from './locales/en.ts';

export type { FeedbackTextKey };

export const feedbackTexts = defineAdminTexts<FeedbackTextKey>({
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
});

/** A feedback text in the admin's language, e.g. `feedbackText('inbox.count', { count: 3 })`. */
export const feedbackText = feedbackTexts.t;
