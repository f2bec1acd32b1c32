/**
 * @module Admin i18n: the machinery every area's texts go through (the app's own texts
 * are in admin-texts.ts). An area registers its catalogs with `defineAdminTexts` —
 * English bundled with the area (its keys type the Chinese catalogs, so one missing a
 * key fails `tsc`), Chinese loaded only when chosen — and gets back its typed `t`;
 * adding an area never edits the app's catalogs. A lookup fills `{name}` placeholders
 * with the project's one `interpolate`; an entry with `one`/`other` forms is chosen by
 * `Intl.PluralRules` on `params.count` (Chinese has one form, so its entries are plain
 * strings). A switch of language loads every area's catalog first, so nothing shows
 * half-translated.
 */
import { interpolate, LOCALES, negotiateLocale, type Locale } from '../../../server/kernel/i18n/locales.ts';

export type AdminEntry = string | { one?: string; other: string };
/** A catalog for one language: every key of its area's English catalog, no other. */
export type AdminCatalog<K extends string> = { readonly [P in K]: AdminEntry };
export type AdminParams = Record<string, string | number>;
export type AdminLocale = Locale;

/** An area's catalogs: English bundled, each Chinese one a static import (a template-string import would be invisible to the bundler). */
export interface AdminTextSet<K extends string> {
  en: AdminCatalog<K>;
  'zh-Hans': () => Promise<{ default: AdminCatalog<K> }>;
  'zh-Hant': () => Promise<{ default: AdminCatalog<K> }>;
}

/** An area's texts, as `defineAdminTexts` returns them. */
export interface AdminTexts<K extends string> {
  /** The text for `key` in the admin's language, with `{placeholders}` filled from `params`. */
  t: (key: K, params?: AdminParams) => string;
  /** True when `key` is one of the area's keys (for keys made from data, e.g. an audit action). */
  has: (key: string) => key is K;
  /** The area's catalog of `locale`, fetched on first use; rejects when it cannot be fetched (offline). */
  load: (locale: AdminLocale) => Promise<AdminCatalog<K>>;
}

export const ADMIN_LOCALES: readonly AdminLocale[] = LOCALES;

// English until the app applies the staff member's choice: an element shown before
// then (or in a test) never waits for a catalog.
let locale: AdminLocale = 'en';
let wanted: AdminLocale = 'en';
/** Every registered area's catalogs, as far as a switch of language needs them. */
const areas = new Set<Pick<AdminTexts<string>, 'load'>>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((fn) => fn());

export const adminLocale = (): AdminLocale => locale;

/**
 * Registers an area's catalogs; returns its `t`, `has` and `load`.
 *
 * @example
 * export const feedbackTexts = defineAdminTexts<FeedbackTextKey>({
 *   en, 'zh-Hans': () => import('./locales/zh-Hans.ts'), 'zh-Hant': () => import('./locales/zh-Hant.ts'),
 * });
 * export const feedbackText = feedbackTexts.t;
 */
export function defineAdminTexts<K extends string>(set: AdminTextSet<K>): AdminTexts<K> {
  const loaded = new Map<AdminLocale, AdminCatalog<K>>([['en', set.en]]);
  const texts: AdminTexts<K> = {
    // A key from data the catalog does not know yet (a new mail status) shows as itself, never breaks the page.
    t: (key, params = {}) => format((loaded.get(locale) ?? set.en)[key] ?? set.en[key] ?? key, params),
    has: (key): key is K => key in set.en,
    async load(l) {
      const ready = loaded.get(l);
      if (ready) return ready;
      const { default: catalog } = await set[l as Exclude<AdminLocale, 'en'>]();
      loaded.set(l, catalog);
      return catalog;
    },
  };
  areas.add(texts);
  // An area loaded after the switch (a page opened for the first time) catches up;
  // `adminTextsReady()` lets its page wait for that.
  if (wanted !== 'en') {
    void texts.load(wanted).then(
      () => wanted === locale && notify(),
      (err) => console.warn(`[rapport] could not load the ${wanted} admin texts`, err),
    );
  }
  return texts;
}

/** Resolves when every registered area has the current language's catalog (or could not get it). */
export async function adminTextsReady(): Promise<void> {
  await Promise.all([...areas].map((a) => a.load(locale).catch(() => undefined)));
}

function format(entry: AdminEntry, params: AdminParams): string {
  let text: string;
  if (typeof entry === 'string') text = entry;
  else {
    const form = new Intl.PluralRules(locale).select(Number(params.count ?? 0));
    text = (form === 'one' ? entry.one : undefined) ?? entry.other;
  }
  return interpolate(text, params);
}

/**
 * The admin language for a list of preferred languages (BCP 47, most wanted first): the
 * first English or Chinese one (zh-TW/HK/MO and zh-Hant* → zh-Hant, other zh → zh-Hans),
 * `en` when none is either.
 */
export function pickAdminLocale(preferred: readonly string[]): AdminLocale {
  return negotiateLocale(preferred);
}

/**
 * Switches every text to `next` once every area's catalog is here (the old language
 * stays until then), then tells the listeners. When switched again meanwhile, only the
 * latest choice applies. Rejects when a catalog cannot be fetched (offline).
 */
export async function setAdminLocale(next: AdminLocale): Promise<void> {
  wanted = next;
  await Promise.all([...areas].map((a) => a.load(next)));
  if (wanted !== next || locale === next) return;
  locale = next;
  notify();
}

/** Calls `fn` after each change of language; returns the function that stops it. */
export function onAdminLocaleChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}
