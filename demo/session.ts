/**
 * @module The demo store's own login, as a real store would have one: a signed,
 * HttpOnly, SameSite=Lax cookie naming the signed-in customer, and the identity proof
 * the store hands the widgets — an HS256 JWT signed with the shop's secret.
 */
import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, getSignedCookie, setCookie, setSignedCookie } from 'hono/cookie';
import { SignJWT } from 'jose';
import type { Shop } from '../server/kernel/db/shops.ts';
import type { Locale } from './i18n.ts';
import type { PlatformCustomer } from '../server/identity/index.ts';

export const CUSTOMER_COOKIE = 'll_customer';
export const LANG_COOKIE = 'll_lang';
const LOGIN_SECONDS = 8 * 60 * 60;
/** The proof is exchanged by the widgets at once; an hour is plenty and limits a leak. */
const PROOF_SECONDS = 60 * 60;

/** The store's cookie key: derived from the shop secret, so it is never the secret itself. */
const cookieKey = (shop: Shop) => createHmac('sha256', shop.signingSecret).update('demo-store-login').digest('hex');
const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:';

/** The external id of the signed-in customer, if the cookie is there and genuine. */
export async function signedInCustomer(c: Context, shop: Shop): Promise<string | undefined> {
  const v = await getSignedCookie(c, cookieKey(shop), CUSTOMER_COOKIE);
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

export async function signIn(c: Context, shop: Shop, externalId: string): Promise<void> {
  await setSignedCookie(c, CUSTOMER_COOKIE, externalId, cookieKey(shop), {
    path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c), maxAge: LOGIN_SECONDS,
  });
}

export function signOut(c: Context): void {
  deleteCookie(c, CUSTOMER_COOKIE, { path: '/', secure: isHttps(c) });
}

const CONSENT_COOKIE = 'll_consent';
export type Consent = 'granted' | 'denied';

/** The shopper's answer to "personalize with what I browse?", as the store's own consent banner would keep it. */
export function savedConsent(c: Context): Consent | undefined {
  const v = getCookie(c, CONSENT_COOKIE);
  return v === 'granted' || v === 'denied' ? v : undefined;
}

export function saveConsent(c: Context, consent: Consent): void {
  setCookie(c, CONSENT_COOKIE, consent, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c), maxAge: 365 * 86400 });
}

export const savedLocale = (c: Context): string | undefined => getCookie(c, LANG_COOKIE);

export function saveLocale(c: Context, locale: Locale): void {
  setCookie(c, LANG_COOKIE, locale, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c), maxAge: 365 * 86400 });
}

/** The identity proof for `customer`: what POST /v1/identity/exchange accepts. */
export async function customerProof(shop: Shop, customer: PlatformCustomer): Promise<string> {
  const claims: Record<string, string> = {};
  if (customer.email) claims.email = customer.email;
  if (customer.name) claims.name = customer.name;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(customer.externalId)
    .setAudience(shop.publicKey)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + PROOF_SECONDS)
    .sign(new TextEncoder().encode(shop.signingSecret));
}
