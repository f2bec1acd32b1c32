/**
 * @module Customer sessions: Rapport's own short-lived tokens (HS256, stateless, so any
 * instance verifies them), signed with a key derived from the shop's secret — so a
 * session can never pass for the store's identity proof, nor the proof for a session —
 * and the reading of `Authorization: Bearer <session>` on storefront routes.
 */
import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import type { Context } from 'hono';
import type { Shop } from '../db/shops.ts';
import { Problem } from './errors.ts';
import type { ShopEnv } from './shop-auth.ts';

export const SESSION_SECONDS = 60 * 60;
/** The claim that marks a session token (a storefront proof carrying it is refused). */
export const SESSION_TYPE = 'rapport-session';

const sessionKey = (shop: Shop) => createHmac('sha256', shop.signingSecret).update('rapport-customer-session').digest();

const invalid = (detail: string) => new Problem('invalid-token', { detail });

/** Issues a customer session token for this shop. */
export async function issueSessionToken(shop: Shop, customerId: string): Promise<{ token: string; expiresAt: Date }> {
  const exp = Math.floor(Date.now() / 1000) + SESSION_SECONDS;
  const token = await new SignJWT({ typ: SESSION_TYPE })
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
    if (payload.typ !== SESSION_TYPE) throw invalid('Not a session token');
    return String(payload.sub);
  } catch (err) {
    if (err instanceof Problem) throw err;
    if (err instanceof joseErrors.JWTExpired) throw invalid('The session has expired');
    throw invalid('The session token is not valid');
  }
}

/**
 * The customer a storefront request acts for: a present `Authorization` header must be a
 * valid `Bearer <session>` of this shop (else 401); undefined for an anonymous shopper.
 */
export async function sessionCustomer(c: Context<ShopEnv>): Promise<string | undefined> {
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (header && !bearer) throw new Problem('invalid-token', { detail: 'Send the session as "Authorization: Bearer <token>"' });
  return bearer ? verifySessionToken(bearer, c.var.shop) : undefined;
}
