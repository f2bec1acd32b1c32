/**
 * @module Admin language: which language the staff member chose (remembered in
 * localStorage, else from the browser's languages), applying it to the whole page
 * (texts, `lang` for screen readers) and a reactive controller that re-renders its
 * element when the language changes, so every page switches without a reload.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ADMIN_LOCALES, adminLocale, onAdminLocaleChange, pickAdminLocale, setAdminLocale, type AdminLocale } from './admin-i18n.ts';

/** Where the choice is kept, per browser. */
export const LOCALE_STORAGE_KEY = 'rapport-admin-locale';

/** Each language named in itself, so anyone finds theirs whatever the admin speaks now. */
export const ADMIN_LOCALE_NAMES: Record<AdminLocale, string> = { 'en': 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };

const isAdminLocale = (l: unknown): l is AdminLocale => ADMIN_LOCALES.includes(l as AdminLocale);

function stored(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy settings): fall back on the browser's languages
  }
}

/** The staff member's language: the one they chose here before, else the browser's best fit. */
export function preferredAdminLocale(): AdminLocale {
  const chosen = stored();
  return isAdminLocale(chosen) ? chosen : pickAdminLocale(navigator.languages ?? [navigator.language]);
}

/** Shows the admin in `locale` (once its texts are loaded) and marks the page's language. */
export async function applyAdminLocale(locale: AdminLocale): Promise<void> {
  await setAdminLocale(locale);
  document.documentElement.lang = adminLocale();
}

/** Applies `locale` and remembers it for the next visit. Rejects if its texts cannot be loaded. */
export async function chooseAdminLocale(locale: AdminLocale): Promise<void> {
  await applyAdminLocale(locale);
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered; this visit still switches.
  }
}

type Host = ReactiveControllerHost & Element;

/** Re-renders its host whenever the admin's language changes (and on reconnecting, if it changed meanwhile). */
export class AdminLocaleController implements ReactiveController {
  private stop?: () => void;
  private rendered = adminLocale();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onAdminLocaleChange(() => this.host.requestUpdate());
    if (this.rendered !== adminLocale()) this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.rendered = adminLocale();
  }

  hostDisconnected(): void {
    this.stop?.();
  }
}
