/**
 * @module Interactions' vocabulary and limits as plain constants (no imports): the server
 * validates with them and the tracker in the widgets imports them, so both sides agree.
 */

/** What a shopper can do that the log records (`Rapport.track(kind, data)`). */
export const EVENT_KINDS = [
  'product.view',
  'cart.add',
  'search',
  'faq.view',
  'faq.search',
  'faq.vote',
  'order.track',
  'return.request',
  'feedback',
  'recommendation.impression',
  'recommendation.click',
  'purchase',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Why an item goes back; the size reasons speak against the size, not the product. */
export const RETURN_REASONS = ['too-small', 'too-large', 'not-as-described', 'damaged', 'changed-mind', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** Where recommendations are shown. */
export const PLACEMENTS = ['home', 'product', 'cart', 'tracker', 'returns', 'profile', 'email'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** One request: at most this many events (the tracker sends smaller batches; bodies stay under 64 KiB). */
export const BATCH_MAX_EVENTS = 500;
/** What the tracker puts in one request: under the server's 64 KiB body limit with room to spare. */
export const BATCH_TARGET_BYTES = 60_000;

/** A browser's event may be this old when it arrives (a phone offline for days keeps its queue). */
export const BROWSER_MAX_AGE_MS = 7 * 24 * 3600_000;
/** …and this far ahead of the server's clock after the clock offset is corrected. */
export const MAX_FUTURE_MS = 10 * 60_000;

/** How long a shop keeps its log, in days (a setting per shop). */
export const RETENTION_DAYS = { default: 395, min: 30, max: 1095 } as const;

/** Per client address and shop, in events per second with a burst; past it, 429 (one visitor never slows others). */
export const CLIENT_EVENT_RATE = { perSecond: 50, burst: 1000 } as const;

/** Text fields of events, in characters. */
export const QUERY_MAX = 200;
export const REF_MAX = 200;
