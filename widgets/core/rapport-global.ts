/**
 * @module The public shape of `window.Rapport` (types only, no runtime code): the loader
 * implements it, the element chunks read it through `config.ts`. Keeping it type-only
 * means importing it never pulls loader code into a chunk.
 */
import type { IdentityExchangeResult } from '../../server/identity/contract.ts';
import type { ApiError, Result } from './api-client.ts';

/** A verified customer's Rapport session (from `POST /v1/identity/exchange`). */
export interface RapportSession extends IdentityExchangeResult {
  /** SHA-256 of the storefront proof it came from, so the same proof is not exchanged twice. */
  proof?: string;
}

export type { ApiError, Result };

/**
 * `window.Rapport`: set up by the loader script. Every method resolves to a `Result` and
 * never throws into the storefront.
 *
 * @example
 * const r = await Rapport.identify(jwtFromTheStore);
 * if (!r.ok) console.info('Rapport runs anonymously:', r.error.code);
 */
export interface RapportGlobal {
  /** Version of the Rapport widgets. */
  readonly version: string;
  /** The shop's public key (`data-shop` on the script tag). */
  readonly shop: string;
  /** Base URL of the Rapport API (`data-api`, else the loader's origin). */
  readonly api: string;
  /**
   * The verified customer's session, or `null` while the shopper is anonymous — and while
   * this page has not yet shown who is signed in to the store (a session kept from an
   * earlier page counts only once this page's proof confirms it).
   */
  readonly session: RapportSession | null;
  /**
   * Resolves once this page's identity is decided: the proof on the page exchanged (or
   * matched to the kept session), or no proof found when the page was parsed. Anything
   * sent on a shopper's behalf waits for it, so it never goes out as a guest's by mistake
   * nor as the previous customer's.
   */
  identityReady(): Promise<RapportSession | null>;
  /**
   * Exchanges a storefront identity proof (a JWT signed with the shop secret) for a
   * session. Fires `rapport-identity-change` on success, `rapport-identity-error` on failure.
   */
  identify(token: string): Promise<Result<RapportSession>>;
  /** Forgets the session (memory and sessionStorage); fires `rapport-identity-change`. The store calls it at sign-out. */
  signOut(): void;
  /** Looks for Rapport tags inside `root` (e.g. a shadow root the page observer cannot see). */
  scan(root: ParentNode): void;
  /**
   * Records something the shopper did, for the shop's insight and recommendations, e.g.
   * `Rapport.track('cart.add', { product: 'celadon-teapot', quantity: 1 })`. `product` and
   * `variant` name them as the page knows them (Rapport's id, the platform's id, the
   * handle, a SKU); the rest is the kind's data. Never throws; a bad event is refused by
   * the server and reported in the console. Product pages can instead carry
   * `data-rapport-product="<id>"` on an element: its view is recorded without code.
   */
  track(kind: string, data?: Record<string, unknown>): void;
  /**
   * The shopper's answer to the shop's consent question (a cookie banner, the profile):
   * with `true` a visitor id is kept in this browser and events are linked to the
   * shopper; with `false` it is forgotten and events are counted for the shop only.
   * Fires `rapport-consent-change` on `window`.
   */
  consent(granted: boolean): void;
  /** The shopper's answer so far: true, false, or undefined when never asked. */
  readonly consented: boolean | undefined;
}

declare global {
  interface Window {
    Rapport?: RapportGlobal;
  }
}
