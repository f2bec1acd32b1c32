/**
 * @module <rapport-profile>'s text set: English bundled with the element, Chinese loaded when first needed.
 */
import type { TextSet } from '../core/texts.ts';
import en, { type ProfileKey } from './locales/en.ts';

export type { ProfileKey };

export const profileTexts: TextSet<ProfileKey> = {
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
};
