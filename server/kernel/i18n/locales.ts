/**
 * @module The languages Rapport speaks and the one way to fill a text: the list of
 * locales, tag normalization (any BCP 47 tag → en | zh-Hans | zh-Hant), Accept-Language
 * negotiation, and the `{name}` interpolator. Dependency-free on purpose: the server, the
 * demo, the storefront widgets and the admin all import this one file.
 */

export const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v);

/** Maps any BCP 47 tag to a supported locale: zh-TW/HK/MO and zh-Hant* → zh-Hant, other zh → zh-Hans, the rest → en. */
export function normalizeLocale(tag: string | null | undefined): Locale {
  const [lang, ...rest] = (tag ?? '').toLowerCase().split(/[-_]/);
  if (lang !== 'zh') return 'en';
  if (rest.includes('hant')) return 'zh-Hant';
  if (rest.includes('hans')) return 'zh-Hans';
  return rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-Hant' : 'zh-Hans';
}

/**
 * The best supported locale for a list of preferred tags (`navigator.languages`, or an
 * `Accept-Language` header with q-values): the first tag that names English or Chinese
 * decides; `fallback` when none does.
 */
export function negotiateLocale(preferred: readonly string[] | string | null | undefined, fallback: Locale = 'en'): Locale {
  const tags = typeof preferred === 'string'
    ? preferred
        .split(',')
        .map((part, i) => {
          const [tag, ...params] = part.trim().split(';');
          const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
          return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, i };
        })
        .filter((t) => t.tag && t.tag !== '*' && t.q > 0)
        .sort((a, b) => b.q - a.q || a.i - b.i)
        .map((t) => t.tag)
    : [...(preferred ?? [])];
  const known = tags.find((t) => /^(en|zh)([-_]|$)/i.test(t));
  return known ? normalizeLocale(known) : fallback;
}

/** Replaces `{name}` with `params.name`; a placeholder without a value stays visible, so a missing parameter is seen, not hidden. */
export function interpolate(text: string, params?: Record<string, string | number>): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
}

/** A complete set of texts: every key of the English catalog in every locale (TypeScript checks it). */
export type Catalogs<K extends string> = Record<Locale, Record<K, string>>;

/** The lookup for a set of catalogs: `t(locale, key, params)`, falling back on English for an unknown locale. */
export function translator<K extends string>(catalogs: Catalogs<K>) {
  return (locale: Locale, key: K, params?: Record<string, string | number>): string =>
    interpolate((catalogs[locale] ?? catalogs.en)[key], params);
}

/**
 * The one rule for a promised duration, for mails and widgets alike: hours below 48,
 * whole days from 48 on, rounded up (a promise is never shortened): 24 → 24 hours,
 * 50 → 3 days, 72 → 3 days.
 */
export function durationParts(hours: number): { unit: 'hour' | 'hours' | 'days'; n: number } {
  if (hours >= 48) return { unit: 'days', n: Math.ceil(hours / 24) };
  return { unit: hours === 1 ? 'hour' : 'hours', n: hours };
}
