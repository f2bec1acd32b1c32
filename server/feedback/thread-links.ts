/**
 * @module Links from emails back to a feedback thread: `/thread/<id>.<mac>`, where the mac
 * is an HMAC of the id with a key derived from the shop's secret — nothing to store, any
 * instance can check it, and it cannot be guessed from the id.
 */
import { createHmac } from 'node:crypto';
import type { Shop } from '../kernel/db/shops.ts';
import { safeEqual } from '../kernel/secrets.ts';

const mac = (shop: Pick<Shop, 'signingSecret'>, id: string) =>
  createHmac('sha256', shop.signingSecret).update(`rapport-thread:${id}`).digest('base64url').slice(0, 32);

export const threadToken = (shop: Pick<Shop, 'signingSecret'>, feedbackId: string) => `${feedbackId}.${mac(shop, feedbackId)}`;

export function threadUrl(base: string, shop: Shop, feedbackId: string): string {
  return `${base}/thread/${shop.publicKey}/${threadToken(shop, feedbackId)}`;
}

/** The feedback id a token names, when its mac is right. */
export function verifyThreadToken(shop: Shop, token: string): string | undefined {
  const [id, m] = token.split('.');
  if (!id || !m || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return safeEqual(m, mac(shop, id)) ? id : undefined;
}
