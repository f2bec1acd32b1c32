/**
 * @module Recommendation engine, per request: reads one shopper's history — which items
 * speak for their taste and how much (recent ones most), what they own, what they returned,
 * complained about or scored low, and which sizes did not fit them.
 */
import { linkCount, RELATIONS, type Model } from './model.ts';
import { inTimeOrder, PURCHASE_KINDS, signalOf, VIEW_KINDS } from './signals.ts';
import type { Interaction } from './types.ts';

export interface Source {
  /** The model's index of the item (-1: a product the model does not know). */
  index: number;
  item: string;
  /** Its share of the shopper's interest (the shares of the items the model has links for add up to 1). */
  weight: number;
}

export interface SizeReturn {
  item: string;
  size?: string;
  variant?: string;
}

export interface Shopper {
  /** The items that feed the answer, heaviest first. */
  sources: Source[];
  /** Items the shopper showed interest in. */
  seen: Set<string>;
  /** Items bought (and not sent back for the size). */
  bought: Set<string>;
  /** Items the shopper returned, complained about or scored low: strength, 1 per event, at most 2. */
  against: Map<string, number>;
  sizeReturns: SizeReturn[];
  /** Items viewed, most recent first. */
  viewed: string[];
}

/**
 * A history event at position n from the end (consecutive events on one item are one step)
 * weighs its kind's weight × e^(−n/τ) × ½^(age / half-life); an item's weight is the sum of
 * its events'. Items the shopper spoke against feed nothing.
 */
export function readShopper(model: Model, history: readonly Interaction[], now: number): Shopper {
  const { positionTau, halfLifeMs, maxSources } = model.params;
  const events = inTimeOrder(history);
  const weight = new Map<string, number>();
  const seen = new Set<string>();
  const bought = new Set<string>();
  const against = new Map<string, number>();
  const sizeReturns: SizeReturn[] = [];
  const viewed: string[] = [];
  let step = -1;
  let previous: string | undefined;
  for (let e = events.length - 1; e >= 0; e--) {
    const ev = events[e];
    const s = signalOf(ev);
    if (s.type === 'against') against.set(ev.item, Math.min(2, (against.get(ev.item) ?? 0) + Math.min(1, s.strength)));
    else if (s.type === 'size') sizeReturns.push({ item: ev.item, size: s.size, variant: s.variant });
    if (s.type !== 'interest') continue;
    if (ev.item !== previous) step++;
    previous = ev.item;
    const age = Math.max(0, now - ev.at);
    const w = s.weight * Math.exp(-step / positionTau) * (halfLifeMs > 0 ? 2 ** (-age / halfLifeMs) : 1);
    weight.set(ev.item, (weight.get(ev.item) ?? 0) + w);
    seen.add(ev.item);
    if (PURCHASE_KINDS.has(ev.kind)) bought.add(ev.item);
    if (VIEW_KINDS.has(ev.kind) && !viewed.includes(ev.item)) viewed.push(ev.item);
  }
  // Sent back because it did not fit: the product may come back, in another size.
  for (const r of sizeReturns) {
    bought.delete(r.item);
    seen.delete(r.item);
  }
  const ranked = [...weight]
    .filter(([item, w]) => w > 0 && !against.has(item))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, maxSources);
  // Shares among the items that lead somewhere: a product the model knows no link of (a new
  // one) must not thin out what the others say.
  const linked = (item: string) => {
    const i = model.index.get(item);
    return i !== undefined && RELATIONS.some((k) => linkCount(model.links[k], i) > 0);
  };
  const total = ranked.reduce((t, [item, w]) => t + (linked(item) ? w : 0), 0) || ranked.reduce((t, [, w]) => t + w, 0);
  const sources = ranked.map(([item, w]) => ({ index: model.index.get(item) ?? -1, item, weight: w / total }));
  return { sources, seen, bought, against, sizeReturns, viewed };
}
