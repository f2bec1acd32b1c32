/**
 * @module Localization: which language an element speaks (its `lang`, else the nearest
 * `[lang]` around it, else the browser's) normalized to en | zh-Hans | zh-Hant, the
 * catalogs (English bundled, Chinese loaded on first use) and a reactive controller
 * that gives each element its own `t()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolate, normalizeLocale, type Locale } from '../../server/kernel/i18n/locales.ts';
import en, { type Catalog, type MessageKey } from './locales/en.ts';

export type { Locale, MessageKey, Catalog };
export { normalizeLocale };

// A static map: template-string imports would be invisible to the bundler.
const lazyCatalogs: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Catalog }>> = {
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
};
const loaded = new Map<Locale, Catalog>([['en', en]]);
const loading = new Map<Locale, Promise<Catalog>>();

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

/** The catalog for `locale`; English if it cannot be loaded (offline, blocked chunk). */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let p = loading.get(locale);
  if (!p) {
    p = lazyCatalogs[locale as Exclude<Locale, 'en'>]()
      .then((m) => (loaded.set(locale, m.default), m.default))
      .catch((err) => {
        console.warn(`[rapport] could not load the ${locale} texts`, err);
        loading.delete(locale); // try again next time
        return en;
      });
    loading.set(locale, p);
  }
  return p;
}


// One observer for every `lang` attribute in the document: changes are rare, and an
// ancestor's change must reach all elements below it.
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
const refreshAll = () => controllers.forEach((c) => c.refresh());

type Host = ReactiveControllerHost & HTMLElement;

/** Gives its host `locale`, `t()` and `ready` (resolves when the host's catalog is loaded). */
export class LocalizeController implements ReactiveController {
  locale: Locale = 'en';
  /** Pending while the host's catalog loads; elements wait for it before rendering, so no English flash. */
  ready: Promise<void> = Promise.resolve();
  private catalog: Catalog = en;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    controllers.add(this);
    if (!observer) {
      observer = new MutationObserver(refreshAll);
      observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
      addEventListener('languagechange', refreshAll);
    }
    this.refresh();
  }

  hostDisconnected() {
    controllers.delete(this);
  }

  /** Re-resolves the language; loads its catalog and re-renders the host when it changed. */
  refresh() {
    const locale = resolveLocale(this.host);
    if (locale === this.locale && this.catalog === (loaded.get(locale) ?? this.catalog)) return;
    this.locale = locale;
    const now = loaded.get(locale);
    if (now) {
      this.catalog = now;
      this.host.requestUpdate();
      return;
    }
    this.ready = loadCatalog(locale).then((catalog) => {
      if (this.locale !== locale) return; // the language changed again meanwhile
      this.catalog = catalog;
      this.host.requestUpdate();
    });
  }

  t(key: MessageKey, params?: Record<string, string | number>): string {
    return interpolate(this.catalog[key] ?? en[key] ?? key, params);
  }

  has(key: string): key is MessageKey {
    return key in en;
  }
}
