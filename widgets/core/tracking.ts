/**
 * @module What the loader and the tracker share about events (tiny, so the loader can take
 * calls before the tracker's chunk arrives): the storage keys, and the one way a
 * `Rapport.track(kind, data)` call becomes a wire event — its id and time given when it
 * happens, so a retry is the same event.
 */
import type { EventInput } from '../../server/interactions/index.ts';
import { newKey } from './ids.ts';

/** Events not yet acknowledged, in this tab. */
export const pendingKey = (shop: string) => `rapport:events:${shop}`;
/** Calls made before the tracker's chunk arrived on a page that closed first: `[kind, data, at]` each. */
export const earlyKey = (shop: string) => `rapport:early:${shop}`;
export type EarlyCall = [kind: string, data: TrackData | undefined, at: number];
/** The visitor id, kept only with consent. */
export const visitorKey = (shop: string) => `rapport:visitor:${shop}`;
/** The shopper's answer: '1' yes, '0' no, absent when never asked. */
export const consentKey = (shop: string) => `rapport:consent:${shop}`;

/** An event as `Rapport.track` takes it: the product and variant named as the page knows them, the rest its kind's data. */
export type TrackData = { product?: string; variant?: string } & Record<string, unknown>;

/** The wire event: `product` and `variant` at the top, anything else in `data`. */
export function toEvent(kind: string, data: TrackData = {}, at = Date.now()): EventInput {
  const { product, variant, ...rest } = data ?? {};
  return {
    id: newKey(), kind: String(kind), at,
    ...(product !== undefined ? { product: String(product) } : {}),
    ...(variant !== undefined ? { variant: String(variant) } : {}),
    ...(Object.keys(rest).length ? { data: rest } : {}),
  } as EventInput;
}
