/**
 * @module <rapport-feedback>'s text set: English bundled with the element, Chinese loaded when first needed.
 */
import type { TextSet } from '../core/texts.ts';
import en, { type FeedbackKey } from './locales/en.ts';

export type { FeedbackKey };

export const feedbackTexts: TextSet<FeedbackKey> = {
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
};
