/**
 * @module Recommendation engine: what the API calls — "for you" from a shopper's history,
 * "similar" and "bought together" for a product, trending, recently viewed, and which
 * variant of a product to show. Pure and deterministic: the same model and request give the
 * same answer in any process; nothing here reads a clock, a database or the network.
 */
import { RELATIONS, type Model } from './model.ts';
import { rank } from './ranking.ts';
import { readShopper, type Shopper } from './shopper.ts';
import type { Interaction, Recommendation, RecommendRequest, RelationKind, Variant } from './types.ts';

/**
 * The shopper's own ranking ("for you"). Items reached from what they did recently come
 * first, with the item that brought them as the reason; the rest is filled with what is
 * popular in the categories they look at, then with what is trending or popular in the shop
 * (a new visitor gets only these). Never answers an excluded or filtered item, nor one they bought (unless
 * consumable) or viewed (unless `includeSeen`); a product sent back for the size stays.
 *
 * @example
 *   recommend(model, { history, k: 8, filter: (id) => inStock.has(id), consumable: (id) => consumables.has(id) })
 */
export function recommend(model: Model, req: RecommendRequest): Recommendation[] {
  const latest = req.history.reduce((t, e) => Math.max(t, e.at), -Infinity);
  const now = req.now ?? (Number.isFinite(latest) ? latest : model.trainedAt);
  const shopper = readShopper(model, req.history, now);
  const categories = new Map<string, number>();
  const addCategory = (c: string, share: number) => categories.set(c, Math.min(1, (categories.get(c) ?? 0) + share));
  for (const s of shopper.sources) for (const c of categoriesOf(model, s.item, req.categoriesOf)) addCategory(c, s.weight);
  for (const c of req.categories ?? []) addCategory(c, 1);
  const consumable = req.consumable ?? (() => false);
  // The few items the shopper or the page may rule out, by number: the thousands of others
  // reached are then asked only the caller's filter.
  const barred = new Set<number>();
  for (const set of [req.exclude, shopper.bought, req.includeSeen ? undefined : shopper.seen]) {
    for (const item of set ?? []) {
      const i = model.index.get(item);
      if (i !== undefined) barred.add(i);
    }
  }
  const answers = rank(model, shopper.sources, {
    k: req.k,
    relations: RELATIONS,
    allowed: (i) => {
      const item = model.ids[i];
      if (barred.has(i)) {
        if (req.exclude?.has(item)) return false;
        if (!consumable(item, i)) return false;
      }
      return req.filter?.(item, i) ?? true;
    },
    categories,
    penalty: penalties(model, shopper),
    prior: model.params.prior,
    fillFromAll: true,
  });
  if (req.variantsOf) {
    for (const a of answers) {
      const variants = req.variantsOf(a.item);
      if (variants?.length) a.variant = orderVariants(model, shopper, a.item, variants, req.categoriesOf)[0].id;
    }
  }
  return answers;
}

export interface ItemQuery {
  exclude?: ReadonlySet<string>;
  /** Whether an item may be answered; `index` is its number in the model (see `RecommendRequest.filter`). */
  filter?: (item: string, index: number) => boolean;
  /** The product's categories when the model does not know it yet (a new product). */
  categories?: readonly string[];
}

/**
 * Products like this one: those shoppers viewed next to it or with it; for a product with no
 * such links yet (a new one), what is popular in its categories.
 */
export function similar(model: Model, item: string, k: number, q: ItemQuery = {}): Recommendation[] {
  return aroundItem(model, item, k, q, ['next', 'similar'], true);
}

/** Products bought with this one (cart or purchase within the basket window); empty when none are known. */
export function boughtTogether(model: Model, item: string, k: number, q: ItemQuery = {}): Recommendation[] {
  return aroundItem(model, item, k, q, ['together'], false);
}

function aroundItem(model: Model, item: string, k: number, q: ItemQuery, relations: readonly RelationKind[], fill: boolean): Recommendation[] {
  const index = model.index.get(item) ?? -1;
  const categories = new Map<string, number>();
  if (fill) for (const c of index >= 0 && model.categories[index].length ? model.categories[index] : (q.categories ?? [])) categories.set(c, 1);
  return rank(model, [{ index, item, weight: 1 }], {
    k,
    relations,
    allowed: (i) => {
      const other = model.ids[i];
      return other !== item && !q.exclude?.has(other) && (q.filter?.(other, i) ?? true);
    },
    categories,
    penalty: new Map(),
    prior: fill ? model.params.prior : 0,
    fillFromAll: false,
  });
}

/** What is trending in the whole shop, or in one category. */
export function trending(model: Model, k: number, q: { category?: string; exclude?: ReadonlySet<string>; filter?: (item: string, index: number) => boolean } = {}): Recommendation[] {
  const out: Recommendation[] = [];
  for (const i of model.byTrend) {
    if (out.length >= k) break;
    const item = model.ids[i];
    if (q.category !== undefined && !model.categories[i].includes(q.category)) continue;
    if (q.exclude?.has(item) || !(q.filter?.(item, i) ?? true)) continue;
    out.push({
      item,
      score: model.trending[i] * model.quality[i],
      reason: q.category !== undefined ? { kind: 'popular-in-category', category: q.category } : { kind: 'trending' },
    });
  }
  return out;
}

/** The products the shopper viewed, most recent first (no model needed). */
export function recentlyViewed(history: readonly Interaction[], k: number, q: { exclude?: ReadonlySet<string>; filter?: (item: string) => boolean } = {}): Recommendation[] {
  const viewed = readShopper(EMPTY, history, 0).viewed.filter((item) => !q.exclude?.has(item) && (q.filter?.(item) ?? true));
  return viewed.slice(0, Math.max(0, k)).map((item, n) => ({ item, score: 1 / (n + 1), reason: { kind: 'recently-viewed' } }));
}

/**
 * A product's variants in the order to offer them: the caller's order, except that a size
 * this shopper sent back as too small or too large — for this product, or for one in the
 * same category — comes last. The product itself is not held against them.
 */
export function rankVariants(model: Model, history: readonly Interaction[], item: string, variants: readonly Variant[], categoriesOfItem?: (item: string) => readonly string[] | undefined): Variant[] {
  return orderVariants(model, readShopper(model, history, 0), item, variants, categoriesOfItem);
}

function orderVariants(model: Model, shopper: Shopper, item: string, variants: readonly Variant[], lookup?: (item: string) => readonly string[] | undefined): Variant[] {
  const mine = new Set(categoriesOf(model, item, lookup));
  const relevant = shopper.sizeReturns.filter((r) => r.item === item || categoriesOf(model, r.item, lookup).some((c) => mine.has(c)));
  const misfit = (v: Variant) => relevant.some((r) => (r.variant !== undefined && r.variant === v.id) || (r.size !== undefined && r.size === v.size));
  return [...variants.filter((v) => !misfit(v)), ...variants.filter(misfit)];
}

function penalties(model: Model, shopper: Shopper): Map<string, number> {
  return new Map([...shopper.against].map(([item, strength]) => [item, model.params.negativeFactor ** strength]));
}

function categoriesOf(model: Model, item: string, lookup?: (item: string) => readonly string[] | undefined): readonly string[] {
  const i = model.index.get(item);
  return (i !== undefined && model.categories[i].length ? model.categories[i] : lookup?.(item)) ?? [];
}

/** A model with nothing in it, for reading a history without one. */
const EMPTY: Model = {
  trainedAt: 0,
  params: { positionTau: 1, halfLifeMs: 0, maxSources: 0, relationWeights: { next: 0, similar: 0, together: 0 }, prior: 0, categoryBoost: 0, negativeFactor: 1 },
  ids: [], index: new Map(), categories: [], categoryNames: [], categoryIndex: new Map(), itemCategories: { start: new Int32Array(1), of: new Int32Array() },
  quality: new Float64Array(), trending: new Float64Array(), prior: new Float64Array(), trendLeads: new Uint8Array(),
  links: Object.fromEntries(RELATIONS.map((kind) => [kind, { start: new Int32Array(1), to: new Int32Array(), score: new Float64Array() }])) as Model['links'],
  byPrior: new Int32Array(), byTrend: new Int32Array(), byCategory: new Map(),
};
