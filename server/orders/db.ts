/**
 * @module Orders: orders, their lines, fulfillments (parcels) and each parcel's
 * checkpoint events. Every function runs inside withShop, so row-level security scopes it.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/client.ts';

export const ORDER_STATUSES = ['unpaid', 'paid', 'packed', 'shipped', 'out_for_delivery', 'delivered', 'delayed',
  'returned', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const FULFILLMENT_STATUSES = ['pending', 'packed', 'shipped', 'out_for_delivery', 'delivered', 'delayed',
  'exception', 'returned'] as const;
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number];

export interface NewFulfillmentEvent {
  /** One of FULFILLMENT_STATUSES, so a timeline reads the same vocabulary as the parcel. */
  status: FulfillmentStatus;
  message?: string;
  location?: string | null;
  occurredAt: Date;
}

export interface NewFulfillment {
  carrier?: string | null;
  trackingNumber?: string | null;
  trackingUrl?: string | null;
  status: FulfillmentStatus;
  /** A calendar date, `YYYY-MM-DD`: carriers promise days, not instants. */
  estimatedDelivery?: string | null;
  shippedAt?: Date | null;
  deliveredAt?: Date | null;
  events?: NewFulfillmentEvent[];
}

export interface NewOrderLine {
  productId?: string | null;
  variantId?: string | null;
  title: string;
  quantity: number;
  unitAmount: number;
  finalSale?: boolean;
}

export interface NewOrder {
  id?: string;
  customerId?: string | null;
  externalId?: string | null;
  number: string;
  email: string;
  status: OrderStatus;
  currency: string;
  /** Defaults to the sum of the lines. */
  subtotalAmount?: number;
  shippingAmount?: number;
  /** Defaults to subtotal + shipping. */
  totalAmount?: number;
  placedAt: Date;
  lines: NewOrderLine[];
  fulfillments?: NewFulfillment[];
}

export interface OrderSummary {
  id: string;
  customerId: string | null;
  number: string;
  email: string;
  status: OrderStatus;
  currency: string;
  subtotalAmount: number;
  shippingAmount: number;
  totalAmount: number;
  placedAt: Date;
  lineCount: number;
}

export interface OrderLine {
  id: string;
  productId: string | null;
  variantId: string | null;
  title: string;
  quantity: number;
  unitAmount: number;
  finalSale: boolean;
}

export interface FulfillmentEvent {
  status: string;
  message: string;
  location: string | null;
  occurredAt: Date;
}

export interface Fulfillment {
  id: string;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  status: FulfillmentStatus;
  estimatedDelivery: string | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  events: FulfillmentEvent[];
}

/** Keeps each statement well under PostgreSQL's 65,535 bind parameters. */
async function bulkInsert(tx: Db, table: string, rows: Record<string, unknown>[], cols: string[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx`insert into ${tx(table)} ${tx(rows.slice(i, i + 1000) as never, cols as never)}`;
  }
}

/** Inserts orders with their lines (numbered in the order given), parcels and events in bulk; returns the ids in input order. */
export async function insertOrders(tx: Db, shopId: string, orders: NewOrder[]): Promise<string[]> {
  const orderRows: Record<string, unknown>[] = [], lineRows: Record<string, unknown>[] = [];
  const parcelRows: Record<string, unknown>[] = [], eventRows: Record<string, unknown>[] = [];
  for (const o of orders) {
    const id = o.id ?? randomUUID();
    const subtotal = o.subtotalAmount ?? o.lines.reduce((s, l) => s + l.quantity * l.unitAmount, 0);
    const shipping = o.shippingAmount ?? 0;
    orderRows.push({
      id, shop_id: shopId, customer_id: o.customerId ?? null, external_id: o.externalId ?? null, number: o.number,
      email: o.email, status: o.status, currency: o.currency, subtotal_amount: subtotal, shipping_amount: shipping,
      total_amount: o.totalAmount ?? subtotal + shipping, placed_at: o.placedAt,
    });
    o.lines.forEach((l, i) => {
      lineRows.push({
        id: randomUUID(), shop_id: shopId, order_id: id, position: i + 1, product_id: l.productId ?? null, variant_id: l.variantId ?? null,
        title: l.title, quantity: l.quantity, unit_amount: l.unitAmount, final_sale: l.finalSale ?? false,
      });
    });
    for (const f of o.fulfillments ?? []) {
      const fid = randomUUID();
      parcelRows.push({
        id: fid, shop_id: shopId, order_id: id, carrier: f.carrier ?? null, tracking_number: f.trackingNumber ?? null,
        tracking_url: f.trackingUrl ?? null, status: f.status, estimated_delivery: f.estimatedDelivery ?? null,
        shipped_at: f.shippedAt ?? null, delivered_at: f.deliveredAt ?? null,
      });
      for (const e of f.events ?? []) {
        eventRows.push({
          id: randomUUID(), shop_id: shopId, fulfillment_id: fid, status: e.status, message: e.message ?? '',
          location: e.location ?? null, occurred_at: e.occurredAt,
        });
      }
    }
  }
  // Parents before children; one round trip per table per thousand rows.
  await bulkInsert(tx, 'orders', orderRows, ['id', 'shop_id', 'customer_id', 'external_id', 'number', 'email',
    'status', 'currency', 'subtotal_amount', 'shipping_amount', 'total_amount', 'placed_at']);
  await bulkInsert(tx, 'order_lines', lineRows, ['id', 'shop_id', 'order_id', 'position', 'product_id', 'variant_id', 'title',
    'quantity', 'unit_amount', 'final_sale']);
  await bulkInsert(tx, 'fulfillments', parcelRows, ['id', 'shop_id', 'order_id', 'carrier', 'tracking_number',
    'tracking_url', 'status', 'estimated_delivery', 'shipped_at', 'delivered_at']);
  await bulkInsert(tx, 'fulfillment_events', eventRows, ['id', 'shop_id', 'fulfillment_id', 'status', 'message',
    'location', 'occurred_at']);
  return orderRows.map((r) => r.id as string);
}

const summaryCols = (tx: Db) => tx`
  o.id, o.customer_id as "customerId", o.number, o.email, o.status, o.currency,
  o.subtotal_amount as "subtotalAmount", o.shipping_amount as "shippingAmount", o.total_amount as "totalAmount",
  o.placed_at as "placedAt",
  (select count(*)::int from order_lines l where l.order_id = o.id) as "lineCount"`;

/** Orders newest first, optionally one customer's or one status's. */
export async function listOrders(
  tx: Db,
  opts: { customerId?: string; status?: OrderStatus; limit?: number } = {},
): Promise<OrderSummary[]> {
  return tx<OrderSummary[]>`
    select ${summaryCols(tx)} from orders o
    where true
      ${opts.customerId ? tx`and o.customer_id = ${opts.customerId}` : tx``}
      ${opts.status ? tx`and o.status = ${opts.status}` : tx``}
    order by o.placed_at desc
    limit ${opts.limit ?? 100}`;
}

export async function findOrderByNumber(tx: Db, number: string): Promise<OrderSummary | undefined> {
  const [row] = await tx<OrderSummary[]>`select ${summaryCols(tx)} from orders o where o.number = ${number}`;
  return row;
}

/** An order's lines in the order they were placed. */
export async function listOrderLines(tx: Db, orderId: string): Promise<OrderLine[]> {
  return tx<OrderLine[]>`
    select id, product_id as "productId", variant_id as "variantId", title, quantity,
           unit_amount as "unitAmount", final_sale as "finalSale"
    from order_lines where order_id = ${orderId} order by position, id`;
}

/** An order's parcels, each with its checkpoint events oldest first. */
export async function listFulfillments(tx: Db, orderId: string): Promise<Fulfillment[]> {
  const parcels = await tx<Omit<Fulfillment, 'events'>[]>`
    select id, carrier, tracking_number as "trackingNumber", tracking_url as "trackingUrl", status,
           estimated_delivery::text as "estimatedDelivery", shipped_at as "shippedAt", delivered_at as "deliveredAt"
    from fulfillments where order_id = ${orderId} order by shipped_at nulls last, id`;
  if (!parcels.length) return [];
  const events = await tx<(FulfillmentEvent & { fulfillmentId: string })[]>`
    select fulfillment_id as "fulfillmentId", status, message, location, occurred_at as "occurredAt"
    from fulfillment_events where fulfillment_id = any(${parcels.map((p) => p.id)}::uuid[])
    order by occurred_at`;
  return parcels.map((p) => ({
    ...p,
    events: events.filter((e) => e.fulfillmentId === p.id).map(({ fulfillmentId: _, ...e }) => e),
  }));
}

/** How many orders are in each status (every status present, zero when none). */
export async function countOrdersByStatus(tx: Db): Promise<Record<OrderStatus, number>> {
  const rows = await tx<{ status: OrderStatus; n: number }[]>`
    select status, count(*)::int as n from orders group by status`;
  const out = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as Record<OrderStatus, number>;
  for (const r of rows) out[r.status] = r.n;
  return out;
}

export async function findOrder(tx: Db, id: string): Promise<OrderSummary | undefined> {
  const [row] = await tx<OrderSummary[]>`select ${summaryCols(tx)} from orders o where o.id = ${id}`;
  return row;
}

// ---- The order tracker's lookup (issue 9) ----

/**
 * The order whose number is one of `numbers` (the spellings a shopper's typing may stand
 * for), by the (shop_id, number) index; the first spelling wins when several exist.
 */
export async function findOrderByNumbers(tx: Db, numbers: string[]): Promise<OrderSummary | undefined> {
  const [row] = await tx<OrderSummary[]>`
    select ${summaryCols(tx)} from orders o where o.number = any(${numbers}::text[])
    order by array_position(${numbers}::text[], o.number) limit 1`;
  return row;
}

/**
 * An order's parcels with their checkpoint events (oldest first) in ONE statement, whether
 * or not the order has any: a lookup that misses runs exactly what a hit runs.
 */
export async function listParcels(tx: Db, orderId: string): Promise<Fulfillment[]> {
  const rows = await tx<(Omit<Fulfillment, 'events'> & { events: (Omit<FulfillmentEvent, 'occurredAt'> & { occurredAt: string })[] })[]>`
    select f.id, f.carrier, f.tracking_number as "trackingNumber", f.tracking_url as "trackingUrl", f.status,
           f.estimated_delivery::text as "estimatedDelivery", f.shipped_at as "shippedAt", f.delivered_at as "deliveredAt",
           coalesce((select json_agg(json_build_object('status', e.status, 'message', e.message, 'location', e.location,
                                                       'occurredAt', e.occurred_at) order by e.occurred_at, e.id)
                     from fulfillment_events e where e.fulfillment_id = f.id), '[]'::json) as events
    from fulfillments f where f.order_id = ${orderId} order by f.shipped_at nulls last, f.id`;
  return rows.map((r) => ({ ...r, events: r.events.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) })) }));
}
