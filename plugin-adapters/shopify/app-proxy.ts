/**
 * @module Shopify app-proxy requests: Shopify signs the query string of every request it
 * forwards from the shop's `/apps/rapport/…` to Rapport, and adds `logged_in_customer_id`
 * (empty when nobody is logged in). The signature makes that id trustworthy.
 * Algorithm and test vector: shared/fixtures/signatures.md §2.
 */
import type { IdentityProof, IdentityResult } from '../contract.ts';
import { digestMatches, hmacSha256 } from '../shared/signatures.ts';

/** How far `timestamp` may be from our clock, either way (our rule: old signed URLs are not replayed). */
export const APP_PROXY_MAX_AGE_SECONDS = 90;

/**
 * The message Shopify signs: parameters without `signature`, URL-decoded, values of a
 * repeated key joined by commas in arrival order, keys sorted, `key=value` joined with nothing.
 */
export function appProxyMessage(params: URLSearchParams): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (key === 'signature') continue;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  return [...grouped.keys()].sort().map((key) => `${key}=${grouped.get(key)!.join(',')}`).join('');
}

function refuse(reason: Extract<IdentityResult, { ok: false }>['reason'], message: string): IdentityResult {
  return { ok: false, reason, message };
}

/** Verifies an app-proxy query string with the app's shared secret. */
export function verifyAppProxy(proof: IdentityProof, secret: string, now = new Date()): IdentityResult {
  if (proof.kind !== 'app-proxy') return refuse('unsupported-proof', 'Shopify proves identity with an app-proxy signature');
  const params = new URLSearchParams(proof.query.startsWith('?') ? proof.query.slice(1) : proof.query);
  const signatures = params.getAll('signature');
  if (signatures.length !== 1) return refuse('missing-signature', 'Expected exactly one signature parameter');
  if (!digestMatches(hmacSha256(secret, appProxyMessage(params)), signatures[0], 'hex')) {
    return refuse('bad-signature', 'The signature does not match the query');
  }
  const timestamp = params.get('timestamp') ?? '';
  if (!/^\d{1,12}$/.test(timestamp)) return refuse('invalid-claims', 'No timestamp');
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > APP_PROXY_MAX_AGE_SECONDS) {
    return refuse('stale', `The request was signed more than ${APP_PROXY_MAX_AGE_SECONDS} seconds from now`);
  }
  const customerId = params.get('logged_in_customer_id')?.trim();
  return { ok: true, customerId: customerId ? customerId : null, email: null, name: null, expiresAt: null };
}
