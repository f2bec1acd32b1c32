/**
 * @module The settings area's texts (install tag, response times, mail log, activity),
 * registered with the app's machinery: English bundled with the area, Chinese loaded only
 * when chosen.
 */
import { defineAdminTexts } from '../app/admin-i18n.ts';
import en, { type SettingsTextKey } from './locales/en.ts';

export type { SettingsTextKey };

export const settingsTexts = defineAdminTexts<SettingsTextKey>({
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
});

/** A settings text in the admin's language, e.g. `settingsText('mail.heading')`. */
export const settingsText = settingsTexts.t;
