/**
 * @module Tokens for the forms on pages customers open from an email. Those pages work
 * from any mail client's link as they are, so a form cannot lean on `Origin`/`Referer`
 * (a no-referrer page posts `Origin: null`): each form carries its own token, an HMAC of
 * what the form acts on and why, with a key derived from the shop's secret — nothing to
 * store, any instance checks it, and another page cannot forge one.
 */
import { createHmac } from 'node:crypto';
import type { Shop } from '../db/shops.ts';
import { safeEqual } from '../secrets.ts';

const mac = (shop: Pick<Shop, 'signingSecret'>, purpose: string, subject: string) =>
  createHmac('sha256', shop.signingSecret).update(`rapport-form:${purpose}:${subject}`).digest('base64url');

/** The token a page puts in a hidden `form_token` field. */
export const formToken = (shop: Pick<Shop, 'signingSecret'>, purpose: string, subject: string) => mac(shop, purpose, subject);

/** Whether `token` is the one this form (purpose + subject) was given. */
export const validFormToken = (shop: Pick<Shop, 'signingSecret'>, purpose: string, subject: string, token: string | null | undefined) =>
  !!token && safeEqual(token, mac(shop, purpose, subject));
