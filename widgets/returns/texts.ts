/**
 * @module <rapport-returns>'s text set: English bundled with the element, Chinese loaded when first needed.
 */
import type { TextSet } from '../core/texts.ts';
import en, { type ReturnsKey } from './locales/en.ts';

export type { ReturnsKey };

export const returnsTexts: TextSet<ReturnsKey> = {
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
};
