/**
 * @module Medusa v2 orders (the store API's order, or what the subscriber reads with
 * `query.graph`) → canonical: the order with its lines, then its customer and parcels.
 * Medusa v2 keeps amounts in MAJOR units as big numbers (`unit_price: 19.99` is $19.99;
 * `raw_unit_price: { value: "19.99" }` is the exact form, preferred where present).
 */
import { z } from 'zod';
import type { CanonicalEntity, CanonicalFulfillment, CanonicalOrder, OrderStatus } from '../canonical.ts';
import { currencyAt, decimal, instant, minorUnits, platformId, type Path } from '../shared/payload.ts';
import { normalizeEmail, shippingMethodOrNull, textOrNull, httpUrlOrNull } from '../shared/text.ts';
import { MedusaCustomer, mapMedusaCustomer } from './customer.ts';

const Raw = z.object({ value: decimal }).nullish();

const MedusaItem = z.object({
  id: platformId,
  title: z.string(),
  product_id: platformId.nullish(),
  variant_id: platformId.nullish(),
  variant_sku: z.string().nullish(),
  variant_title: z.string().nullish(),
  quantity: z.number().int().positive(),
  unit_price: decimal,
  raw_unit_price: Raw,
  discount_total: decimal.nullish(),
  raw_discount_total: Raw,
});

const MedusaFulfillment = z.object({
  id: platformId,
  created_at: instant.nullish(),
  updated_at: instant.nullish(),
  packed_at: instant.nullish(),
  shipped_at: instant.nullish(),
  delivered_at: instant.nullish(),
  canceled_at: instant.nullish(),
  labels: z.array(z.object({ tracking_number: z.string().nullish(), tracking_url: z.string().nullish() })).nullish(),
  items: z.array(z.object({ line_item_id: platformId.nullish(), quantity: z.number().int().positive() })).nullish(),
});

export const MedusaOrder = z.object({
  id: platformId,
  display_id: platformId,
  email: z.string().nullish(),
  customer_id: platformId.nullish(),
  customer: MedusaCustomer.nullish(),
  currency_code: z.string(),
  status: z.string(),
  payment_status: z.string().nullish(),
  fulfillment_status: z.string().nullish(),
  created_at: instant,
  updated_at: instant,
  canceled_at: instant.nullish(),
  item_subtotal: decimal.nullish(),
  subtotal: decimal,
  discount_subtotal: decimal.nullish(),
  discount_total: decimal.nullish(),
  shipping_total: decimal.nullish(),
  tax_total: decimal.nullish(),
  total: decimal,
  shipping_address: z.object({ postal_code: z.string().nullish() }).nullish(),
  shipping_methods: z.array(z.object({ name: z.string().nullish() })).nullish(),
  items: z.array(MedusaItem),
  fulfillments: z.array(MedusaFulfillment).nullish(),
});
type MedusaOrder = z.output<typeof MedusaOrder>;

const PAID = new Set(['captured', 'partially_captured', 'authorized', 'partially_authorized', 'partially_refunded']);

export function medusaOrderStatus(order: MedusaOrder): OrderStatus {
  if (order.status === 'canceled' || order.canceled_at) return 'cancelled';
  const f = order.fulfillment_status ?? '';
  if (f === 'delivered') return 'delivered';
  if (f === 'partially_delivered' || f === 'shipped' || f === 'partially_shipped') return 'shipped';
  if (f === 'fulfilled' || f === 'partially_fulfilled') return 'packed';
  if (order.payment_status === 'refunded') return 'refunded';
  return PAID.has(order.payment_status ?? '') ? 'paid' : 'unpaid';
}

function mapMedusaFulfillment(f: z.output<typeof MedusaFulfillment>, orderRef: string): CanonicalFulfillment {
  const label = f.labels?.find((l) => l.tracking_number) ?? f.labels?.[0];
  const status = f.canceled_at ? 'cancelled' : f.delivered_at ? 'delivered' : f.shipped_at ? 'shipped' : f.packed_at ? 'packed' : 'pending';
  return {
    kind: 'fulfillment',
    platformId: f.id,
    orderRef,
    status,
    platformStatus: status,
    // Medusa names a fulfillment provider, not the carrier; the tracker detects the carrier from the number.
    carrier: null,
    trackingNumber: textOrNull(label?.tracking_number),
    trackingUrl: httpUrlOrNull(label?.tracking_url),
    shippedAt: f.shipped_at ?? null,
    deliveredAt: f.delivered_at ?? null,
    estimatedDelivery: null,
    updatedAt: f.updated_at ?? f.created_at ?? null,
    lines: (f.items ?? []).flatMap((i) => (i.line_item_id ? [{ lineRef: i.line_item_id, quantity: i.quantity }] : [])),
    events: [],
  };
}

export function mapMedusaOrderOnly(order: MedusaOrder): CanonicalOrder {
  const currency = currencyAt(order.currency_code, ['currency_code']);
  const money = (amount: string | null | undefined, path: Path) => (amount == null ? 0 : minorUnits(amount, currency, path));
  const itemSubtotal = order.item_subtotal == null ? money(order.subtotal, ['subtotal']) : money(order.item_subtotal, ['item_subtotal']);
  return {
    kind: 'order',
    platformId: order.id,
    number: order.display_id,
    email: normalizeEmail(order.email ?? order.customer?.email),
    customerRef: order.customer_id ?? order.customer?.id ?? null,
    status: medusaOrderStatus(order),
    currency,
    subtotalAmount: itemSubtotal - money(order.discount_subtotal, ['discount_subtotal']),
    shippingAmount: money(order.shipping_total, ['shipping_total']),
    taxAmount: money(order.tax_total, ['tax_total']),
    discountAmount: money(order.discount_total, ['discount_total']),
    totalAmount: money(order.total, ['total']),
    placedAt: order.created_at,
    updatedAt: order.updated_at,
    cancelledAt: order.canceled_at ?? null,
    locale: null,
    shippingPostcode: textOrNull(order.shipping_address?.postal_code),
    shippingMethod: shippingMethodOrNull(order.shipping_methods?.[0]?.name),
    lines: order.items.map((item, i) => ({
      platformId: item.id,
      productRef: item.product_id ?? null,
      variantRef: item.variant_id ?? null,
      sku: textOrNull(item.variant_sku),
      title: item.title,
      variantTitle: textOrNull(item.variant_title),
      quantity: item.quantity,
      unitAmount: item.raw_unit_price
        ? minorUnits(item.raw_unit_price.value, currency, ['items', i, 'raw_unit_price', 'value'])
        : minorUnits(item.unit_price, currency, ['items', i, 'unit_price']),
      discountAmount: item.raw_discount_total
        ? minorUnits(item.raw_discount_total.value, currency, ['items', i, 'raw_discount_total', 'value'])
        : money(item.discount_total, ['items', i, 'discount_total']),
      finalSale: false,
    })),
  };
}

/** The order first, then its customer (when the payload includes one) and parcels. */
export function mapMedusaOrder(order: MedusaOrder): CanonicalEntity[] {
  const mapped = mapMedusaOrderOnly(order);
  return [
    mapped,
    ...(order.customer ? [mapMedusaCustomer(order.customer)] : []),
    ...(order.fulfillments ?? []).map((f) => mapMedusaFulfillment(f, mapped.platformId)),
  ];
}
