/**
 * @module Recommendation engine: what each kind of interaction says — how much interest a
 * view, a cart or a purchase shows, and which service events (returns, complaints, low
 * satisfaction scores) speak against a product or only against a size.
 */
import type { Interaction } from './types.ts';

/**
 * Interest shown by each kind of event (multiplied by the interaction's own weight). A
 * purchase says more than a view; an impression (shown, not chosen) and order tracking say
 * nothing about taste. Kinds not listed count 0.
 */
export const KIND_WEIGHTS: Readonly<Record<string, number>> = {
  view: 1,
  click: 1.5,
  search: 0.5,
  faq: 0.3,
  cart: 3,
  purchase: 4,
  track: 0,
  impression: 0,
};

/** Return reasons that concern the size, not the product. */
export const SIZE_REASONS: ReadonlySet<string> = new Set(['too-small', 'too-large', 'wrong-size']);

/** A satisfaction score at or below this speaks against the product; at or above `GOOD_SCORE`, for it. */
export const LOW_SCORE = 2;
export const GOOD_SCORE = 4;

/** The kinds that mean the shopper owns the item (not to be recommended again unless consumable). */
export const PURCHASE_KINDS: ReadonlySet<string> = new Set(['purchase']);

/** The kinds whose items form baskets ("bought together"). */
export const BASKET_KINDS: ReadonlySet<string> = new Set(['cart', 'purchase']);

/** The kinds listed as "recently viewed". */
export const VIEW_KINDS: ReadonlySet<string> = new Set(['view', 'click', 'cart']);

export type Signal =
  | { type: 'interest'; weight: number }
  | { type: 'against'; strength: number }
  | { type: 'size'; size: string | undefined; variant: string | undefined }
  | { type: 'none' };

/** What one interaction says about its item. */
export function signalOf(e: Interaction, weights: Readonly<Record<string, number>> = KIND_WEIGHTS): Signal {
  const own = e.weight ?? 1;
  if (!(own > 0) || !Number.isFinite(own)) return { type: 'none' };
  switch (e.kind) {
    case 'return':
      if (e.data?.reason && SIZE_REASONS.has(e.data.reason)) return { type: 'size', size: e.data.size, variant: e.data.variant };
      return { type: 'against', strength: own };
    case 'complaint':
      return { type: 'against', strength: own };
    case 'satisfaction': {
      const score = e.data?.score;
      if (score === undefined || !Number.isFinite(score)) return { type: 'none' };
      if (score <= LOW_SCORE) return { type: 'against', strength: own * (score <= 1 ? 1 : 0.5) };
      if (score >= GOOD_SCORE) return { type: 'interest', weight: own };
      return { type: 'none' };
    }
    default: {
      const w = (weights[e.kind] ?? 0) * own;
      return w > 0 ? { type: 'interest', weight: w } : { type: 'none' };
    }
  }
}

/**
 * Interactions in time order; equal times keep their given order (the sort is stable), so a
 * caller that knows a finer order (the file's, the event id's) keeps it.
 */
export function inTimeOrder<T extends { at: number }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.at - b.at);
}
