/**
 * @module Proof of work for <rapport-feedback> (ALTCHA's format): when the API answers 429
 * with a challenge, find n in 0..maxnumber with hex(SHA-256(salt + n)) === challenge using
 * Web Crypto, in batches that hand the event loop back every ~1000 tries, and pack the
 * answer as the `pow` field of the resent submission.
 */
import type { PowChallenge } from '../../server/kernel/http/contract.ts';

const BATCH = 1000;

/** The challenge carried by an API error (the problem body's `challenge` member), if any. */
export function powChallenge(problem: unknown): PowChallenge | undefined {
  const c = (problem as { challenge?: Partial<PowChallenge> } | undefined)?.challenge;
  const ok =
    c?.algorithm === 'SHA-256' &&
    typeof c.challenge === 'string' &&
    typeof c.salt === 'string' &&
    typeof c.signature === 'string' &&
    Number.isInteger(c.maxnumber);
  return ok ? (c as PowChallenge) : undefined;
}

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));

function same(a: ArrayBuffer, b: Uint8Array) {
  const x = new Uint8Array(a);
  if (x.length !== b.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== b[i]) return false;
  return true;
}

/**
 * Solves `c`; resolves with the base64 `pow` payload, or undefined when no number fits,
 * Web Crypto is missing (not a secure context) or `signal` aborted.
 */
export async function solvePow(c: PowChallenge, signal?: AbortSignal): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const target = hexBytes(c.challenge.toLowerCase());
  const enc = new TextEncoder();
  try {
    for (let start = 0; start <= c.maxnumber && !signal?.aborted; start += BATCH) {
      const count = Math.min(BATCH, c.maxnumber - start + 1);
      // A batch in parallel is many times faster than awaiting each digest in turn.
      const hashes = await Promise.all(
        Array.from({ length: count }, (_, i) => crypto.subtle.digest('SHA-256', enc.encode(c.salt + (start + i)))),
      );
      const hit = hashes.findIndex((h) => same(h, target));
      if (hit >= 0) {
        const { algorithm, challenge, salt, signature } = c;
        return btoa(JSON.stringify({ algorithm, challenge, number: start + hit, salt, signature }));
      }
      await new Promise((r) => setTimeout(r));
    }
  } catch (err) {
    console.warn('[rapport] proof of work failed', err);
  }
  return undefined;
}
