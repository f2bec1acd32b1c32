/**
 * @module Localization: which language an element speaks (its `lang`, else the nearest
 * `[lang]` around it, else the browser's) normalized to en | zh-Hans | zh-Hant; text
 * sets (English bundled with the code that uses it, Chinese loaded on first use); and a
 * reactive controller that gives each element `t()` over the shared texts (states,
 * errors, problems) plus its own. A page with only one widget downloads only that
 * widget's texts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolate, normalizeLocale, type Locale } from '../../server/kernel/i18n/locales.ts';
import shared, { type SharedKey } from './locales/en.ts';
import type { Texts, TextSet, Translate } from './texts.ts';

export type { Locale, SharedKey, Texts, TextSet, Translate };
export { normalizeLocale };

/** The texts every element shares: loading, empty, error states and the API's problems. */
export const sharedTexts: TextSet<SharedKey> = {
  en: shared,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
};

const loaded = new WeakMap<TextSet<string>, Map<Locale, Texts<string>>>();
const loading = new WeakMap<TextSet<string>, Map<Locale, Promise<Texts<string>>>>();
const cache = <V>(m: WeakMap<TextSet<string>, Map<Locale, V>>, set: TextSet<string>) => {
  let c = m.get(set);
  if (!c) m.set(set, (c = new Map()));
  return c;
};

/** `set`'s texts in `locale` if they are here already. */
export function textsIfLoaded<K extends string>(set: TextSet<K>, locale: Locale): Texts<K> | undefined {
  return locale === 'en' ? set.en : (cache(loaded, set).get(locale) as Texts<K> | undefined);
}

/** `set`'s texts in `locale`; the English ones if they cannot be loaded (offline, blocked chunk), tried again next time. */
export function loadTexts<K extends string>(set: TextSet<K>, locale: Locale): Promise<Texts<K>> {
  const ready = textsIfLoaded(set, locale);
  if (ready) return Promise.resolve(ready);
  const pending = cache(loading, set);
  let p = pending.get(locale) as Promise<Texts<K>> | undefined;
  if (!p) {
    p = set[locale as Exclude<Locale, 'en'>]()
      .then((m) => (cache(loaded, set).set(locale, m.default), m.default))
      .catch((err) => {
        console.warn(`[rapport] could not load the ${locale} texts`, err);
        pending.delete(locale);
        return set.en;
      });
    pending.set(locale, p);
  }
  return p;
}

/** The language tag that applies to `el`: its own or nearest ancestor's non-empty `lang`, across shadow roots. */
export function langOf(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

export function resolveLocale(el: Element): Locale {
  return normalizeLocale(langOf(el) ?? navigator.language);
}

// One observer for every `lang` attribute in the document: changes are rare, and an
// ancestor's change must reach all elements below it.
const controllers = new Set<LocalizeController<string>>();
let observer: MutationObserver | undefined;
const refreshAll = () => controllers.forEach((c) => c.refresh());

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives its host `locale`, `t()` over the shared texts and its own `texts`, and `ready`
 * (resolves when both are loaded for the host's language).
 */
export class LocalizeController<K extends string = never> implements ReactiveController {
  locale: Locale = 'en';
  /** Pending while the host's texts load; elements wait for it before rendering, so no English flash. */
  ready: Promise<void> = Promise.resolve();
  private texts: Texts<string>;
  /** The language `texts` are in (they stay the old language's until the new ones arrive). */
  private textsLocale: Locale = 'en';

  constructor(
    private readonly host: Host,
    private readonly own?: TextSet<K>,
  ) {
    this.texts = { ...shared, ...own?.en };
    host.addController(this);
  }

  hostConnected() {
    controllers.add(this as LocalizeController<string>);
    if (!observer) {
      observer = new MutationObserver(refreshAll);
      observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
      addEventListener('languagechange', refreshAll);
    }
    this.refresh();
  }

  hostDisconnected() {
    controllers.delete(this as LocalizeController<string>);
  }

  /** Re-resolves the language; loads its texts and re-renders the host when it changed. */
  refresh() {
    const locale = resolveLocale(this.host);
    if (locale === this.locale && locale === this.textsLocale) return;
    this.locale = locale;
    const common = textsIfLoaded(sharedTexts, locale);
    const mine = this.own ? textsIfLoaded(this.own, locale) : {};
    if (common && mine) {
      this.apply(locale, common, mine);
      return;
    }
    this.ready = Promise.all([loadTexts(sharedTexts, locale), this.own ? loadTexts(this.own, locale) : {}]).then(([c, m]) => {
      if (this.locale === locale) this.apply(locale, c, m); // else the language changed again meanwhile
    });
  }

  private apply(locale: Locale, common: Texts<string>, mine: Texts<string>) {
    this.texts = { ...common, ...mine };
    this.textsLocale = locale;
    this.host.requestUpdate();
  }

  t(key: SharedKey | K, params?: Record<string, string | number>): string {
    return interpolate(this.texts[key] ?? (shared as Texts<string>)[key] ?? this.own?.en[key as K] ?? key, params);
  }

  /** Whether `key` names a text of this host (e.g. `problem.<slug>` for an API error). */
  has(key: string): key is SharedKey | K {
    return key in this.texts;
  }
}
