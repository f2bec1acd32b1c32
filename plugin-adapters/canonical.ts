/**
 * @module Canonical entities: what every platform adapter maps its payloads to, and what
 * the generic webhook takes as its payload — customer, product with variants, order with
 * lines, fulfillment with events, refund, privacy request, removal. Platform ids are text,
 * money is integer minor units plus an ISO 4217 currency, times are ISO 8601 in UTC.
 */
import { z } from 'zod';
import { SHIPPING_METHOD_MAX } from './shared/text.ts';

export const PLATFORMS = ['shopify', 'woocommerce', 'medusa', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The order tracker's steps (the `orders.status` vocabulary, plus `refunded`). */
export const ORDER_STATUSES = [
  'unpaid', 'paid', 'packed', 'shipped', 'out_for_delivery', 'delivered', 'delayed', 'returned', 'refunded', 'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** A parcel's steps and exceptions (the timeline: failed attempt, delayed, returned to sender). */
export const FULFILLMENT_STATUSES = [
  'pending', 'packed', 'shipped', 'in_transit', 'out_for_delivery', 'delivered',
  'failed_attempt', 'delayed', 'exception', 'returned', 'cancelled',
] as const;
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number];

export const PRIVACY_REQUEST_TYPES = ['customer-data-request', 'customer-redact', 'shop-redact'] as const;

/** A platform's id for something, always as text (Shopify's exceed 2^53). */
export const PlatformId = z.string().trim().min(1).max(200);
const Ref = PlatformId.nullable();
const Currency = z.string().regex(/^[A-Za-z]{3}$/).transform((code) => code.toUpperCase());
const Amount = z.number().int().safe();
const NonNegativeAmount = Amount.nonnegative();
/** An instant with its zone (`Z` or `±hh:mm`), stored as UTC. */
const Instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());
const Email = z.string().trim().toLowerCase().pipe(z.email());
const HttpUrl = z.url({ protocol: /^https?$/ }).max(2048);
const Text = z.string().trim().max(1000);

export const CanonicalCustomer = z.object({
  kind: z.literal('customer'),
  platformId: PlatformId,
  email: Email.nullable(),
  name: Text.nullable(),
  locale: z.string().max(35).nullable(),
  /** When the platform last changed it: an older delivery never overwrites newer state. */
  updatedAt: Instant.nullable(),
});

export const CanonicalVariant = z.object({
  platformId: PlatformId,
  sku: Text.nullable(),
  title: Text,
  priceAmount: NonNegativeAmount,
  currency: Currency,
  /** Units in stock; null when the platform does not track it. */
  inventory: z.number().int().nullable(),
});

export const CanonicalProduct = z.object({
  kind: z.literal('product'),
  platformId: PlatformId,
  handle: z.string().trim().min(1).max(255),
  title: Text,
  /** The product type or first category. */
  category: Text.nullable(),
  tags: z.array(Text),
  imageUrl: HttpUrl.nullable(),
  published: z.boolean(),
  updatedAt: Instant.nullable(),
  variants: z.array(CanonicalVariant),
});

export const CanonicalOrderLine = z.object({
  platformId: PlatformId,
  productRef: Ref,
  variantRef: Ref,
  sku: Text.nullable(),
  title: Text,
  variantTitle: Text.nullable(),
  quantity: z.number().int().positive(),
  /** The price of one unit before discounts. */
  unitAmount: NonNegativeAmount,
  /** Discounts on the whole line (all its units). */
  discountAmount: NonNegativeAmount,
  finalSale: z.boolean(),
});

export const CanonicalOrder = z.object({
  kind: z.literal('order'),
  platformId: PlatformId,
  /** The number the shopper sees ("#1001", "727"). */
  number: z.string().trim().min(1).max(100),
  email: Email.nullable(),
  customerRef: Ref,
  status: z.enum(ORDER_STATUSES),
  currency: Currency,
  /** Lines after their discounts, before shipping and tax. */
  subtotalAmount: Amount,
  shippingAmount: Amount,
  taxAmount: Amount,
  discountAmount: Amount,
  totalAmount: Amount,
  placedAt: Instant,
  updatedAt: Instant,
  cancelledAt: Instant.nullable(),
  locale: z.string().max(35).nullable(),
  /** For a guest's lookup by order number and postcode. */
  shippingPostcode: z.string().trim().max(32).nullable(),
  /** The shipping method the shopper chose, as the platform names it ("Express"): picks the shop's delivery rule. */
  shippingMethod: z.string().trim().max(SHIPPING_METHOD_MAX).nullable().default(null),
  lines: z.array(CanonicalOrderLine),
});

export const CanonicalTrackingEvent = z.object({
  platformId: Ref,
  status: z.enum(FULFILLMENT_STATUSES),
  /** The platform's own word for it ("label_printed"), for the admin. */
  platformStatus: Text,
  message: Text.nullable(),
  location: Text.nullable(),
  occurredAt: Instant,
  estimatedDelivery: Instant.nullable(),
});

export const CanonicalFulfillment = z.object({
  kind: z.literal('fulfillment'),
  platformId: PlatformId,
  orderRef: PlatformId,
  status: z.enum(FULFILLMENT_STATUSES),
  platformStatus: Text,
  carrier: Text.nullable(),
  trackingNumber: Text.nullable(),
  trackingUrl: HttpUrl.nullable(),
  shippedAt: Instant.nullable(),
  deliveredAt: Instant.nullable(),
  estimatedDelivery: Instant.nullable(),
  updatedAt: Instant.nullable(),
  lines: z.array(z.object({ lineRef: PlatformId, quantity: z.number().int().positive() })),
  events: z.array(CanonicalTrackingEvent),
});

/** One checkpoint that arrives on its own (Shopify's fulfillment_events/create). */
export const CanonicalFulfillmentEvent = CanonicalTrackingEvent.extend({
  kind: z.literal('fulfillment-event'),
  platformId: PlatformId,
  fulfillmentRef: PlatformId,
  orderRef: PlatformId,
});

export const CanonicalRefund = z.object({
  kind: z.literal('refund'),
  platformId: PlatformId,
  orderRef: PlatformId,
  currency: Currency,
  /** Money returned to the shopper. */
  amount: NonNegativeAmount,
  reason: Text.nullable(),
  restock: z.boolean(),
  createdAt: Instant.nullable(),
  lines: z.array(z.object({
    platformId: Ref,
    lineRef: PlatformId,
    quantity: z.number().int().nonnegative(),
    subtotalAmount: NonNegativeAmount.nullable(),
    taxAmount: NonNegativeAmount.nullable(),
  })),
});

/** Shopify's mandatory privacy topics, recorded now and acted on by the profile feature. */
export const CanonicalPrivacyRequest = z.object({
  kind: z.literal('privacy-request'),
  type: z.enum(PRIVACY_REQUEST_TYPES),
  platformId: Ref,
  shopDomain: Text.nullable(),
  customerRef: Ref,
  email: Email.nullable(),
  orderRefs: z.array(PlatformId),
});

/** Something deleted on the platform (WooCommerce `order.deleted`, Shopify `orders/delete` …). */
export const CanonicalRemoval = z.object({
  kind: z.literal('removal'),
  entity: z.enum(['order', 'customer', 'product']),
  platformId: PlatformId,
});

export const CanonicalEntity = z.discriminatedUnion('kind', [
  CanonicalCustomer, CanonicalProduct, CanonicalOrder, CanonicalFulfillment, CanonicalFulfillmentEvent,
  CanonicalRefund, CanonicalPrivacyRequest, CanonicalRemoval,
]);

export type CanonicalCustomer = z.infer<typeof CanonicalCustomer>;
export type CanonicalVariant = z.infer<typeof CanonicalVariant>;
export type CanonicalProduct = z.infer<typeof CanonicalProduct>;
export type CanonicalOrderLine = z.infer<typeof CanonicalOrderLine>;
export type CanonicalOrder = z.infer<typeof CanonicalOrder>;
export type CanonicalTrackingEvent = z.infer<typeof CanonicalTrackingEvent>;
export type CanonicalFulfillment = z.infer<typeof CanonicalFulfillment>;
export type CanonicalFulfillmentEvent = z.infer<typeof CanonicalFulfillmentEvent>;
export type CanonicalRefund = z.infer<typeof CanonicalRefund>;
export type CanonicalPrivacyRequest = z.infer<typeof CanonicalPrivacyRequest>;
export type CanonicalRemoval = z.infer<typeof CanonicalRemoval>;
export type CanonicalEntity = z.infer<typeof CanonicalEntity>;
