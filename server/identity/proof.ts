/**
 * @module The store's identity proof: an HS256 JWT signed with the shop's secret, saying
 * who is logged in to the store. Verified here, then swapped for a Rapport session
 * (server/kernel/http/customer-session.ts), which is signed with a different key.
 */
import { jwtVerify, errors as joseErrors } from 'jose';
import { SESSION_TYPE } from '../kernel/http/customer-session.ts';
import { Problem } from '../kernel/http/errors.ts';
import { hasNul } from '../kernel/http/input-rules.ts';
import type { Shop } from '../kernel/db/shops.ts';
import type { Platform } from './db.ts';

/** The longest a storefront proof may live: it is exchanged at once, not kept. */
export const PROOF_MAX_SECONDS = 24 * 60 * 60;

export interface StorefrontClaims {
  sub: string;
  email?: string;
  name?: string;
  exp: number;
  /**
   * Whose customer id `sub` is (the `platform` claim): a WooCommerce user id, a Shopify or
   * Medusa customer id — so the shopper is the customer their orders came in with by webhook.
   * Absent: `generic` (a custom store's own ids).
   */
  platform: Platform;
}

const PLATFORMS: readonly Platform[] = ['generic', 'shopify', 'woocommerce', 'medusa'];

const enc = new TextEncoder();

function invalid(detail: string): Problem {
  return new Problem('invalid-token', { detail });
}

/** Verifies a storefront identity proof for `shop`; throws a 401 Problem otherwise. */
export async function verifyStorefrontToken(token: string, shop: Shop): Promise<StorefrontClaims> {
  try {
    const { payload } = await jwtVerify(token, enc.encode(shop.signingSecret), {
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'exp'],
      clockTolerance: 30,
    });
    if (payload.aud !== undefined && payload.aud !== shop.publicKey) throw invalid('The token is for another shop');
    if (payload.typ === SESSION_TYPE) throw invalid('A session token is not an identity proof');
    if (payload.exp! - Math.floor(Date.now() / 1000) > PROOF_MAX_SECONDS) {
      throw invalid(`The token must expire within ${PROOF_MAX_SECONDS / 3600} hours`);
    }
    const sub = String(payload.sub);
    if (sub.length === 0 || sub.length > 200 || hasNul(sub)) throw invalid('The token subject is not a customer id');
    for (const claim of [payload.email, payload.name]) {
      if (typeof claim === 'string' && hasNul(claim)) throw invalid('A claim of the token contains a NUL character');
    }
    const email = typeof payload.email === 'string' && payload.email.length <= 320 ? payload.email : undefined;
    const name = typeof payload.name === 'string' ? payload.name.slice(0, 200) : undefined;
    if (payload.platform !== undefined && !PLATFORMS.includes(payload.platform as Platform)) {
      throw invalid(`The token's platform must be one of ${PLATFORMS.join(', ')}`);
    }
    return { sub, email, name, exp: payload.exp!, platform: (payload.platform as Platform | undefined) ?? 'generic' };
  } catch (err) {
    if (err instanceof Problem) throw err;
    if (err instanceof joseErrors.JWTExpired) throw invalid('The token has expired');
    throw invalid('The token signature or format is not valid');
  }
}
