/**
 * @module The demo store's language and formats: en / zh-Hans / zh-Hant chosen by
 * ?lang= (remembered in a cookie), prices and dates formatted with Intl for that
 * language, product titles from the catalog's translations.
 */
import type { Product } from '../server/catalog/index.ts';
import { MESSAGES, type Messages } from './messages.ts';
import { isLocale, LOCALES, type Locale } from '../server/kernel/i18n/locales.ts';

export { isLocale, LOCALES, type Locale };

/** How each language names itself in the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'EN', 'zh-Hans': '简体', 'zh-Hant': '繁體' };

/** The first valid of: the query's choice, the remembered one, the shop's default. */
export function pickLocale(query: string | undefined, cookie: string | undefined, fallback: string): Locale {
  if (isLocale(query)) return query;
  if (isLocale(cookie)) return cookie;
  return isLocale(fallback) ? fallback : 'en';
}

export const messages = (locale: Locale): Messages => MESSAGES[locale];

/** Intl wants a region for en to pick the US dollar sign; the Chinese tags work as they are. */
const intlTag = (locale: Locale) => (locale === 'en' ? 'en-US' : locale);

const moneyFormats = new Map<string, Intl.NumberFormat>();
/** Minor units (cents) to a price in the shopper's language, e.g. $18.00 or US$18.00. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const key = `${locale}:${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency });
    moneyFormats.set(key, f);
  }
  return f.format(amount / 10 ** (f.resolvedOptions().maximumFractionDigits ?? 2));
}

/** The store is in Portland: its dates are Pacific dates, whatever the server's zone. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeZone: 'America/Los_Angeles' }).format(date);
}

/** The product's title in `locale`, falling back to English, then to the plain title. */
export function productTitle(p: Pick<Product, 'title' | 'titleI18n'>, locale: Locale): string {
  return p.titleI18n?.[locale] || p.titleI18n?.en || p.title;
}
