/**
 * @module Rapport's own webhook signature, used by the generic webhook and by the Medusa
 * subscriber: `X-Rapport-Signature: sha256=<hex>` over `<timestamp>.<event id>.<raw body>`,
 * `X-Rapport-Timestamp` (Unix seconds) within 5 minutes, `X-Rapport-Event-Id` for dedup,
 * and a JSON body `{ "topic": "...", "data": {...} }`.
 *
 * The timestamp and event id are signed with the body: were only the body signed, anyone
 * holding one captured delivery could resend it with a fresh timestamp and a new event id.
 */
import type { WebhookVerification } from '../contract.ts';
import { parseJsonKeepingBigIntegers } from './lossless-json.ts';
import { digestMatches, headerValue, hmacSha256, type HeadersLike } from './signatures.ts';

export const SIGNATURE_HEADER = 'X-Rapport-Signature';
export const TIMESTAMP_HEADER = 'X-Rapport-Timestamp';
export const EVENT_ID_HEADER = 'X-Rapport-Event-Id';
/** How far the sender's clock may be from ours, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;
const TIMESTAMP = /^\d{1,12}$/;
const EVENT_ID = /^[\x21-\x7e]{1,200}$/;
const TOPIC = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

function refuse(reason: Extract<WebhookVerification, { ok: false }>['reason'], message: string): WebhookVerification {
  return { ok: false, reason, message };
}

/** The lower-case hex signature a sender puts after `sha256=`. */
export function envelopeSignature(secret: string, timestamp: string, eventId: string, rawBody: Uint8Array | string): string {
  return hmacSha256(secret, `${timestamp}.${eventId}.`, rawBody).toString('hex');
}

/** Verifies a delivery signed with Rapport's scheme and reads its topic from the body. */
export function verifySignedEnvelope(rawBody: Uint8Array, headers: HeadersLike, secret: string, now = new Date()): WebhookVerification {
  const signature = headerValue(headers, SIGNATURE_HEADER)?.trim();
  if (!signature) return refuse('missing-signature', `No ${SIGNATURE_HEADER} header`);
  const timestamp = headerValue(headers, TIMESTAMP_HEADER)?.trim() ?? '';
  const eventId = headerValue(headers, EVENT_ID_HEADER)?.trim() ?? '';
  if (!TIMESTAMP.test(timestamp)) return refuse('missing-header', `${TIMESTAMP_HEADER} must be Unix seconds`);
  if (!EVENT_ID.test(eventId)) return refuse('missing-header', `${EVENT_ID_HEADER} must be 1–200 visible ASCII characters`);
  const hex = SIGNATURE.exec(signature)?.[1];
  if (!hex || !digestMatches(hmacSha256(secret, `${timestamp}.${eventId}.`, rawBody), hex, 'hex')) {
    return refuse('bad-signature', 'The signature does not match the body');
  }
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    return refuse('stale', `The timestamp is more than ${MAX_CLOCK_SKEW_SECONDS / 60} minutes from our clock`);
  }
  const body = parseJsonKeepingBigIntegers(rawBody);
  const topic = body.ok && body.value && typeof body.value === 'object' ? (body.value as { topic?: unknown }).topic : undefined;
  if (typeof topic !== 'string' || !TOPIC.test(topic)) return refuse('malformed-body', 'The body must be JSON with a "topic" such as "order.updated"');
  return { ok: true, kind: 'delivery', topic, dedupKey: eventId, occurredAt: new Date(Number(timestamp) * 1000).toISOString() };
}
