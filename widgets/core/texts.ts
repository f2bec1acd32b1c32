/**
 * @module The shapes of text catalogs (types only, so a catalog can name them without
 * importing the code that loads it).
 */
import type { Locale } from '../../server/kernel/i18n/locales.ts';

/** Every text of a catalog, by key. */
export type Texts<K extends string> = Record<K, string>;

/** A widget's translation: the English texts (bundled) and the Chinese ones (imported when first needed). */
// Static imports in each set: a template-string import would be invisible to the bundler.
export interface TextSet<K extends string> extends Record<Exclude<Locale, 'en'>, () => Promise<{ default: Texts<K> }>> {
  en: Texts<K>;
}

/** A translate function, as the parts of a view receive it. */
export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;
