/**
 * @module Recommendation engine, training: the offline job's one call — interactions in,
 * storable rows out (items with their popularity, trend and quality; each item's strongest
 * links per relation; the per-request parameters).
 */
import { digest } from './digest.ts';
import { cooccurrence, normalise, transitions, type Relation } from './relations.ts';
import { KIND_WEIGHTS } from './signals.ts';
import type { EngineParams, Interaction, ItemInfo, ItemRow, LinkRow, ModelRows, RelationKind } from './types.ts';

export interface TrainOptions {
  /** Known products and their categories (products nobody interacted with yet included). */
  items?: Iterable<ItemInfo>;
  /** The training time (default: the latest interaction). */
  now?: number;
  kindWeights?: Readonly<Record<string, number>>;
  /** See `TransitionOptions` (relations.ts). */
  window?: number;
  windowDecay?: number;
  backward?: number;
  alpha?: number;
  /** Links kept per item and relation. */
  keep?: number;
  /** Latest interest events per shopper used (older ones are history). */
  maxHistory?: number;
  trendingHalfLifeMs?: number;
  /** Cart and purchase events this close form one basket. */
  basketWindowMs?: number;
  /** The per-request parameters to store with the model. */
  params?: Partial<EngineParams>;
}

const DAY = 86_400_000;

/** Defaults: a sound start for any shop; the training job or the benchmark may tune them on a validation split. */
export const TRAIN_DEFAULTS = {
  window: 20,
  windowDecay: 0.85,
  backward: 0.3,
  alpha: 0.5,
  keep: 100,
  maxHistory: 500,
  trendingHalfLifeMs: 7 * DAY,
  basketWindowMs: 2 * DAY,
} as const;

export const PARAM_DEFAULTS: EngineParams = {
  positionTau: 5,
  halfLifeMs: 0,
  maxSources: 50,
  relationWeights: { next: 1, similar: 0.2, together: 1 },
  prior: 0.05,
  categoryBoost: 0.5,
  negativeFactor: 0.2,
};

/** How much a product's score keeps as complaints pile up: 1 − QUALITY_DROP · against / (against + buyers + QUALITY_PRIOR). */
const QUALITY_DROP = 0.5;
const QUALITY_PRIOR = 5;

export function train(interactions: Iterable<Interaction>, options: TrainOptions = {}): ModelRows {
  const o = { ...TRAIN_DEFAULTS, ...defined(options) };
  const info = [...(options.items ?? [])];
  const d = digest(interactions, info, {
    kindWeights: options.kindWeights ?? KIND_WEIGHTS,
    maxHistory: o.maxHistory,
    trendingHalfLifeMs: o.trendingHalfLifeMs,
    basketWindowMs: o.basketWindowMs,
    now: options.now,
  });
  const n = d.ids.length;
  const relations: Record<RelationKind, Relation> = {
    next: normalise(transitions(d.sequences, n, d.popularity, o)),
    similar: normalise(cooccurrence(d.sets, n, o.keep)),
    together: normalise(cooccurrence(d.baskets, n, o.keep)),
  };
  const categories = new Map(info.map((i) => [i.item, [...(i.categories ?? [])]]));
  const items: ItemRow[] = d.ids.map((item, i) => ({
    item,
    popularity: d.popularity[i],
    trending: d.trending[i],
    quality: 1 - (QUALITY_DROP * d.against[i]) / (d.against[i] + d.buyers[i] + QUALITY_PRIOR),
    categories: categories.get(item) ?? [],
  }));
  const links: LinkRow[] = [];
  for (const kind of ['next', 'similar', 'together'] as const) {
    const rel = relations[kind];
    rel.to.forEach((to, a) => {
      if (to.length) links.push({ kind, from: d.ids[a], to: Array.from(to, (b) => d.ids[b]), scores: Array.from(rel.score[a]) });
    });
  }
  const params: EngineParams = {
    ...PARAM_DEFAULTS,
    ...defined(options.params ?? {}),
    relationWeights: { ...PARAM_DEFAULTS.relationWeights, ...options.params?.relationWeights },
  };
  return { meta: { version: 1, trainedAt: d.now, interactions: d.interactions, users: d.users, params }, items, links };
}

/** The options actually given (an explicit `undefined` does not erase a default). */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
