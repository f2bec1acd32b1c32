/**
 * @module The customer session, loader side: kept in memory and in sessionStorage under a
 * shop-scoped key (so moving between pages keeps it until it expires, and closing the
 * tab forgets it), announced with `rapport-identity-change` on window. Loader-only at
 * runtime (chunks read the session through `window.Rapport`).
 *
 * A session restored from storage is only `saved`, not in use: the store's proof on this
 * page is the truth (the shopper may have signed out of the store, and the next person at
 * a shared computer must not write as them). The loader confirms it when the page's proof
 * is the one it came from, and forgets it otherwise.
 */
import { RapportIdentityChangeEvent } from './identity-events.ts';
import type { RapportSession } from './rapport-global.ts';

const live = (s: RapportSession | null): s is RapportSession =>
  !!s && typeof s.sessionToken === 'string' && Date.parse(s.expiresAt) > Date.now();

export interface SessionStore {
  /** The session in use (confirmed on this page), or null. */
  get(): RapportSession | null;
  set(next: RapportSession | null): void;
  /** The session restored from an earlier page, not yet confirmed by this page's proof. */
  saved(): RapportSession | null;
}

export function sessionStore(shop: string): SessionStore {
  const key = `rapport:session:${shop}`;
  let current: RapportSession | null = null;
  let restored: RapportSession | null = null;
  let expiry: ReturnType<typeof setTimeout> | undefined;

  // Storage can throw (disabled cookies, sandboxed frames): then the session lives in memory only.
  const write = (s: RapportSession | null) => {
    try {
      if (s) sessionStorage.setItem(key, JSON.stringify(s));
      else sessionStorage.removeItem(key);
    } catch {}
  };

  // Announce the expiry when it happens, so elements drop customer data on their own.
  const arm = (s: RapportSession | null) => {
    clearTimeout(expiry);
    if (s) expiry = setTimeout(() => store.set(null), Math.min(Date.parse(s.expiresAt) - Date.now(), 2 ** 31 - 1));
  };

  const store: SessionStore = {
    get: () => (live(current) ? current : null),
    saved: () => (live(restored) ? restored : null),
    set(next) {
      restored = null;
      // Compare with the raw value: an expired session must still be announced as gone.
      const was = current;
      current = live(next) ? next : null;
      write(current);
      arm(current);
      if (was?.sessionToken !== current?.sessionToken) dispatchEvent(new RapportIdentityChangeEvent(current));
    },
  };

  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as RapportSession | null;
    restored = live(saved) ? saved : null;
    if (!restored) write(null);
  } catch {}
  return store;
}
