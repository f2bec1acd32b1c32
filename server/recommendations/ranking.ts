/**
 * @module Recommendation engine, per request: the one scoring every answer goes through.
 * An item's score is what the shopper's items say for it through the learnt links, plus its
 * prior (popularity and trend, more in the categories the shopper looks at), times any
 * penalty the shopper gave it. The top k are exact: items no link reaches are drawn from
 * lists already ordered by prior, so a filter that drops most of the catalogue still fills.
 * A request allocates nothing in proportion to what it reaches: it works in arrays the
 * model's requests share and leaves them cleared.
 */
import type { Model } from './model.ts';
import { kthLargest } from './relations.ts';
import type { Source } from './shopper.ts';
import type { Reason, Recommendation, RelationKind } from './types.ts';

export interface RankOptions {
  k: number;
  /** The relations that may bring an item (with the model's weights). */
  relations: readonly RelationKind[];
  /** Whether the item numbered `i` in the model may be answered (called at most once per item). */
  allowed: (i: number) => boolean;
  /** Category → its share of the shopper's interest (0–1): items there get `categoryBoost` × share on top of their prior. */
  categories: ReadonlyMap<string, number>;
  /** Item → what its score is multiplied by (the shopper's returns and complaints). */
  penalty: ReadonlyMap<string, number>;
  /** The weight of the prior (0: linked items only, still filled from the categories). */
  prior: number;
  /** Whether to fill from the whole catalogue by prior (else only from the categories). */
  fillFromAll: boolean;
}

/**
 * Per model, arrays indexed by item (or by slot: the order items were reached in, then
 * drawn in) that one request at a time uses and leaves as it found them.
 */
class Scratch {
  busy = false;
  /** Item → its slot among the reached + 1 (0: not reached). */
  readonly slot: Int32Array;
  /** Item → 0 not asked yet, 1 allowed, 2 not allowed. */
  readonly allowed: Uint8Array;
  readonly asked: Int32Array;
  asking = 0;
  /** Per reached slot: the item, what the links say in all, the strongest single contribution and from which source. */
  readonly item: Int32Array;
  readonly score: Float64Array;
  readonly best: Float64Array;
  readonly bestSource: Int32Array;
  /** The strongest basket link, if any: "bought together" is the reason whenever there is one. */
  readonly basket: Float64Array;
  readonly basketSource: Int32Array;
  reached = 0;
  /** Per candidate: its item, score, best category's number (−1: none) and whether the links lead. */
  readonly candidate: Int32Array;
  readonly candidateScore: Float64Array;
  readonly candidateCategory: Int32Array;
  readonly linksLead: Uint8Array;
  /** The candidates' scores, reordered while the k-th best is found. */
  readonly select: Float64Array;
  /** Item → 1 once it is a candidate. */
  readonly isCandidate: Uint8Array;
  /** Category number → the shopper's share of interest in it. */
  readonly share: Float64Array;

  constructor(n: number, categories: number) {
    this.slot = new Int32Array(n);
    this.allowed = new Uint8Array(n);
    this.asked = new Int32Array(n);
    this.item = new Int32Array(n);
    this.score = new Float64Array(n);
    this.best = new Float64Array(n);
    this.bestSource = new Int32Array(n);
    this.basket = new Float64Array(n);
    this.basketSource = new Int32Array(n).fill(-1);
    this.candidate = new Int32Array(n);
    this.candidateScore = new Float64Array(n);
    this.candidateCategory = new Int32Array(n);
    this.linksLead = new Uint8Array(n);
    this.select = new Float64Array(n);
    this.isCandidate = new Uint8Array(n);
    this.share = new Float64Array(categories);
  }

  add(item: number, v: number, source: number, isBasket: boolean) {
    let k = this.slot[item] - 1;
    if (k < 0) {
      k = this.reached++;
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

  clear(candidates: number) {
    for (let k = 0; k < this.reached; k++) {
      this.slot[this.item[k]] = 0;
      this.score[k] = 0;
      this.best[k] = 0;
      this.bestSource[k] = 0;
      this.basket[k] = 0;
      this.basketSource[k] = -1;
    }
    this.reached = 0;
    for (let a = 0; a < this.asking; a++) this.allowed[this.asked[a]] = 0;
    this.asking = 0;
    for (let c = 0; c < candidates; c++) this.isCandidate[this.candidate[c]] = 0;
    this.share.fill(0);
    this.busy = false;
  }
}

const scratches = new WeakMap<Model, Scratch>();

function scratchFor(model: Model): Scratch {
  let s = scratches.get(model);
  if (!s || s.busy) {
    // A filter that itself asks for recommendations on the same model gets arrays of its own.
    const fresh = new Scratch(model.ids.length, model.categoryNames.length);
    if (!s) scratches.set(model, fresh);
    s = fresh;
  }
  s.busy = true;
  return s;
}

export function rank(model: Model, sources: readonly Source[], o: RankOptions): Recommendation[] {
  if (o.k <= 0) return [];
  const s = scratchFor(model);
  let candidates = 0;
  try {
    const ok = (i: number) => {
      if (!s.allowed[i]) {
        s.asked[s.asking++] = i;
        s.allowed[i] = o.allowed(i) ? 1 : 2;
      }
      return s.allowed[i] === 1;
    };
    reach(model, sources, o, s);
    const addCandidate = (i: number) => {
      s.isCandidate[i] = 1;
      s.candidate[candidates++] = i;
    };
    for (let k = 0; k < s.reached; k++) if (ok(s.item[k])) addCandidate(s.item[k]);
    const penalty = new Map<number, number>();
    for (const [item, factor] of o.penalty) {
      const i = model.index.get(item);
      if (i === undefined) continue;
      penalty.set(i, factor);
      if (!s.slot[i] && !s.isCandidate[i] && ok(i)) addCandidate(i);
    }
    // Unreached items rank by prior (+ the boost of their best category): within one ordered
    // list, the first k allowed ones are the only ones that can make the top k.
    const draw = (list: Int32Array) => {
      let taken = 0;
      for (let p = 0; p < list.length && taken < o.k; p++) {
        const i = list[p];
        if (s.slot[i] || penalty.has(i) || !ok(i)) continue;
        if (!s.isCandidate[i]) addCandidate(i);
        taken++;
      }
    };
    for (const c of o.categories.keys()) {
      const list = model.byCategory.get(c);
      if (list) draw(list);
    }
    if (o.fillFromAll) draw(model.byPrior);
    return answer(model, sources, o, s, candidates, penalty);
  } finally {
    s.clear(candidates);
  }
}

/** Adds up what each source's links say for the items they reach. */
function reach(model: Model, sources: readonly Source[], o: RankOptions, s: Scratch) {
  const weights = model.params.relationWeights;
  for (let source = 0; source < sources.length; source++) {
    const a = sources[source].index;
    if (a < 0) continue;
    for (const kind of o.relations) {
      const lambda = weights[kind] * sources[source].weight;
      if (!(lambda > 0)) continue;
      const { start, to, score } = model.links[kind];
      const isBasket = kind === 'together';
      for (let j = start[a]; j < start[a + 1]; j++) s.add(to[j], lambda * score[j], source, isBasket);
    }
  }
}

function answer(model: Model, sources: readonly Source[], o: RankOptions, s: Scratch, candidates: number, penalty: ReadonlyMap<number, number>): Recommendation[] {
  const { categoryBoost } = model.params;
  const { start, of } = model.itemCategories;
  for (const [c, share] of o.categories) {
    const k = model.categoryIndex.get(c);
    if (k !== undefined) s.share[k] = share;
  }
  for (let c = 0; c < candidates; c++) {
    const i = s.candidate[c];
    let share = 0;
    let category = -1;
    for (let j = start[i]; j < start[i + 1]; j++) {
      if (s.share[of[j]] > share) {
        share = s.share[of[j]];
        category = of[j];
      }
    }
    const k = s.slot[i] - 1;
    const fromLinks = k >= 0 ? model.quality[i] * s.score[k] : 0;
    const fromPrior = o.prior * (model.prior[i] + categoryBoost * share);
    const keep = k >= 0 || category >= 0 || o.fillFromAll;
    s.candidateScore[c] = keep ? (fromLinks + fromPrior) * (penalty.size ? penalty.get(i) ?? 1 : 1) : -Infinity;
    s.linksLead[c] = k >= 0 && fromLinks >= fromPrior ? 1 : 0;
    s.candidateCategory[c] = category;
  }
  // Only the k best need an answer built: everything below the k-th score is dropped first.
  let threshold = -Infinity;
  if (candidates > o.k) {
    s.select.set(s.candidateScore.subarray(0, candidates));
    threshold = kthLargest(s.select.subarray(0, candidates), o.k);
  }
  const out: Recommendation[] = [];
  for (let c = 0; c < candidates; c++) {
    const score = s.candidateScore[c];
    if (score < threshold || score === -Infinity) continue;
    const i = s.candidate[c];
    const k = s.slot[i] - 1;
    const category = s.candidateCategory[c];
    let reason: Reason;
    if (s.linksLead[c]) {
      reason = s.basketSource[k] >= 0
        ? { kind: 'bought-together', because: sources[s.basketSource[k]].item }
        : { kind: 'viewed-similar', because: sources[s.bestSource[k]].item };
    } else if (category >= 0) reason = { kind: 'popular-in-category', category: model.categoryNames[category] };
    else reason = model.trendLeads[i] ? { kind: 'trending' } : { kind: 'popular' };
    out.push({ item: model.ids[i], score, reason });
  }
  out.sort((a, b) => b.score - a.score || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
  return out.slice(0, o.k);
}
