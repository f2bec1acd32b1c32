/**
 * @module The device cookie: a browser that signed in to an account is remembered (an
 * HttpOnly cookie naming the staff member and a random device id, with an HMAC from a key
 * derived from the shop's secret). An account locked by strangers' failed guesses still
 * lets that browser in with the right password.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Shop } from '../kernel/db/shops.ts';
import { safeEqual } from '../kernel/secrets.ts';
import { DEVICE_DAYS } from './limits.ts';

export const DEVICE_COOKIE = 'rapport_device';

const mac = (shop: Pick<Shop, 'signingSecret'>, staffId: string, deviceId: string) =>
  createHmac('sha256', shop.signingSecret).update(`rapport-device:${staffId}:${deviceId}`).digest('base64url');

/** The device id the browser's cookie proves for `staffId`, or undefined. */
export function knownDevice(c: Context, shop: Pick<Shop, 'signingSecret'>, staffId: string): string | undefined {
  const [id, device, sig] = (getCookie(c, DEVICE_COOKIE) ?? '').split('.');
  if (id !== staffId || !device || !sig) return undefined;
  return safeEqual(sig, mac(shop, staffId, device)) ? device : undefined;
}

/** Remembers this browser for `staffId` (after a successful sign-in). */
export function rememberDevice(c: Context, shop: Pick<Shop, 'signingSecret'>, staffId: string, device = randomBytes(12).toString('base64url')): void {
  setCookie(c, DEVICE_COOKIE, `${staffId}.${device}.${mac(shop, staffId, device)}`, {
    httpOnly: true, secure: true, sameSite: 'Strict', path: '/v1/admin/session', maxAge: DEVICE_DAYS * 24 * 3600,
  });
}
