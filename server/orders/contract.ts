/**
 * @module Contract: what a shopper may see of their own orders — in brief (a widget acting on
 * an order), tracked (parcels, timeline, estimate), a guest's lookup and a customer's list.
 * Widgets import the types.
 */
import { z } from '@hono/zod-openapi';
import { FULFILLMENT_STATUSES } from './db.ts';
import { EMAIL_MAX, ORDER_NUMBER_MAX, POSTCODE_MAX, TRACKING_EXCEPTIONS, TRACKING_STEPS } from './limits.ts';

export const OrderNumberParam = z.object({ number: z.string().trim().min(1).max(100) });

export const OrderSummaryView = z
  .object({
    number: z.string(),
    status: z.string(),
    placedAt: z.iso.datetime(),
    currency: z.string(),
    totalAmount: z.number().int(),
    lines: z.array(z.object({ title: z.string(), quantity: z.number().int() })),
  })
  .openapi('OrderSummary');
export type OrderSummaryView = z.infer<typeof OrderSummaryView>;

/** A guest's lookup: the order number and the email it was placed with, as typed. */
export const OrderLookupBody = z
  .object({
    number: z.string().trim().min(1).max(ORDER_NUMBER_MAX),
    /** Any text: compared with the order's email after trimming and case folding, never interpreted. */
    email: z.string().trim().min(1).max(EMAIL_MAX).optional(),
    /** Or the shipping postcode, compared without spaces or case ("sw1a 1aa" is "SW1A1AA"). */
    postcode: z.string().trim().min(1).max(POSTCODE_MAX).optional(),
  })
  .strict()
  .refine((b) => !(b.email !== undefined && b.postcode !== undefined), { message: 'Give the email or the postcode, not both', path: ['postcode'] })
  .openapi('OrderLookup');
export type OrderLookupBody = z.infer<typeof OrderLookupBody>;

const Step = z.object({
  step: z.enum(TRACKING_STEPS),
  state: z.enum(['done', 'current', 'todo']),
  /** When it happened, if known. */
  at: z.iso.datetime().nullable(),
});

export const ParcelView = z
  .object({
    /** The carrier's name as the platform sent it, else as detected from the tracking number. */
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    /** http(s) only. */
    trackingUrl: z.string().nullable(),
    status: z.enum(FULFILLMENT_STATUSES),
    steps: z.array(Step),
    exception: z.enum(TRACKING_EXCEPTIONS).nullable(),
    /** Checkpoint events, oldest first. */
    events: z.array(z.object({ status: z.string(), message: z.string(), location: z.string().nullable(), at: z.iso.datetime() })),
    /** `YYYY-MM-DD`: the carrier's date when it gave one, else the shop's rule. */
    estimatedDelivery: z.string().nullable(),
    estimateSource: z.enum(['carrier', 'shop']).nullable(),
    /** Not delivered and the estimated day has passed (in the shop's time zone). */
    late: z.boolean(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .openapi('Parcel');
export type ParcelView = z.infer<typeof ParcelView>;

/** What the order tracker shows: the order in brief, its parcels, and an estimate while nothing shipped. */
export const OrderTrackingView = OrderSummaryView.extend({
  /** The shipping method the shopper chose, as the shop's platform names it. */
  shippingMethod: z.string().nullable(),
  parcels: z.array(ParcelView),
  /** While no parcel exists: the shop's estimate for the whole order (null once parcels exist, or for a cancelled order). */
  estimatedDelivery: z.string().nullable(),
  late: z.boolean(),
}).openapi('OrderTracking');
export type OrderTrackingView = z.infer<typeof OrderTrackingView>;

export const CustomerOrderItem = z
  .object({ number: z.string(), status: z.string(), placedAt: z.iso.datetime(), currency: z.string(), totalAmount: z.number().int(), lineCount: z.number().int() })
  .openapi('CustomerOrderItem');
export const CustomerOrderList = z.object({ items: z.array(CustomerOrderItem) }).openapi('CustomerOrderList');
export type CustomerOrderList = z.infer<typeof CustomerOrderList>;

// ---- Admin → Orders (issue 9) ----

const ADMIN_SEARCH_MAX = 200;

export const AdminOrderQuery = z.object({
  /** Part of the order number, the email, or the customer's name or email; any text, case-insensitive. */
  q: z.string().max(ADMIN_SEARCH_MAX).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(300).optional(),
});

export const AdminOrderItem = z
  .object({
    id: z.uuid(),
    number: z.string(),
    email: z.string(),
    customerName: z.string().nullable(),
    status: z.string(),
    placedAt: z.iso.datetime(),
    currency: z.string(),
    totalAmount: z.number().int(),
    lineCount: z.number().int(),
    /** A parcel (or the whole order, while nothing shipped) is past its estimated day. */
    late: z.boolean(),
    /** A parcel was delayed, missed a delivery or is going back. */
    exception: z.boolean(),
  })
  .openapi('AdminOrderItem');
export type AdminOrderItem = z.infer<typeof AdminOrderItem>;

export const AdminOrderPage = z
  .object({ items: z.array(AdminOrderItem), nextCursor: z.string().nullable() })
  .openapi('AdminOrderPage');
export type AdminOrderPage = z.infer<typeof AdminOrderPage>;

export const AdminOrderDetail = z
  .object({
    order: AdminOrderItem.omit({ late: true, exception: true }).extend({
      subtotalAmount: z.number().int(),
      shippingAmount: z.number().int(),
      customerId: z.uuid().nullable(),
    }),
    lines: z.array(z.object({ title: z.string(), quantity: z.number().int(), unitAmount: z.number().int(), finalSale: z.boolean() })),
    /** Exactly what the shopper's order tracker shows. */
    tracking: OrderTrackingView,
  })
  .openapi('AdminOrderDetail');
export type AdminOrderDetail = z.infer<typeof AdminOrderDetail>;

export const DELIVERY_PLATFORMS = ['generic', 'shopify', 'woocommerce', 'medusa'] as const;
export const DELIVERY_OUTCOMES = ['accepted', 'duplicate', 'stale', 'refused', 'ping'] as const;

export const DeliveryQuery = z.object({
  platform: z.enum(DELIVERY_PLATFORMS).optional(),
  outcome: z.enum(DELIVERY_OUTCOMES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const DeliveryItem = z
  .object({
    id: z.uuid(),
    platform: z.enum(DELIVERY_PLATFORMS),
    source: z.enum(['webhook', 'import']),
    topic: z.string().nullable(),
    dedupKey: z.string().nullable(),
    outcome: z.enum(DELIVERY_OUTCOMES),
    /** Why it was refused or stale (`bad-signature`, `older-than-stored`, …). */
    reason: z.string().nullable(),
    /** Where in the payload a refused delivery went wrong. */
    path: z.string().nullable(),
    detail: z.string().nullable(),
    receivedAt: z.iso.datetime(),
  })
  .openapi('WebhookDelivery');
export type DeliveryItem = z.infer<typeof DeliveryItem>;
export const DeliveryPage = z.object({ items: z.array(DeliveryItem) }).openapi('WebhookDeliveryPage');
export type DeliveryPage = z.infer<typeof DeliveryPage>;
