/**
 * @module Recommendation engine: the model in memory — the stored rows (train.ts) indexed for
 * answering: numbered items, each item's links per relation in flat typed arrays, and the
 * item lists the answers are filled from (by prior, by trend, per category). Loading is the
 * same in every process.
 */
import type { EngineParams, ItemRow, LinkRow, ModelRows, RelationKind } from './types.ts';

export const RELATIONS: readonly RelationKind[] = ['next', 'similar', 'together'];

/** How much faster than the shop an item must be gaining to be called trending. */
export const TREND_LIFT = 1.25;

/**
 * One relation's links for every item in three flat arrays (no object per item, so the
 * model is a few large buffers outside the JS heap and costs the garbage collector
 * nothing): item a's links are at positions start[a] … start[a + 1] − 1 of `to` and
 * `score`, strongest first (ties by item number).
 */
export interface Links {
  readonly start: Int32Array;
  readonly to: Int32Array;
  readonly score: Float64Array;
}

export interface Model {
  readonly trainedAt: number;
  readonly params: EngineParams;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly categories: readonly (readonly string[])[];
  /** Every category, numbered: `itemCategories` and a request's category shares use the numbers. */
  readonly categoryNames: readonly string[];
  readonly categoryIndex: ReadonlyMap<string, number>;
  /** Per item, its categories' numbers in `categories[i]`'s order: of[start[i]] … of[start[i + 1] − 1]. */
  readonly itemCategories: { readonly start: Int32Array; readonly of: Int32Array };
  readonly quality: Float64Array;
  readonly trending: Float64Array;
  /** Popularity and trend on a 0–1 scale, times quality: what an item is worth before anything personal. */
  readonly prior: Float64Array;
  /**
   * 1 where the item's share of recent activity is at least TREND_LIFT times its share of
   * all-time popularity (it is rising): its reason reads "trending", else "popular".
   */
  readonly trendLeads: Uint8Array;
  readonly links: Readonly<Record<RelationKind, Links>>;
  /** Items by prior, best first. */
  readonly byPrior: Int32Array;
  /** Items by trend times quality, best first. */
  readonly byTrend: Int32Array;
  /** Per category, its items by prior. */
  readonly byCategory: ReadonlyMap<string, Int32Array>;
}

/** Builds the in-memory model from its rows (as stored; any row order). */
export function loadModel(rows: ModelRows): Model {
  const loader = new ModelLoader(rows.meta, rows.items);
  for (const row of rows.links) loader.add(row);
  return loader.finish();
}

/**
 * The model built from its rows as they come: the items first, then the link rows in any
 * order and in as many batches as wanted (a process reading a big model page by page never
 * holds all the rows at once). A second row for the same item and relation replaces the first.
 */
export class ModelLoader {
  private readonly items: ItemRow[];
  private readonly ids: string[];
  private readonly index: Map<string, number>;
  private readonly rows: Record<RelationKind, Map<number, { to: Int32Array; score: Float64Array }>> = { next: new Map(), similar: new Map(), together: new Map() };

  constructor(private readonly meta: ModelRows['meta'], items: readonly ItemRow[]) {
    if (meta?.version !== 1) throw new Error(`recommendation model version ${String(meta?.version)} is not supported (expected 1)`);
    this.items = [...items].sort((a, b) => compareIds(a.item, b.item));
    this.ids = this.items.map((r) => r.item);
    this.index = new Map(this.ids.map((id, i) => [id, i]));
  }

  /** One item's links of one relation: unknown items, itself and scores that are not positive left out, strongest first. */
  add(row: LinkRow): void {
    const a = this.index.get(row.from);
    if (!RELATIONS.includes(row.kind) || a === undefined) return;
    const pairs: Array<[number, number]> = [];
    for (let j = 0; j < row.to.length; j++) {
      const b = this.index.get(row.to[j]);
      const v = row.scores[j];
      if (b !== undefined && b !== a && v > 0) pairs.push([b, v]);
    }
    pairs.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    this.rows[row.kind].set(a, { to: Int32Array.from(pairs, (x) => x[0]), score: Float64Array.from(pairs, (x) => x[1]) });
  }

  finish(): Model {
    const { items, ids, index, meta } = this;
    const n = ids.length;
    const quality = Float64Array.from(items, (r) => clamp(r.quality, 0, 1));
    const trending = Float64Array.from(items, (r) => Math.max(0, r.trending));
    const pop = Float64Array.from(items, (r) => Math.max(0, r.popularity));
    const prior = new Float64Array(n);
    const trendLeads = new Uint8Array(n);
    const maxPop = Math.log1p(maxOf(pop));
    const maxTrend = Math.log1p(maxOf(trending));
    for (let i = 0; i < n; i++) {
      const p = maxPop > 0 ? Math.log1p(pop[i]) / maxPop : 0;
      const t = maxTrend > 0 ? Math.log1p(trending[i]) / maxTrend : 0;
      prior[i] = quality[i] * (p + t) / 2;
    }
    const popTotal = pop.reduce((a, b) => a + b, 0);
    const trendTotal = trending.reduce((a, b) => a + b, 0);
    for (let i = 0; i < n; i++) trendLeads[i] = trending[i] > 0 && trending[i] * popTotal >= TREND_LIFT * pop[i] * trendTotal ? 1 : 0;
    const links = Object.fromEntries(RELATIONS.map((kind) => [kind, packLinks(n, this.rows[kind])])) as Record<RelationKind, Links>;
    const all = [...Array(n).keys()];
    const byPrior = Int32Array.from(all.sort((a, b) => prior[b] - prior[a] || a - b));
    const byTrend = Int32Array.from([...all].sort((a, b) => trending[b] * quality[b] - trending[a] * quality[a] || prior[b] - prior[a] || a - b));
    const members = new Map<string, number[]>();
    const categories = items.map((r) => [...new Set(r.categories ?? [])]);
    for (const i of byPrior) {
      for (const c of categories[i]) {
        let m = members.get(c);
        if (!m) members.set(c, (m = []));
        m.push(i);
      }
    }
    const byCategory = new Map([...members].map(([c, m]) => [c, Int32Array.from(m)]));
    const categoryNames = [...members.keys()];
    const categoryIndex = new Map(categoryNames.map((c, k) => [c, k]));
    const start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) start[i + 1] = start[i] + categories[i].length;
    const of = Int32Array.from(categories.flat(), (c) => categoryIndex.get(c)!);
    return {
      trainedAt: meta.trainedAt, params: meta.params, ids, index, categories, categoryNames, categoryIndex, itemCategories: { start, of },
      quality, trending, prior, trendLeads, links, byPrior, byTrend, byCategory,
    };
  }
}

function packLinks(n: number, rows: ReadonlyMap<number, { to: Int32Array; score: Float64Array }>): Links {
  const start = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) start[a + 1] = start[a] + (rows.get(a)?.to.length ?? 0);
  const to = new Int32Array(start[n]);
  const score = new Float64Array(start[n]);
  for (const [a, row] of rows) {
    to.set(row.to, start[a]);
    score.set(row.score, start[a]);
  }
  return { start, to, score };
}

/** How many links an item has through one relation. */
export function linkCount(links: Links, item: number): number {
  return links.start[item + 1] - links.start[item];
}

/** The same model answering with other per-request parameters (what a validation search tries). */
export function withParams(model: Model, params: Partial<EngineParams>): Model {
  return { ...model, params: { ...model.params, ...params, relationWeights: { ...model.params.relationWeights, ...params.relationWeights } } };
}

/** Item ids in one fixed order (code units), so ties break the same way in every process. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function maxOf(values: Float64Array): number {
  let m = 0;
  for (const v of values) if (v > m) m = v;
  return m;
}

function clamp(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : hi;
}
