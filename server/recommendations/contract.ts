/**
 * @module Contract: recommendations as the widget asks for them (`GET /v1/recommendations`)
 * and as the merchant reviews them (the admin's explain, statistics and placement
 * settings). Every list carries an id the widget sends back with impressions and clicks,
 * and a reason per item in the shopper's language. Widgets import the types.
 */
import { z } from '@hono/zod-openapi';
import { Locale } from '../kernel/http/contract.ts';
import { PLACEMENTS } from '../interactions/limits.ts';
import { LIMIT_DEFAULT, LIMIT_MAX, PRODUCTS_MAX } from './limits.ts';

export const Placement = z.enum(PLACEMENTS).openapi('Placement');
export type Placement = z.infer<typeof Placement>;

export const RecommendationQuery = z.object({
  placement: Placement,
  /** The product on the page (product), or the products in the cart or order (cart, tracker, returns), comma-separated. */
  product: z.string().max(4000).optional().openapi({ description: `Up to ${PRODUCTS_MAX} product ids, handles or platform ids, comma-separated` }),
  limit: z.coerce.number().int().min(1).max(LIMIT_MAX).default(LIMIT_DEFAULT),
  locale: Locale.optional(),
  /** The visitor id the tracker keeps with consent; without it (and without a session) the list is not personal. */
  visitor: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
});
export type RecommendationQuery = z.input<typeof RecommendationQuery>;

export const ReasonKind = z.enum([
  'viewed-similar', 'bought-together', 'popular-in-category', 'trending', 'popular', 'recently-viewed', 'other-size', 'similar-to',
]);
export type ReasonKind = z.infer<typeof ReasonKind>;

export const RecommendedProduct = z.object({
  id: z.uuid(),
  handle: z.string(),
  /** In the requested language where the catalog has it. */
  title: z.string(),
  category: z.string(),
  /** The product page: the shop's URL pattern with the handle (relative to the store by default). */
  url: z.string(),
  imageUrl: z.string().nullable(),
  /** Minor units (cents) of `currency`: the price of the variant shown. */
  price: z.number().int(),
  currency: z.string(),
  /** The variant to show, when the product has several (a size this shopper sent back as not fitting comes last). */
  variant: z.object({ id: z.uuid(), title: z.string() }).nullable(),
}).openapi('RecommendedProduct');
export type RecommendedProduct = z.infer<typeof RecommendedProduct>;

export const RecommendationReason = z.object({
  kind: ReasonKind,
  /** Said to the shopper, e.g. "Because you viewed Celadon teapot". */
  text: z.string(),
  /** The product it is because of (viewed-similar, bought-together, other-size, similar-to). */
  because: z.object({ id: z.uuid(), title: z.string() }).optional(),
  category: z.string().optional(),
}).openapi('RecommendationReason');
export type RecommendationReason = z.infer<typeof RecommendationReason>;

export const RecommendationItem = z.object({
  product: RecommendedProduct,
  reason: RecommendationReason,
  /** For the merchant's explain view; comparable within one list only. */
  score: z.number(),
}).openapi('RecommendationItem');
export type RecommendationItem = z.infer<typeof RecommendationItem>;

export const RecommendationList = z.object({
  /** Send it back with the list's impression and click events. */
  id: z.string(),
  placement: Placement,
  locale: Locale,
  /** From this shopper's own activity (false: popular and trending items for anyone). */
  personal: z.boolean(),
  /** The placement is switched off in the admin: show nothing. */
  enabled: z.boolean(),
  items: z.array(RecommendationItem),
}).openapi('RecommendationList');
export type RecommendationList = z.infer<typeof RecommendationList>;

/** The admin's question: what would this customer (or visitor, or a new visitor) see here, and why. */
export const ExplainQuery = z.object({
  placement: Placement.default('home'),
  /** A customer's email, or a customer or visitor id; empty: a new visitor. */
  who: z.string().max(320).optional(),
  product: z.string().max(4000).optional(),
  locale: Locale.optional(),
  limit: z.coerce.number().int().min(1).max(LIMIT_MAX).default(LIMIT_DEFAULT),
});

export const ExplainResult = z.object({
  list: RecommendationList,
  /** Who the list is for, as found. */
  person: z.object({ customerId: z.uuid().nullable(), email: z.string().nullable(), visitorId: z.string().nullable() }),
  /** The latest events of that person the engine used, newest first. */
  history: z.array(z.object({ kind: z.string(), at: z.iso.datetime(), product: z.object({ id: z.uuid(), title: z.string() }).nullable() })),
  model: z.object({ trainedAt: z.iso.datetime().nullable(), interactions: z.number().int(), shoppers: z.number().int() }),
}).openapi('RecommendationExplain');
export type ExplainResult = z.infer<typeof ExplainResult>;

export const PlacementStats = z.object({
  placement: Placement,
  enabled: z.boolean(),
  impressions: z.number().int(),
  clicks: z.number().int(),
  /** clicks / impressions, 0 when nothing was shown. */
  clickThrough: z.number(),
  /** Purchases of a clicked product by the same shopper within the attribution window. */
  purchases: z.number().int(),
  /** Their amount in minor units of the shop's currency, when the purchase events carried it. */
  revenue: z.number().int(),
}).openapi('PlacementStats');

export const RecommendationStats = z.object({
  days: z.number().int(),
  attributionDays: z.number().int(),
  currency: z.string(),
  placements: z.array(PlacementStats),
}).openapi('RecommendationStats');
export type RecommendationStats = z.infer<typeof RecommendationStats>;
