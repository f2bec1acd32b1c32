/**
 * @module Shopify orders → canonical: the order with its lines, then the customer,
 * fulfillments and refunds it carries (orders/create, orders/updated, orders/fulfilled,
 * orders/cancelled). Amounts are the shop-currency fields (`currency`, `total_price` …).
 */
import { z } from 'zod';
import type { CanonicalEntity, CanonicalOrder, OrderStatus } from '../canonical.ts';
import { currencyAt, decimal, instant, minorUnits, platformId, type Path } from '../shared/payload.ts';
import { normalizeEmail, shippingMethodOrNull, textOrNull } from '../shared/text.ts';
import { mapShopifyCustomer, ShopifyCustomer } from './customer.ts';
import { fulfillmentStatus, mapShopifyFulfillment, ShopifyFulfillment } from './fulfillment.ts';
import { mapShopifyRefund, ShopifyRefund } from './refund.ts';

const ShopMoney = z.object({ shop_money: z.object({ amount: decimal }) });

const ShopifyLineItem = z.object({
  id: platformId,
  product_id: platformId.nullish(),
  variant_id: platformId.nullish(),
  sku: z.string().nullish(),
  title: z.string(),
  variant_title: z.string().nullish(),
  quantity: z.number().int().positive(),
  price: decimal,
  total_discount: decimal.nullish(),
  discount_allocations: z.array(z.object({ amount: decimal })).nullish(),
});

export const ShopifyOrder = z.object({
  id: platformId,
  name: z.string().min(1),
  email: z.string().nullish(),
  contact_email: z.string().nullish(),
  currency: z.string(),
  created_at: instant,
  processed_at: instant.nullish(),
  updated_at: instant,
  cancelled_at: instant.nullish(),
  financial_status: z.string().nullish(),
  fulfillment_status: z.string().nullish(),
  subtotal_price: decimal,
  total_price: decimal,
  total_tax: decimal.nullish(),
  total_discounts: decimal.nullish(),
  total_shipping_price_set: ShopMoney.nullish(),
  shipping_lines: z.array(z.object({ price: decimal, title: z.string().nullish() })).nullish(),
  customer_locale: z.string().nullish(),
  shipping_address: z.object({ zip: z.string().nullish() }).nullish(),
  customer: ShopifyCustomer.nullish(),
  line_items: z.array(ShopifyLineItem),
  fulfillments: z.array(ShopifyFulfillment).nullish(),
  refunds: z.array(ShopifyRefund).nullish(),
});
type ShopifyOrder = z.output<typeof ShopifyOrder>;

const PAID = new Set(['authorized', 'paid', 'partially_paid', 'partially_refunded']);

/**
 * Where the order stands for the shopper: cancelled; else how far its parcels got
 * (delivered when every live parcel is); else whether it is paid.
 */
export function shopifyOrderStatus(order: ShopifyOrder): OrderStatus {
  if (order.cancelled_at) return 'cancelled';
  const parcels = (order.fulfillments ?? [])
    .map((f) => fulfillmentStatus(f.status, f.shipment_status))
    .filter((s) => s !== 'cancelled' && s !== 'exception');
  if (order.fulfillment_status === 'fulfilled' && parcels.length && parcels.every((s) => s === 'delivered')) return 'delivered';
  if (order.fulfillment_status === 'fulfilled' || order.fulfillment_status === 'partial') return 'shipped';
  if (order.financial_status === 'refunded') return 'refunded';
  return PAID.has(order.financial_status ?? '') ? 'paid' : 'unpaid';
}

function shippingAmount(order: ShopifyOrder, currency: string): number {
  const set = order.total_shipping_price_set;
  if (set) return minorUnits(set.shop_money.amount, currency, ['total_shipping_price_set', 'shop_money', 'amount']);
  return (order.shipping_lines ?? []).reduce((sum, line, i) => sum + minorUnits(line.price, currency, ['shipping_lines', i, 'price']), 0);
}

function lineDiscount(line: z.output<typeof ShopifyLineItem>, currency: string, path: Path): number {
  if (line.discount_allocations?.length) {
    return line.discount_allocations.reduce((sum, d, i) => sum + minorUnits(d.amount, currency, [...path, 'discount_allocations', i, 'amount']), 0);
  }
  return line.total_discount ? minorUnits(line.total_discount, currency, [...path, 'total_discount']) : 0;
}

export function mapShopifyOrderOnly(order: ShopifyOrder): CanonicalOrder {
  const currency = currencyAt(order.currency, ['currency']);
  const money = (amount: string | null | undefined, field: string) => (amount ? minorUnits(amount, currency, [field]) : 0);
  return {
    kind: 'order',
    platformId: order.id,
    number: order.name,
    email: normalizeEmail(order.email ?? order.contact_email),
    customerRef: order.customer?.id ?? null,
    status: shopifyOrderStatus(order),
    currency,
    subtotalAmount: money(order.subtotal_price, 'subtotal_price'),
    shippingAmount: shippingAmount(order, currency),
    taxAmount: money(order.total_tax, 'total_tax'),
    discountAmount: money(order.total_discounts, 'total_discounts'),
    totalAmount: money(order.total_price, 'total_price'),
    placedAt: order.processed_at ?? order.created_at,
    updatedAt: order.updated_at,
    cancelledAt: order.cancelled_at ?? null,
    locale: textOrNull(order.customer_locale),
    shippingPostcode: textOrNull(order.shipping_address?.zip),
    shippingMethod: shippingMethodOrNull(order.shipping_lines?.[0]?.title),
    lines: order.line_items.map((line, i) => ({
      platformId: line.id,
      productRef: line.product_id ?? null,
      variantRef: line.variant_id ?? null,
      sku: textOrNull(line.sku),
      title: line.title,
      variantTitle: textOrNull(line.variant_title),
      quantity: line.quantity,
      unitAmount: minorUnits(line.price, currency, ['line_items', i, 'price']),
      discountAmount: lineDiscount(line, currency, ['line_items', i]),
      finalSale: false,
    })),
  };
}

/** The order first, then the customer, parcels and refunds it carries. */
export function mapShopifyOrder(order: ShopifyOrder): CanonicalEntity[] {
  const mapped = mapShopifyOrderOnly(order);
  return [
    mapped,
    ...(order.customer ? [mapShopifyCustomer(order.customer)] : []),
    ...(order.fulfillments ?? []).map(mapShopifyFulfillment),
    ...(order.refunds ?? []).map((r, i) => mapShopifyRefund(r, ['refunds', i], mapped.currency)),
  ];
}
