/**
 * @module Recommendation engine: the model in memory — the stored rows (train.ts) indexed for
 * answering: numbered items, each item's links per relation, and the item lists the answers
 * are filled from (by prior, by trend, per category). Loading is the same in every process.
 */
import type { EngineParams, LinkRow, ModelRows, RelationKind } from './types.ts';

export const RELATIONS: readonly RelationKind[] = ['next', 'similar', 'together'];

/** How much faster than the shop an item must be gaining to be called trending. */
export const TREND_LIFT = 1.25;

export interface Model {
  readonly trainedAt: number;
  readonly params: EngineParams;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly categories: readonly (readonly string[])[];
  readonly quality: Float64Array;
  readonly trending: Float64Array;
  /** Popularity and trend on a 0–1 scale, times quality: what an item is worth before anything personal. */
  readonly prior: Float64Array;
  /**
   * 1 where the item's share of recent activity is at least TREND_LIFT times its share of
   * all-time popularity (it is rising): its reason reads "trending", else "popular".
   */
  readonly trendLeads: Uint8Array;
  /** Per relation, per source item: targets and scores, strongest first (ties by id). */
  readonly links: Readonly<Record<RelationKind, { to: Int32Array[]; score: Float64Array[] }>>;
  /** Items by prior, best first. */
  readonly byPrior: Int32Array;
  /** Items by trend times quality, best first. */
  readonly byTrend: Int32Array;
  /** Per category, its items by prior. */
  readonly byCategory: ReadonlyMap<string, Int32Array>;
}

/** Builds the in-memory model from its rows (as stored; any row order). */
export function loadModel(rows: ModelRows): Model {
  if (rows.meta?.version !== 1) throw new Error(`recommendation model version ${String(rows.meta?.version)} is not supported (expected 1)`);
  const items = [...rows.items].sort((a, b) => compareIds(a.item, b.item));
  const ids = items.map((r) => r.item);
  const index = new Map(ids.map((id, i) => [id, i]));
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
  const links = Object.fromEntries(RELATIONS.map((k) => [k, { to: [] as Int32Array[], score: [] as Float64Array[] }])) as Model['links'];
  const rowOf = new Map<string, LinkRow>();
  for (const row of rows.links) {
    if (RELATIONS.includes(row.kind) && index.has(row.from)) rowOf.set(`${row.kind}\u0000${row.from}`, row);
  }
  for (const kind of RELATIONS) {
    for (let a = 0; a < n; a++) {
      const row = rowOf.get(`${kind}\u0000${ids[a]}`);
      const pairs: Array<[number, number]> = [];
      for (let j = 0; row && j < row.to.length; j++) {
        const b = index.get(row.to[j]);
        const v = row.scores[j];
        if (b !== undefined && b !== a && v > 0) pairs.push([b, v]);
      }
      pairs.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      links[kind].to.push(Int32Array.from(pairs, (x) => x[0]));
      links[kind].score.push(Float64Array.from(pairs, (x) => x[1]));
    }
  }
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
  return { trainedAt: rows.meta.trainedAt, params: rows.meta.params, ids, index, categories, quality, trending, prior, trendLeads, links, byPrior, byTrend, byCategory };
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
