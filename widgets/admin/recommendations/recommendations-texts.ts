/**
 * @module The recommendations area's texts (performance, placement rules, why a list,
 * the model), registered with the app's machinery: English bundled with the area,
 * Chinese loaded only when chosen.
 */
import { defineAdminTexts } from '../app/admin-i18n.ts';
import en, { type RecommendationsTextKey } from './locales/en.ts';

export type { RecommendationsTextKey };

export const recommendationsTexts = defineAdminTexts<RecommendationsTextKey>({
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
});

/** A recommendations text in the admin's language, e.g. `recsText('perf.heading')`. */
export const recsText = recommendationsTexts.t;
