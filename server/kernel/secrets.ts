/**
 * @module Random secrets and their hashes: public keys, signing secrets, session
 * tokens. Tokens are stored only as SHA-256 hashes.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');
export const newPublicKey = (): string => `pk_${randomBytes(12).toString('hex')}`;
export const newSigningSecret = (): string => `sk_${randomBytes(32).toString('base64url')}`;
export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
