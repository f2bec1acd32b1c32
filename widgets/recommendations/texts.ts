/**
 * @module <rapport-recommendations>'s text set: English bundled with the element, Chinese loaded when first needed.
 */
import type { TextSet } from '../core/texts.ts';
import en, { type RecommendationsKey } from './locales/en.ts';

export type { RecommendationsKey };

export const recommendationsTexts: TextSet<RecommendationsKey> = {
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
};
