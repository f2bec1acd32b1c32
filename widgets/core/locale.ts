/**
 * @module Locale tags: any BCP 47 tag mapped to the languages Rapport speaks. No
 * dependencies, so the storefront widgets and the admin app share it without sharing Lit
 * or catalogs.
 */
import type { Locale } from '../../server/kernel/http/contract.ts';

/** Maps any BCP 47 tag to a supported locale: zh-TW/HK/MO and zh-Hant* → zh-Hant, other zh → zh-Hans. */
export function normalizeLocale(tag: string | null | undefined): Locale {
  const [lang, ...rest] = (tag ?? '').toLowerCase().split(/[-_]/);
  if (lang !== 'zh') return 'en';
  if (rest.includes('hant')) return 'zh-Hant';
  if (rest.includes('hans')) return 'zh-Hans';
  return rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-Hant' : 'zh-Hans';
}
