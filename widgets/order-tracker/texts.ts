/**
 * @module <rapport-order-tracker>'s text set: English bundled with the element, Chinese loaded when first needed.
 */
import type { TextSet } from '../core/texts.ts';
import en, { type OrderTrackerKey } from './locales/en.ts';

export type { OrderTrackerKey };

export const orderTrackerTexts: TextSet<OrderTrackerKey> = {
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
};
