/**
 * @module WooCommerce orders (webhook order.* and REST /wc/v3/orders) → canonical: the
 * order with its lines, then its parcels (Shipment Tracking meta) and refunds. Times are
 * the `*_gmt` fields (WooCommerce writes them without a zone); amounts are strings in the
 * order's currency.
 */
import { z } from 'zod';
import type { CanonicalEntity, CanonicalOrder, CanonicalRefund, OrderStatus } from '../canonical.ts';
import { currencyAt, decimal, gmtInstant, minorUnits, platformId } from '../shared/payload.ts';
import { decodeHtmlEntities, normalizeEmail, shippingMethodOrNull, textOrNull } from '../shared/text.ts';
import { WooMetaData, wooTrackingFulfillments } from './shipment-tracking.ts';

const WooLineItem = z.object({
  id: platformId,
  name: z.string(),
  product_id: platformId.nullish(),
  variation_id: platformId.nullish(),
  quantity: z.number().int().positive(),
  sku: z.string().nullish(),
  subtotal: decimal,
  total: decimal,
});

export const WooOrder = z.object({
  id: platformId,
  number: platformId,
  status: z.string(),
  currency: z.string(),
  date_created_gmt: gmtInstant,
  date_modified_gmt: gmtInstant,
  date_paid_gmt: gmtInstant.nullish(),
  discount_total: decimal,
  shipping_total: decimal,
  total_tax: decimal,
  total: decimal,
  customer_id: platformId.nullish(),
  billing: z.object({ email: z.string().nullish() }).nullish(),
  shipping: z.object({ postcode: z.string().nullish() }).nullish(),
  shipping_lines: z.array(z.object({ method_title: z.string().nullish() })).nullish(),
  line_items: z.array(WooLineItem),
  refunds: z.array(z.object({ id: platformId, reason: z.string().nullish(), total: decimal })).nullish(),
  meta_data: WooMetaData,
});
type WooOrder = z.output<typeof WooOrder>;

const STATUS: Record<string, OrderStatus> = {
  pending: 'unpaid',
  'on-hold': 'unpaid',
  failed: 'unpaid',
  'checkout-draft': 'unpaid',
  processing: 'paid',
  // WooCommerce's "completed" means fulfilled: the goods have left.
  completed: 'shipped',
  cancelled: 'cancelled',
  refunded: 'refunded',
  trash: 'cancelled',
};

/** The tracker's status; a status added by a plugin counts as paid once a payment date is set. */
export function wooOrderStatus(order: WooOrder): OrderStatus {
  return STATUS[order.status] ?? (order.date_paid_gmt ? 'paid' : 'unpaid');
}

/** One unit before discounts: the line's subtotal over its quantity (WooCommerce keeps no exact unit price). */
function unitAmount(subtotal: number, quantity: number): number {
  return Math.round(subtotal / quantity);
}

export function mapWooOrderOnly(order: WooOrder): CanonicalOrder {
  const currency = currencyAt(order.currency, ['currency']);
  const lines = order.line_items.map((line, i) => {
    const subtotal = minorUnits(line.subtotal, currency, ['line_items', i, 'subtotal']);
    const total = minorUnits(line.total, currency, ['line_items', i, 'total']);
    return {
      platformId: line.id,
      productRef: line.product_id && line.product_id !== '0' ? line.product_id : null,
      variantRef: line.variation_id && line.variation_id !== '0' ? line.variation_id : null,
      sku: textOrNull(line.sku),
      title: decodeHtmlEntities(line.name),
      variantTitle: null,
      quantity: line.quantity,
      unitAmount: unitAmount(subtotal, line.quantity),
      discountAmount: Math.max(0, subtotal - total),
      finalSale: false,
      total,
    };
  });
  return {
    kind: 'order',
    platformId: order.id,
    number: order.number,
    email: normalizeEmail(order.billing?.email),
    // 0 is WooCommerce's guest.
    customerRef: order.customer_id && order.customer_id !== '0' ? order.customer_id : null,
    status: wooOrderStatus(order),
    currency,
    subtotalAmount: lines.reduce((sum, line) => sum + line.total, 0),
    shippingAmount: minorUnits(order.shipping_total, currency, ['shipping_total']),
    taxAmount: minorUnits(order.total_tax, currency, ['total_tax']),
    discountAmount: minorUnits(order.discount_total, currency, ['discount_total']),
    totalAmount: minorUnits(order.total, currency, ['total']),
    placedAt: order.date_created_gmt,
    updatedAt: order.date_modified_gmt,
    cancelledAt: null,
    locale: null,
    shippingPostcode: textOrNull(order.shipping?.postcode),
    shippingMethod: shippingMethodOrNull(decodeHtmlEntities(order.shipping_lines?.[0]?.method_title ?? '')),
    lines: lines.map(({ total: _total, ...line }) => line),
  };
}

function mapWooRefunds(order: WooOrder, currency: string): CanonicalRefund[] {
  return (order.refunds ?? []).map((refund, i) => ({
    kind: 'refund',
    platformId: refund.id,
    orderRef: order.id,
    currency,
    // WooCommerce lists refunds in an order with negative totals.
    amount: Math.abs(minorUnits(refund.total, currency, ['refunds', i, 'total'])),
    reason: textOrNull(refund.reason),
    restock: false,
    createdAt: null,
    lines: [],
  }));
}

/** The order first, then its parcels and refunds. */
export function mapWooOrder(order: WooOrder): CanonicalEntity[] {
  const mapped = mapWooOrderOnly(order);
  return [
    mapped,
    ...wooTrackingFulfillments(order.meta_data, mapped.platformId, mapped.updatedAt),
    ...mapWooRefunds(order, mapped.currency),
  ];
}
