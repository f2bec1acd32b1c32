/**
 * @module Signatures: HMAC-SHA256 digests from node:crypto, compared in constant time,
 * and header lookup that works on a Fetch `Headers` and on Node's plain header object.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** A Fetch `Headers` (Hono's `c.req.raw.headers`) or Node's `IncomingHttpHeaders`. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

/** One header's value, by case-insensitive name; the first when it was sent twice. */
export function headerValue(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() !== wanted) continue;
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** HMAC-SHA256 over the parts in order (bytes as they are, strings as UTF-8). */
export function hmacSha256(secret: string, ...parts: (Uint8Array | string)[]): Buffer {
  const hmac = createHmac('sha256', secret);
  for (const part of parts) hmac.update(part);
  return hmac.digest();
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const HEX = /^[0-9a-fA-F]+$/;

/**
 * Whether `received` (base64 or hex text) is exactly the `expected` digest. The bytes are
 * compared with `timingSafeEqual` after checking the lengths, so the time taken says
 * nothing about how many bytes matched.
 */
export function digestMatches(expected: Buffer, received: string, encoding: 'base64' | 'hex'): boolean {
  const text = received.trim();
  if (!(encoding === 'base64' ? BASE64 : HEX).test(text)) return false;
  const bytes = Buffer.from(text, encoding);
  if (bytes.length !== expected.length) return false;
  if (encoding === 'base64' && bytes.toString('base64') !== text) return false;
  return timingSafeEqual(bytes, expected);
}
