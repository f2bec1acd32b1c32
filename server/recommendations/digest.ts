/**
 * @module Recommendation engine, training: turns the raw interactions into what the
 * relations are learnt from — each shopper's interest events in time order (numbered items,
 * weights), their baskets, and per-item counts (popularity, trend, purchases, complaints).
 */
import { BASKET_KINDS, inTimeOrder, PURCHASE_KINDS, signalOf } from './signals.ts';
import type { Interaction, ItemInfo } from './types.ts';

export interface Sequence {
  items: Int32Array;
  weights: Float64Array;
}

export interface Digest {
  /** Item ids by index: items given in `ItemInfo` first, then in order of appearance. */
  ids: string[];
  index: Map<string, number>;
  sequences: Sequence[];
  /** Per shopper, the distinct items of the sequence (for co-occurrence). */
  sets: Int32Array[];
  /** Groups of distinct items put in a cart or bought close together in time. */
  baskets: Int32Array[];
  popularity: Float64Array;
  trending: Float64Array;
  buyers: Float64Array;
  against: Float64Array;
  users: number;
  interactions: number;
  now: number;
}

export interface DigestOptions {
  kindWeights: Readonly<Record<string, number>>;
  /** Only a shopper's latest interest events count (bounds the work on very long histories). */
  maxHistory: number;
  trendingHalfLifeMs: number;
  basketWindowMs: number;
  now?: number;
}

export function digest(interactions: Iterable<Interaction>, info: Iterable<ItemInfo>, o: DigestOptions): Digest {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const id = (item: string) => {
    let i = index.get(item);
    if (i === undefined) index.set(item, (i = ids.push(item) - 1));
    return i;
  };
  for (const it of info) id(it.item);
  const byUser = new Map<string, Interaction[]>();
  let count = 0;
  let latest = -Infinity;
  for (const e of interactions) {
    count++;
    if (e.at > latest) latest = e.at;
    let list = byUser.get(e.user);
    if (!list) byUser.set(e.user, (list = []));
    list.push(e);
  }
  const now = o.now ?? (Number.isFinite(latest) ? latest : 0);
  const sequences: Sequence[] = [];
  const baskets: Int32Array[] = [];
  // Per item, grown as items appear.
  const popularity: number[] = [];
  const trending: number[] = [];
  const buyers: number[] = [];
  const against: number[] = [];
  const add = (a: number[], i: number, v: number) => {
    while (a.length <= i) a.push(0);
    a[i] += v;
  };
  const interest = new Map<number, number>();
  const bought = new Set<number>();
  const spoke = new Map<number, number>();
  for (const events of byUser.values()) {
    const items: number[] = [];
    const weights: number[] = [];
    let basket: number[] = [];
    let basketStart = -Infinity;
    for (const e of inTimeOrder(events)) {
      const s = signalOf(e, o.kindWeights);
      const i = id(e.item);
      if (s.type === 'against') spoke.set(i, Math.max(spoke.get(i) ?? 0, Math.min(1, s.strength)));
      if (s.type !== 'interest') continue;
      add(trending, i, s.weight * 2 ** (-(now - e.at) / o.trendingHalfLifeMs));
      interest.set(i, Math.max(interest.get(i) ?? 0, s.weight));
      if (PURCHASE_KINDS.has(e.kind)) bought.add(i);
      // A refresh or a second look in a row is one step of the journey, at its strongest.
      if (items[items.length - 1] === i) weights[weights.length - 1] = Math.max(weights[weights.length - 1], s.weight);
      else {
        items.push(i);
        weights.push(s.weight);
      }
      if (BASKET_KINDS.has(e.kind)) {
        if (e.at - basketStart > o.basketWindowMs) {
          closeBasket(basket, baskets);
          basket = [];
          basketStart = e.at;
        }
        basket.push(i);
      }
    }
    closeBasket(basket, baskets);
    const from = Math.max(0, items.length - o.maxHistory);
    if (items.length) sequences.push({ items: Int32Array.from(items.slice(from)), weights: Float64Array.from(weights.slice(from)) });
    // Each shopper counts once per item, at their strongest.
    for (const [i, w] of interest) add(popularity, i, w);
    for (const i of bought) add(buyers, i, 1);
    for (const [i, v] of spoke) add(against, i, v);
    interest.clear();
    bought.clear();
    spoke.clear();
  }
  const n = ids.length;
  const dense = (a: number[]) => {
    const out = new Float64Array(n);
    out.set(a);
    return out;
  };
  return {
    ids, index, sequences, baskets, popularity: dense(popularity), trending: dense(trending), buyers: dense(buyers), against: dense(against),
    sets: sequences.map((s) => Int32Array.from(new Set(s.items))),
    users: byUser.size, interactions: count, now,
  };
}

function closeBasket(basket: number[], baskets: Int32Array[]) {
  const distinct = new Set(basket);
  if (distinct.size > 1) baskets.push(Int32Array.from(distinct));
}
