/**
 * @module <rapport-faq>'s text set: English bundled with the element, Chinese loaded when first needed.
 */
import type { TextSet } from '../core/texts.ts';
import en, { type FaqKey } from './locales/en.ts';

export type { FaqKey };

export const faqTexts: TextSet<FaqKey> = {
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
};
