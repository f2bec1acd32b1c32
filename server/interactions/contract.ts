/**
 * @module Contract: the interaction log's wire format — one batch of events as the tracker
 * (or a store's own code) sends it to `POST /v1/events`, each kind with its own data, and
 * the receipt that says which events were kept, which were already there and which were
 * refused (by index). The tracker imports the types.
 */
import { z } from '@hono/zod-openapi';
import {
  BATCH_MAX_EVENTS, EVENT_KINDS, PLACEMENTS, QUERY_MAX, REF_MAX, RETURN_REASONS,
} from './limits.ts';

/** A product or variant as the page knows it: Rapport's id, the platform's id, the handle or the SKU. */
const Ref = z.string().trim().min(1).max(REF_MAX);
const Query = z.string().trim().min(1).max(QUERY_MAX);
const RecId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A recommendation id as the API gave it');

const common = {
  /** A fresh UUID per event; a retry sends the same id (and time), so it is stored once. */
  id: z.uuid(),
  /** When it happened, in ms since the epoch by the sender's clock (corrected by `sentAt`). */
  at: z.number().int().positive(),
};
const product = { product: Ref, variant: Ref.optional() };

/** One event; `data` holds what its kind needs. */
export const EventInput = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('product.view'), ...product }).strict(),
  z.object({ ...common, kind: z.literal('cart.add'), ...product, data: z.object({ quantity: z.number().int().min(1).max(999) }).strict().optional() }).strict(),
  z.object({ ...common, kind: z.literal('search'), data: z.object({ query: Query, results: z.number().int().min(0).max(1_000_000).optional() }).strict() }).strict(),
  z.object({ ...common, kind: z.literal('faq.view'), data: z.object({ article: z.uuid() }).strict() }).strict(),
  z.object({ ...common, kind: z.literal('faq.search'), data: z.object({ query: Query, results: z.number().int().min(0).max(1000).optional() }).strict() }).strict(),
  z.object({ ...common, kind: z.literal('faq.vote'), data: z.object({ article: z.uuid(), helpful: z.boolean() }).strict() }).strict(),
  z.object({ ...common, kind: z.literal('order.track'), data: z.object({ order: z.string().trim().min(1).max(100) }).strict() }).strict(),
  z.object({
    ...common, kind: z.literal('return.request'), ...product,
    data: z.object({ reason: z.enum(RETURN_REASONS), size: z.string().trim().min(1).max(40).optional(), order: z.string().max(100).optional() }).strict(),
  }).strict(),
  z.object({
    ...common, kind: z.literal('feedback'), product: Ref.optional(),
    data: z.object({
      feedbackKind: z.enum(['complaint', 'suggestion', 'praise', 'question']).optional(),
      /** CSAT 1–5 or NPS 0–10, as `scoreType` says. */
      scoreType: z.enum(['csat', 'nps']).optional(),
      score: z.number().int().min(0).max(10).optional(),
    }).strict().refine((d) => d.score === undefined || (d.scoreType === 'csat' ? d.score >= 1 && d.score <= 5 : d.scoreType === 'nps'),
      { message: 'A score needs its scoreType (CSAT 1–5, NPS 0–10)', path: ['score'] }),
  }).strict(),
  z.object({
    ...common, kind: z.literal('recommendation.impression'),
    data: z.object({ recommendation: RecId, placement: z.enum(PLACEMENTS), items: z.array(Ref).min(1).max(50) }).strict(),
  }).strict(),
  z.object({
    ...common, kind: z.literal('recommendation.click'), ...product,
    data: z.object({ recommendation: RecId, placement: z.enum(PLACEMENTS), position: z.number().int().min(0).max(99) }).strict(),
  }).strict(),
  z.object({
    ...common, kind: z.literal('purchase'), ...product,
    data: z.object({
      quantity: z.number().int().min(1).max(9999).default(1),
      order: z.string().trim().min(1).max(100).optional(),
      amount: z.number().int().min(0).max(1e12).optional(),
    }).strict().optional(),
  }).strict(),
]);
export type EventInput = z.input<typeof EventInput>;
export type EventParsed = z.output<typeof EventInput>;

const kindCheck: readonly string[] = EVENT_KINDS;
if (EventInput.options.length !== kindCheck.length) throw new Error('every event kind needs its schema');

/** A batch. Sent as JSON, also as text/plain (a `sendBeacon` or a CORS-simple keepalive fetch, no preflight). */
export const EventBatch = z
  .object({
    /** The sender's clock when sending, in ms: the server corrects every `at` by the difference. */
    sentAt: z.number().int().positive(),
    /** Kept in the browser only with consent; without it the events are linked to nobody. */
    visitor: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
    /** The shopper's answer: true, false, or absent (not asked; the shop's setting decides). */
    consent: z.boolean().optional(),
    /** A customer session (the body carries it: a beacon cannot set headers). Expired or foreign: the events stay anonymous. */
    session: z.string().max(2000).optional(),
    /** Checked one by one: a bad event is refused with its index, the good ones are kept. */
    events: z.array(z.unknown()).min(1).max(BATCH_MAX_EVENTS),
  })
  .strict()
  .openapi('EventBatch', {
    description: `Up to ${BATCH_MAX_EVENTS} events; each is an object with id, kind, at and its kind's fields (see EventInput).`,
  });
export type EventBatch = z.infer<typeof EventBatch>;

export const EventRejection = z.object({
  index: z.number().int(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type EventRejection = z.infer<typeof EventRejection>;

export const EventReceipt = z
  .object({
    /** Stored by this request. */
    accepted: z.number().int(),
    /** Already stored before (a retry). */
    duplicates: z.number().int(),
    /** Refused and not stored; sending them again will not help. */
    rejected: z.array(EventRejection),
  })
  .openapi('EventReceipt');
export type EventReceipt = z.infer<typeof EventReceipt>;
