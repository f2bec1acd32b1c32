/**
 * @module The store-signed identity proof: an HS256 JWT with the shop's secret (claims
 * `sub` = the store's customer id, `email`, `name`, `exp`). The WooCommerce plugin, the
 * Medusa route and any custom store mint it; the same rules as the server's exchange.
 */
import { errors, jwtVerify } from 'jose';
import type { IdentityProof, IdentityResult } from '../contract.ts';
import { normalizeEmail, textOrNull } from './text.ts';

/** The longest a proof may live: it is exchanged at once for a session, not kept. */
export const IDENTITY_PROOF_MAX_SECONDS = 24 * 60 * 60;
const CLOCK_TOLERANCE_SECONDS = 30;

function refuse(reason: Extract<IdentityResult, { ok: false }>['reason'], message: string): IdentityResult {
  return { ok: false, reason, message };
}

/** Verifies `proof` when it is a JWT; any other kind of proof is refused. */
export async function verifyJwtIdentity(proof: IdentityProof, secret: string, now = new Date()): Promise<IdentityResult> {
  if (proof.kind !== 'jwt') return refuse('unsupported-proof', 'This platform proves identity with a JWT');
  if (!proof.token) return refuse('missing-signature', 'No token');
  try {
    const { payload } = await jwtVerify(proof.token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: now,
    });
    const exp = payload.exp!;
    if (exp - now.getTime() / 1000 > IDENTITY_PROOF_MAX_SECONDS) {
      return refuse('invalid-claims', `The token must expire within ${IDENTITY_PROOF_MAX_SECONDS / 3600} hours`);
    }
    const sub = typeof payload.sub === 'string' ? payload.sub.trim() : '';
    if (!sub || sub.length > 200 || sub.includes('\u0000')) return refuse('invalid-claims', 'The subject is not a customer id');
    return {
      ok: true,
      customerId: sub,
      email: typeof payload.email === 'string' ? normalizeEmail(payload.email) : null,
      name: typeof payload.name === 'string' ? textOrNull(payload.name.slice(0, 200)) : null,
      expiresAt: new Date(exp * 1000).toISOString(),
    };
  } catch (err) {
    if (err instanceof errors.JWTExpired) return refuse('expired', 'The token has expired');
    if (err instanceof errors.JWTClaimValidationFailed) return refuse('invalid-claims', err.message);
    return refuse('bad-signature', 'The token signature or format is not valid');
  }
}
