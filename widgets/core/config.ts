/**
 * @module What an element needs to know about its page: the shop key, the API base and
 * the customer's session, read from `window.Rapport` (set up by the loader) at the
 * moment of use, so a sign-in or sign-out is seen by the next request.
 */
import { ApiClient, type ApiError, type Result } from './api-client.ts';
import type { RapportGlobal, RapportSession } from './rapport-global.ts';

/** The loader's global, or undefined when an element was loaded without the loader. */
export function rapport(): RapportGlobal | undefined {
  return typeof window === 'undefined' ? undefined : window.Rapport;
}

/** The current session token, or undefined while the shopper is anonymous. */
export function sessionToken(): string | undefined {
  return rapport()?.session?.sessionToken;
}

/** The error an element shows when the page has no shop key (loader missing or misconfigured). */
export const SETUP_ERROR: ApiError = { code: 'setup', status: 0, title: 'Rapport is not set up: no shop key' };

let client: ApiClient | undefined;
let clientBase = '';

/**
 * The storefront API client: shop key and session token go with every call; no
 * cookies (`credentials: 'omit'`), the API is cross-origin and token-based.
 * Returns undefined when the page has no shop key.
 */
export function storefrontApi(): ApiClient | undefined {
  const r = rapport();
  if (!r?.shop || !r.api) return undefined;
  if (!client || clientBase !== r.api) {
    clientBase = r.api;
    client = new ApiClient({
      baseUrl: r.api,
      headers: () => {
        const token = sessionToken();
        return { 'x-rapport-shop': r.shop, ...(token ? { authorization: `Bearer ${token}` } : {}) };
      },
    });
  }
  return client;
}

/** `storefrontApi().get` that reports a missing setup as an error result instead of throwing. */
export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<Result<T>> {
  const api = storefrontApi();
  return api ? api.get<T>(path, signal) : { ok: false, error: SETUP_ERROR };
}

/** Identifies the shopper through the loader; a result even when the loader is missing. */
export async function identify(token: string): Promise<Result<RapportSession>> {
  const r = rapport();
  return r ? r.identify(token) : { ok: false, error: SETUP_ERROR };
}
