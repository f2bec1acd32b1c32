/**
 * @module Recommendation engine: the shapes it takes and gives — interactions, the trained
 * model as storable rows, the request and the ranked, explained results.
 */

/**
 * One thing a shopper did. `kind` is free text; the engine knows the kinds in
 * `KIND_WEIGHTS` (signals.ts) and ignores others unless the training options weigh them.
 */
export interface Interaction {
  /** Who: a customer id, or an anonymous visitor id. */
  user: string;
  /** The product concerned (events about no product — a search without a click — are left out by the caller or ignored). */
  item: string;
  /** 'view', 'click', 'cart', 'purchase', 'search', 'faq', 'track', 'impression', 'return', 'complaint', 'satisfaction' … */
  kind: string;
  /** Multiplies the kind's weight (default 1); for a negative kind, its strength. */
  weight?: number;
  /** When, in ms since the epoch. Equal times keep the order the interactions were given in. */
  at: number;
  data?: InteractionData;
}

export interface InteractionData {
  /** The variant (SKU) concerned, if any. */
  variant?: string;
  /** The variant's size label ('M', '42' …), for returns that did not fit. */
  size?: string;
  /** A return's reason code: 'too-small', 'too-large' and 'wrong-size' concern the size, not the product. */
  reason?: string;
  /** A satisfaction score from 1 (very unhappy) to 5. */
  score?: number;
}

/** What the caller knows about a product at training time. */
export interface ItemInfo {
  item: string;
  categories?: readonly string[];
}

/** Why an item is recommended, for the widget to say so. */
export type Reason =
  /** "Because you viewed {because}": items viewed next to it or with it by other shoppers. */
  | { kind: 'viewed-similar'; because: string }
  /** "Often bought with {because}". */
  | { kind: 'bought-together'; because: string }
  /** "Popular in {category}". */
  | { kind: 'popular-in-category'; category: string }
  /** "Trending now": an item whose recent activity outweighs its all-time popularity. */
  | { kind: 'trending' }
  /** "Popular in the shop". */
  | { kind: 'popular' }
  /** "Recently viewed". */
  | { kind: 'recently-viewed' };

export interface Recommendation {
  item: string;
  /** Higher is better; comparable within one answer only. */
  score: number;
  reason: Reason;
  /** When the request named variants: the one to show (sizes this shopper sent back for not fitting come last). */
  variant?: string;
}

export interface Variant {
  id: string;
  size?: string;
}

/** What the API knows about the request; every function is called at most once per item. */
export interface RecommendRequest {
  /** The shopper's interactions, oldest first (order by `at`; the last is the most recent). Empty for a new visitor. */
  history: readonly Interaction[];
  k: number;
  /** Items never to answer (e.g. the product on the page, items already shown). */
  exclude?: ReadonlySet<string>;
  /**
   * Items allowed: false for out-of-stock or unpublished products. `index` is the item's
   * number in the model (`model.ids[index] === item`): a caller that keeps what it knows
   * about the items in arrays in the model's order reads it there instead of looking the id up.
   */
  filter?: (item: string, index: number) => boolean;
  /** Consumables come back after a purchase (everything else bought is not recommended again). `index` as for `filter`. */
  consumable?: (item: string, index: number) => boolean;
  /** The page's categories (a category page, the product's categories), for a visitor without history. */
  categories?: readonly string[];
  /** Categories of products the model does not know yet (added since training). */
  categoriesOf?: (item: string) => readonly string[] | undefined;
  /** The variants of a product, to pick the one to show. */
  variantsOf?: (item: string) => readonly Variant[] | undefined;
  /** Items the shopper viewed may come back (default false: they are in "recently viewed" already). */
  includeSeen?: boolean;
  /** The time recency is measured from (default: the latest interaction in the history, or the training time). */
  now?: number;
}

/** Per-request parameters, stored with the model (chosen on a validation split by the training job or the benchmark). */
export interface EngineParams {
  /** Recency by position: the n-th most recent interaction counts e^(−n/τ). */
  positionTau: number;
  /** Recency by time: half-life in ms (0: none). */
  halfLifeMs: number;
  /** How many history items (the heaviest) feed one answer. */
  maxSources: number;
  /** The weight of each relation in the score (the relations are scaled to comparable sizes at training). */
  relationWeights: Record<RelationKind, number>;
  /** The weight of the item prior (popularity and trend) in a personal answer. */
  prior: number;
  /** Extra prior for items in the categories the shopper looked at. */
  categoryBoost: number;
  /** A shopper's own return, complaint or low score multiplies the item's score by this (per unit of strength). */
  negativeFactor: number;
}

/** The relations between items the training job learns. */
export type RelationKind = 'next' | 'similar' | 'together';

/** One item's links through one relation (one stored row): `to[j]` scores `scores[j]` for a shopper who interacted with `from`, strongest first. */
export interface LinkRow {
  kind: RelationKind;
  from: string;
  to: string[];
  scores: number[];
}

/** One stored product. */
export interface ItemRow {
  item: string;
  /** Weighted count of shoppers who interacted with it. */
  popularity: number;
  /** Time-decayed weighted interactions at training time. */
  trending: number;
  /** 1 for a product nobody had trouble with, down to 0.5 as returns, complaints and low scores pile up. */
  quality: number;
  categories: string[];
}

/** The trained model as rows: what a training job writes to the database and any API process loads. */
export interface ModelRows {
  meta: { version: 1; trainedAt: number; interactions: number; users: number; params: EngineParams };
  items: ItemRow[];
  links: LinkRow[];
}
