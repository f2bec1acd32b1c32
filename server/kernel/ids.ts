/**
 * @module Ids the server derives instead of drawing: the same input always gives the same
 * UUID (its bits from SHA-256, marked version 8 as RFC 9562 allows for custom schemes), so a
 * record made again from the same source — an order imported twice, a webhook replayed —
 * names the same thing and is stored once.
 */
import { createHash } from 'node:crypto';

export function stableUuid(name: string): string {
  const b = createHash('sha256').update(name).digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x80;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
