/**
 * @module Identity exchange: swaps the store's signed proof of who is logged in for a
 * Rapport session (`POST /v1/identity/exchange`). Imported lazily by the loader, so the
 * loader stays small and this goes through the one API client.
 */
import { ApiClient, type Result } from './api-client.ts';
import type { RapportSession } from './rapport-global.ts';

/**
 * SHA-256 of a proof, hex. Undefined where WebCrypto is missing (plain-http pages are not
 * a secure context): the caller then simply exchanges again.
 */
export async function proofDigest(token: string): Promise<string | undefined> {
  try {
    if (!globalThis.crypto?.subtle) return undefined;
    const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
    return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}

/**
 * Exchanges `token` unless `current` already came from this very proof and is still
 * valid (a store renders the same proof on every page; one exchange is enough).
 */
export async function exchangeIdentity(
  api: string,
  shop: string,
  token: string,
  current: RapportSession | null,
): Promise<Result<RapportSession>> {
  const proof = await proofDigest(token);
  if (proof && current?.proof === proof && Date.parse(current.expiresAt) > Date.now()) {
    return { ok: true, value: current };
  }
  const client = new ApiClient({ baseUrl: api, headers: () => ({ 'x-rapport-shop': shop }) });
  const res = await client.post<RapportSession>('/v1/identity/exchange', { token });
  if (!res.ok) return res;
  const v = res.value;
  if (typeof v?.sessionToken !== 'string' || typeof v.expiresAt !== 'string') {
    return { ok: false, error: { code: 'internal', status: 200, title: 'Malformed identity answer' } };
  }
  return { ok: true, value: { ...v, proof } };
}
