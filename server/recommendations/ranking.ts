/**
 * @module Recommendation engine, per request: the one scoring every answer goes through.
 * An item's score is what the shopper's items say for it through the learnt links, plus its
 * prior (popularity and trend, more in the categories the shopper looks at), times any
 * penalty the shopper gave it. The top k are exact: items no link reaches are drawn from
 * lists already ordered by prior, so a filter that drops most of the catalogue still fills.
 */
import type { Model } from './model.ts';
import type { Source } from './shopper.ts';
import type { Reason, Recommendation, RelationKind } from './types.ts';

export interface RankOptions {
  k: number;
  /** The relations that may bring an item (with the model's weights). */
  relations: readonly RelationKind[];
  /** Whether an item may be answered (called at most once per item). */
  allowed: (item: string) => boolean;
  /** Category → its share of the shopper's interest (0–1): items there get `categoryBoost` × share on top of their prior. */
  categories: ReadonlyMap<string, number>;
  /** Item → what its score is multiplied by (the shopper's returns and complaints). */
  penalty: ReadonlyMap<string, number>;
  /** The weight of the prior (0: linked items only, still filled from the categories). */
  prior: number;
  /** Whether to fill from the whole catalogue by prior (else only from the categories). */
  fillFromAll: boolean;
}

interface Linked {
  score: number;
  /** The strongest single contribution, and from which item through which relation. */
  best: number;
  because: string;
  kind: RelationKind;
  /** The strongest basket link, if any: "bought together" is the reason whenever there is one. */
  basket?: { best: number; because: string };
}

export function rank(model: Model, sources: readonly Source[], o: RankOptions): Recommendation[] {
  if (o.k <= 0) return [];
  const weights = model.params.relationWeights;
  const linked = new Map<number, Linked>();
  for (const s of sources) {
    if (s.index < 0) continue;
    for (const kind of o.relations) {
      const lambda = weights[kind] * s.weight;
      if (!(lambda > 0)) continue;
      const to = model.links[kind].to[s.index];
      const score = model.links[kind].score[s.index];
      for (let j = 0; j < to.length; j++) {
        const v = lambda * score[j];
        let l = linked.get(to[j]);
        if (!l) linked.set(to[j], (l = { score: v, best: v, because: s.item, kind }));
        else {
          l.score += v;
          if (v > l.best) Object.assign(l, { best: v, because: s.item, kind });
        }
        if (kind === 'together' && !(v <= (l.basket?.best ?? 0))) l.basket = { best: v, because: s.item };
      }
    }
  }
  const memo = new Map<number, boolean>();
  const ok = (i: number) => {
    let v = memo.get(i);
    if (v === undefined) memo.set(i, (v = o.allowed(model.ids[i])));
    return v;
  };
  const candidates = new Set<number>();
  for (const i of linked.keys()) if (ok(i)) candidates.add(i);
  for (const item of o.penalty.keys()) {
    const i = model.index.get(item);
    if (i !== undefined && ok(i)) candidates.add(i);
  }
  // Unlinked items rank by prior (+ the boost of their best category): within one ordered list,
  // the first k allowed ones are the only ones that can make the top k.
  const draw = (list: Int32Array) => {
    let taken = 0;
    for (let p = 0; p < list.length && taken < o.k; p++) {
      const i = list[p];
      if (linked.has(i) || o.penalty.has(model.ids[i]) || !ok(i)) continue;
      candidates.add(i);
      taken++;
    }
  };
  for (const c of o.categories.keys()) {
    const list = model.byCategory.get(c);
    if (list) draw(list);
  }
  if (o.fillFromAll) draw(model.byPrior);

  const { categoryBoost } = model.params;
  const scored: Recommendation[] = [];
  for (const i of candidates) {
    const item = model.ids[i];
    let share = 0;
    let category: string | undefined;
    for (const c of model.categories[i]) {
      const s = o.categories.get(c) ?? 0;
      if (s > share) [share, category] = [s, c];
    }
    const l = linked.get(i);
    const fromLinks = l ? model.quality[i] * l.score : 0;
    const fromPrior = o.prior * (model.prior[i] + categoryBoost * share);
    if (!l && !category && !o.fillFromAll) continue;
    const reason: Reason =
      l && fromLinks >= fromPrior
        ? l.basket ? { kind: 'bought-together', because: l.basket.because } : { kind: 'viewed-similar', because: l.because }
        : category ? { kind: 'popular-in-category', category } : model.trendLeads[i] ? { kind: 'trending' } : { kind: 'popular' };
    scored.push({ item, score: (fromLinks + fromPrior) * (o.penalty.get(item) ?? 1), reason });
  }
  scored.sort((a, b) => b.score - a.score || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
  return scored.slice(0, o.k);
}
