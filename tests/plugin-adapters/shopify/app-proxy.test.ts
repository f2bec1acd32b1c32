/**
 * @module Shopify app-proxy identity: the signatures.md §2 vector (repeated keys joined by
 * commas, keys sorted, values URL-decoded), freshness within 90 s, forgeries refused.
 */
import { describe, expect, it } from 'vitest';
import { shopifyAdapter } from '../../../plugin-adapters/index.ts';
import { appProxyMessage } from '../../../plugin-adapters/shopify/app-proxy.ts';
import { hexHmac, VECTOR_SECRET } from '../helpers.ts';

const VECTOR_QUERY = 'extra=1&extra=2&shop=shop-name.myshopify.com&logged_in_customer_id=1&path_prefix=%2Fapps%2Fawesome_reviews&timestamp=1317327555';
const VECTOR_SIGNATURE = '4c68c8624d737112c91818c11017d24d334b524cb5c2b8ba08daa056f7395ddb';
const SIGNED_AT = new Date(1317327555 * 1000);

function proof(query: string) {
  return { kind: 'app-proxy' as const, query };
}

describe('Shopify app-proxy signature', () => {
  it('builds the message of the vector', () => {
    expect(appProxyMessage(new URLSearchParams(`${VECTOR_QUERY}&signature=${VECTOR_SIGNATURE}`))).toBe(
      'extra=1,2logged_in_customer_id=1path_prefix=/apps/awesome_reviewsshop=shop-name.myshopify.comtimestamp=1317327555',
    );
  });

  it('accepts the vector and trusts its logged_in_customer_id', async () => {
    const result = await shopifyAdapter.verifyIdentity(proof(`${VECTOR_QUERY}&signature=${VECTOR_SIGNATURE}`), VECTOR_SECRET, SIGNED_AT);
    expect(result).toEqual({ ok: true, customerId: '1', email: null, name: null, expiresAt: null });
  });

  it('accepts the query with a leading "?" and the signature anywhere in it', async () => {
    const query = `?signature=${VECTOR_SIGNATURE}&${VECTOR_QUERY}`;
    expect(await shopifyAdapter.verifyIdentity(proof(query), VECTOR_SECRET, new Date(SIGNED_AT.getTime() + 89_000))).toMatchObject({ ok: true, customerId: '1' });
  });

  it('says nobody is logged in when Shopify sends an empty logged_in_customer_id', async () => {
    const query = 'logged_in_customer_id=&shop=shop-name.myshopify.com&timestamp=1317327555';
    const signature = hexHmac(VECTOR_SECRET, 'logged_in_customer_id=shop=shop-name.myshopify.comtimestamp=1317327555');
    expect(await shopifyAdapter.verifyIdentity(proof(`${query}&signature=${signature}`), VECTOR_SECRET, SIGNED_AT)).toEqual({
      ok: true, customerId: null, email: null, name: null, expiresAt: null,
    });
  });

  it('refuses a request signed more than 90 seconds away from now, either way', async () => {
    const query = `${VECTOR_QUERY}&signature=${VECTOR_SIGNATURE}`;
    expect(await shopifyAdapter.verifyIdentity(proof(query), VECTOR_SECRET, new Date(SIGNED_AT.getTime() + 91_000))).toMatchObject({ ok: false, reason: 'stale' });
    expect(await shopifyAdapter.verifyIdentity(proof(query), VECTOR_SECRET, new Date(SIGNED_AT.getTime() - 91_000))).toMatchObject({ ok: false, reason: 'stale' });
  });

  it('refuses another customer id under the same signature', async () => {
    const forged = VECTOR_QUERY.replace('logged_in_customer_id=1', 'logged_in_customer_id=2');
    expect(await shopifyAdapter.verifyIdentity(proof(`${forged}&signature=${VECTOR_SIGNATURE}`), VECTOR_SECRET, SIGNED_AT)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a missing, doubled, shortened or wrongly keyed signature', async () => {
    const at = SIGNED_AT;
    expect(await shopifyAdapter.verifyIdentity(proof(VECTOR_QUERY), VECTOR_SECRET, at)).toMatchObject({ reason: 'missing-signature' });
    expect(await shopifyAdapter.verifyIdentity(proof(`${VECTOR_QUERY}&signature=${VECTOR_SIGNATURE}&signature=${VECTOR_SIGNATURE}`), VECTOR_SECRET, at)).toMatchObject({ reason: 'missing-signature' });
    expect(await shopifyAdapter.verifyIdentity(proof(`${VECTOR_QUERY}&signature=${VECTOR_SIGNATURE.slice(0, 62)}`), VECTOR_SECRET, at)).toMatchObject({ reason: 'bad-signature' });
    expect(await shopifyAdapter.verifyIdentity(proof(`${VECTOR_QUERY}&signature=${VECTOR_SIGNATURE}`), 'other-secret', at)).toMatchObject({ reason: 'bad-signature' });
  });

  it('refuses a JWT: Shopify proves identity through the app proxy', async () => {
    expect(await shopifyAdapter.verifyIdentity({ kind: 'jwt', token: 'a.b.c' }, VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'unsupported-proof' });
  });
});
