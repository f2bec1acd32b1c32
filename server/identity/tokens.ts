/**
 * @module Customer identity: verifies the storefront's proof (an HS256 JWT signed with
 * the shop's secret) and issues/verifies Rapport's own short-lived session tokens,
 * signed with a key derived from the same secret so neither can pass for the other.
 */
import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { Problem } from '../kernel/http/errors.ts';
import type { Shop } from '../kernel/db/shops.ts';

/** The longest a storefront proof may live: it is exchanged at once, not kept. */
export const PROOF_MAX_SECONDS = 24 * 60 * 60;
export const SESSION_SECONDS = 60 * 60;

export interface StorefrontClaims {
  sub: string;
  email?: string;
  name?: string;
  exp: number;
}

const enc = new TextEncoder();
const sessionKey = (shop: Shop) =>
  createHmac('sha256', shop.signingSecret).update('rapport-customer-session').digest();

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
    if (payload.typ === 'rapport-session') throw invalid('A session token is not an identity proof');
    if (payload.exp! - Math.floor(Date.now() / 1000) > PROOF_MAX_SECONDS) {
      throw invalid(`The token must expire within ${PROOF_MAX_SECONDS / 3600} hours`);
    }
    const sub = String(payload.sub);
    if (sub.length === 0 || sub.length > 200) throw invalid('The token subject is not a customer id');
    const email = typeof payload.email === 'string' && payload.email.length <= 320 ? payload.email : undefined;
    const name = typeof payload.name === 'string' ? payload.name.slice(0, 200) : undefined;
    return { sub, email, name, exp: payload.exp! };
  } catch (err) {
    if (err instanceof Problem) throw err;
    if (err instanceof joseErrors.JWTExpired) throw invalid('The token has expired');
    throw invalid('The token signature or format is not valid');
  }
}

/** Issues a customer session token for this shop (stateless: any instance verifies it). */
export async function issueSessionToken(shop: Shop, customerId: string): Promise<{ token: string; expiresAt: Date }> {
  const exp = Math.floor(Date.now() / 1000) + SESSION_SECONDS;
  const token = await new SignJWT({ typ: 'rapport-session' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(customerId)
    .setAudience(`rapport:${shop.id}`)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(sessionKey(shop));
  return { token, expiresAt: new Date(exp * 1000) };
}

/** Returns the customer id of a valid session token of `shop`; throws a 401 Problem otherwise. */
export async function verifySessionToken(token: string, shop: Shop): Promise<string> {
  try {
    const { payload } = await jwtVerify(token, sessionKey(shop), {
      algorithms: ['HS256'],
      audience: `rapport:${shop.id}`,
      requiredClaims: ['sub', 'exp'],
    });
    if (payload.typ !== 'rapport-session') throw invalid('Not a session token');
    return String(payload.sub);
  } catch (err) {
    if (err instanceof Problem) throw err;
    if (err instanceof joseErrors.JWTExpired) throw invalid('The session has expired');
    throw invalid('The session token is not valid');
  }
}
