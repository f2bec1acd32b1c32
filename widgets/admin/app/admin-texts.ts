/**
 * @module The app's own texts — the shell, sign-in, page names, empty pages and the
 * sentences every area shares (errors, "Try again") — registered with the admin's i18n
 * machinery (admin-i18n.ts): English bundled with the app, Chinese loaded only when chosen.
 */
import { defineAdminTexts } from './admin-i18n.ts';
import en, { type AppTextKey } from './locales/en.ts';

export type { AppTextKey };

export const appTexts = defineAdminTexts<AppTextKey>({
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
});

/** An app text in the admin's language, e.g. `adminText('app.retry')`. */
export const adminText = appTexts.t;
