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

/** Per model, arrays indexed by item that every request reuses and leaves cleared. */
interface Scratch {
  /** Item → its slot in `Reached` + 1 (0: not reached). */
  slot: Int32Array;
  /** Item → 0 not asked yet, 1 allowed, 2 not allowed. */
  allowed: Uint8Array;
  busy: boolean;
}

const scratches = new WeakMap<Model, Scratch>();

function scratchFor(model: Model): Scratch {
  const n = model.ids.length;
  let s = scratches.get(model);
  if (!s || s.busy) {
    // A filter that itself asks for recommendations on the same model gets arrays of its own.
    const fresh = { slot: new Int32Array(n), allowed: new Uint8Array(n), busy: false };
    if (!s) scratches.set(model, fresh);
    s = fresh;
  }
  s.busy = true;
  return s;
}

/**
 * What the links say for each reached item, in parallel arrays by slot (no object per item:
 * a shopper with 50 items reaches thousands).
 */
class Reached {
  size = 0;
  readonly item: Int32Array;
  readonly score: Float64Array;
  /** The strongest single contribution, and from which source. */
  readonly best: Float64Array;
  readonly bestSource: Int32Array;
  /** The strongest basket link, if any: "bought together" is the reason whenever there is one. */
  readonly basket: Float64Array;
  readonly basketSource: Int32Array;

  constructor(capacity: number, readonly slot: Int32Array) {
    this.item = new Int32Array(capacity);
    this.score = new Float64Array(capacity);
    this.best = new Float64Array(capacity);
    this.bestSource = new Int32Array(capacity);
    this.basket = new Float64Array(capacity);
    this.basketSource = new Int32Array(capacity).fill(-1);
  }

  add(item: number, v: number, source: number, isBasket: boolean) {
    let k = this.slot[item] - 1;
    if (k < 0) {
      k = this.size++;
      this.slot[item] = k + 1;
      this.item[k] = item;
    }
    this.score[k] += v;
    if (v > this.best[k]) {
      this.best[k] = v;
      this.bestSource[k] = source;
    }
    if (isBasket && v > this.basket[k]) {
      this.basket[k] = v;
      this.basketSource[k] = source;
    }
  }
}

export function rank(model: Model, sources: readonly Source[], o: RankOptions): Recommendation[] {
  if (o.k <= 0) return [];
  const scratch = scratchFor(model);
  const asked: number[] = [];
  let reached: Reached | undefined;
  try {
    let capacity = 0;
    for (const s of sources) if (s.index >= 0) for (const kind of o.relations) capacity += model.links[kind].to[s.index].length;
    reached = new Reached(capacity, scratch.slot);
    return score(model, sources, o, reached, (i) => {
      if (!scratch.allowed[i]) {
        asked.push(i);
        scratch.allowed[i] = o.allowed(model.ids[i]) ? 1 : 2;
      }
      return scratch.allowed[i] === 1;
    });
  } finally {
    for (let k = 0; reached && k < reached.size; k++) scratch.slot[reached.item[k]] = 0;
    for (const i of asked) scratch.allowed[i] = 0;
    scratch.busy = false;
  }
}

function score(model: Model, sources: readonly Source[], o: RankOptions, reached: Reached, ok: (i: number) => boolean): Recommendation[] {
  const weights = model.params.relationWeights;
  sources.forEach((s, source) => {
    if (s.index < 0) return;
    for (const kind of o.relations) {
      const lambda = weights[kind] * s.weight;
      if (!(lambda > 0)) continue;
      const to = model.links[kind].to[s.index];
      const score = model.links[kind].score[s.index];
      for (let j = 0; j < to.length; j++) reached.add(to[j], lambda * score[j], source, kind === 'together');
    }
  });
  const candidates: number[] = [];
  for (let k = 0; k < reached.size; k++) if (ok(reached.item[k])) candidates.push(reached.item[k]);
  const extra = new Set<number>();
  for (const item of o.penalty.keys()) {
    const i = model.index.get(item);
    if (i !== undefined && !reached.slot[i] && ok(i)) extra.add(i);
  }
  // Unreached items rank by prior (+ the boost of their best category): within one ordered
  // list, the first k allowed ones are the only ones that can make the top k.
  const draw = (list: Int32Array) => {
    let taken = 0;
    for (let p = 0; p < list.length && taken < o.k; p++) {
      const i = list[p];
      if (reached.slot[i] || o.penalty.has(model.ids[i]) || !ok(i)) continue;
      extra.add(i);
      taken++;
    }
  };
  for (const c of o.categories.keys()) {
    const list = model.byCategory.get(c);
    if (list) draw(list);
  }
  if (o.fillFromAll) draw(model.byPrior);
  candidates.push(...extra);

  const { categoryBoost } = model.params;
  const scores = new Float64Array(candidates.length);
  /** 1 where the links say more than the prior: the reason is then the item that brought it. */
  const linksLead = new Uint8Array(candidates.length);
  const bestCategory: (string | undefined)[] = [];
  candidates.forEach((i, c) => {
    let share = 0;
    let category: string | undefined;
    for (const cat of model.categories[i]) {
      const s = o.categories.get(cat) ?? 0;
      if (s > share) [share, category] = [s, cat];
    }
    const k = reached.slot[i] - 1;
    const fromLinks = k >= 0 ? model.quality[i] * reached.score[k] : 0;
    const fromPrior = o.prior * (model.prior[i] + categoryBoost * share);
    const keep = k >= 0 || category !== undefined || o.fillFromAll;
    scores[c] = keep ? (fromLinks + fromPrior) * (o.penalty.get(model.ids[i]) ?? 1) : -Infinity;
    linksLead[c] = k >= 0 && fromLinks >= fromPrior ? 1 : 0;
    bestCategory[c] = category;
  });
  // Only the k best need an answer built: everything below the k-th score is dropped first.
  const threshold = candidates.length > o.k ? Float64Array.from(scores).sort()[candidates.length - o.k] : -Infinity;
  const out: Recommendation[] = [];
  candidates.forEach((i, c) => {
    if (scores[c] < threshold || scores[c] === -Infinity) return;
    const k = reached.slot[i] - 1;
    const category = bestCategory[c];
    let reason: Reason;
    if (linksLead[c]) {
      reason = reached.basketSource[k] >= 0
        ? { kind: 'bought-together', because: sources[reached.basketSource[k]].item }
        : { kind: 'viewed-similar', because: sources[reached.bestSource[k]].item };
    } else if (category) reason = { kind: 'popular-in-category', category };
    else reason = model.trendLeads[i] ? { kind: 'trending' } : { kind: 'popular' };
    out.push({ item: model.ids[i], score: scores[c], reason });
  });
  out.sort((a, b) => b.score - a.score || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
  return out.slice(0, o.k);
}
