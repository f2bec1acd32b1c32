/**
 * @module Shopify fulfillments (a parcel: carrier, tracking, status) and fulfillment
 * events (a carrier checkpoint) → canonical. Used for fulfillments/* topics, for the
 * fulfillments inside an order, and for fulfillment_events/create.
 */
import { z } from 'zod';
import type { CanonicalFulfillment, CanonicalFulfillmentEvent, FulfillmentStatus } from '../canonical.ts';
import { instant, platformId } from '../shared/payload.ts';
import { httpUrlOrNull, textOrNull } from '../shared/text.ts';

export const ShopifyFulfillment = z.object({
  id: platformId,
  order_id: platformId,
  status: z.string(),
  shipment_status: z.string().nullish(),
  tracking_company: z.string().nullish(),
  tracking_number: z.string().nullish(),
  tracking_url: z.string().nullish(),
  created_at: instant,
  updated_at: instant.nullish(),
  line_items: z.array(z.object({ id: platformId, quantity: z.number().int().positive() })).nullish(),
});

export const ShopifyFulfillmentEvent = z.object({
  id: platformId,
  fulfillment_id: platformId,
  order_id: platformId,
  status: z.string(),
  message: z.string().nullish(),
  happened_at: instant,
  city: z.string().nullish(),
  province: z.string().nullish(),
  country: z.string().nullish(),
  estimated_delivery_at: instant.nullish(),
});

// Shopify's shipment_status and fulfillment event statuses share one vocabulary.
const CARRIER_STATUS: Record<string, FulfillmentStatus> = {
  label_printed: 'packed',
  label_purchased: 'packed',
  confirmed: 'packed',
  ready_for_pickup: 'out_for_delivery',
  in_transit: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  attempted_delivery: 'failed_attempt',
  delayed: 'delayed',
  delivered: 'delivered',
  failure: 'exception',
  carrier_picked_up: 'shipped',
  picked_up: 'delivered',
};

/** The canonical status of a checkpoint ("label_printed" → packed); unknown words are a shipped parcel's news. */
export function carrierStatus(status: string): FulfillmentStatus {
  return CARRIER_STATUS[status] ?? 'in_transit';
}

/** A fulfillment's status: a cancelled or failed one first, then what the carrier said, then whether it left. */
export function fulfillmentStatus(status: string, shipmentStatus: string | null | undefined): FulfillmentStatus {
  if (status === 'cancelled') return 'cancelled';
  if (status === 'failure' || status === 'error') return 'exception';
  if (shipmentStatus) return carrierStatus(shipmentStatus);
  return status === 'success' ? 'shipped' : 'pending';
}

export function mapShopifyFulfillment(f: z.output<typeof ShopifyFulfillment>): CanonicalFulfillment {
  const status = fulfillmentStatus(f.status, f.shipment_status);
  return {
    kind: 'fulfillment',
    platformId: f.id,
    orderRef: f.order_id,
    status,
    platformStatus: f.shipment_status ?? f.status,
    carrier: textOrNull(f.tracking_company),
    trackingNumber: textOrNull(f.tracking_number),
    trackingUrl: httpUrlOrNull(f.tracking_url),
    shippedAt: f.status === 'success' ? f.created_at : null,
    deliveredAt: status === 'delivered' ? (f.updated_at ?? null) : null,
    estimatedDelivery: null,
    updatedAt: f.updated_at ?? null,
    lines: (f.line_items ?? []).map((line) => ({ lineRef: line.id, quantity: line.quantity })),
    events: [],
  };
}

export function mapShopifyFulfillmentEvent(e: z.output<typeof ShopifyFulfillmentEvent>): CanonicalFulfillmentEvent {
  const location = [e.city, e.province, e.country].map((part) => textOrNull(part)).filter(Boolean).join(', ');
  return {
    kind: 'fulfillment-event',
    platformId: e.id,
    fulfillmentRef: e.fulfillment_id,
    orderRef: e.order_id,
    status: carrierStatus(e.status),
    platformStatus: e.status,
    message: textOrNull(e.message),
    location: location || null,
    occurredAt: e.happened_at,
    estimatedDelivery: e.estimated_delivery_at ?? null,
  };
}
