/**
 * @module Proof of work instead of a captcha vendor, in the ALTCHA format: the client
 * finds n with SHA-256(salt + n) = challenge; the signature (HMAC with a key derived
 * from the shop's secret) proves the server issued it, so any instance can verify it
 * without shared state. Each solution is spent once (pow_spent).
 */
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import type { Shop } from '../db/shops.ts';
import { safeEqual } from '../secrets.ts';

export const POW_MAX_NUMBER = 100_000;
const TTL_SECONDS = 10 * 60;

const key = (shop: Shop) => createHmac('sha256', shop.signingSecret).update('rapport-pow').digest();
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface Challenge {
  algorithm: 'SHA-256';
  challenge: string;
  salt: string;
  signature: string;
  maxnumber: number;
}

export function createChallenge(shop: Shop, maxnumber = POW_MAX_NUMBER): Challenge {
  const expires = Math.floor(Date.now() / 1000) + TTL_SECONDS;
  const salt = `${randomBytes(12).toString('hex')}?expires=${expires}`;
  const challenge = sha256(salt + randomInt(0, maxnumber + 1));
  const signature = createHmac('sha256', key(shop)).update(challenge).digest('hex');
  return { algorithm: 'SHA-256', challenge, salt, signature, maxnumber };
}

/** Checks a solved challenge (base64 JSON); returns its signature and expiry when valid. */
export function verifySolution(shop: Shop, payload: string): { signature: string; expiresAt: Date } | undefined {
  let p: { algorithm?: unknown; challenge?: unknown; number?: unknown; salt?: unknown; signature?: unknown };
  try {
    p = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (p.algorithm !== 'SHA-256' || typeof p.challenge !== 'string' || typeof p.salt !== 'string' ||
      typeof p.signature !== 'string' || typeof p.number !== 'number' || !Number.isInteger(p.number)) return undefined;
  const expires = Number(/[?&]expires=(\d+)/.exec(p.salt)?.[1]);
  if (!expires || expires * 1000 < Date.now()) return undefined;
  if (!safeEqual(sha256(p.salt + p.number), p.challenge)) return undefined;
  const expected = createHmac('sha256', key(shop)).update(p.challenge).digest('hex');
  if (!safeEqual(expected, p.signature)) return undefined;
  return { signature: p.signature, expiresAt: new Date(expires * 1000) };
}

/** Solves a challenge (tests and tools; the widget does the same with Web Crypto). */
export function solve(c: Challenge): number | undefined {
  for (let n = 0; n <= c.maxnumber; n++) if (sha256(c.salt + n) === c.challenge) return n;
  return undefined;
}
