/**
 * @module Orders: orders, their lines, fulfillments (parcels) and each parcel's
 * checkpoint events. Every function runs inside withShop, so row-level security scopes it.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Sql } from '../kernel/db/client.ts';
import { shippingMethodKey, type DeliveryRule } from './limits.ts';

/** What migration 011 allows (`orders_status_check`). */
export const ORDER_STATUSES = ['unpaid', 'paid', 'packed', 'shipped', 'out_for_delivery', 'delivered', 'delayed',
  'returned', 'refunded', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** What migration 011 allows (`fulfillments_status_check`): a parcel can be in transit, miss a delivery or be cancelled. */
export const FULFILLMENT_STATUSES = ['pending', 'packed', 'shipped', 'in_transit', 'out_for_delivery', 'delivered',
  'failed_attempt', 'delayed', 'exception', 'returned', 'cancelled'] as const;
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
  /** The shipping method the shopper chose ("Express"). */
  shippingMethod?: string | null;
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
  /** The shipping method the shopper chose, as the platform names it (null: none given). */
  shippingMethod: string | null;
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
      total_amount: o.totalAmount ?? subtotal + shipping, placed_at: o.placedAt, shipping_method: o.shippingMethod ?? null,
      shipping_method_key: methodKeyOf(o.shippingMethod),
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
    'status', 'currency', 'subtotal_amount', 'shipping_amount', 'total_amount', 'placed_at', 'shipping_method', 'shipping_method_key']);
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
  o.placed_at as "placedAt", o.shipping_method as "shippingMethod",
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
export async function findOrderByNumbers(tx: Db, numbers: string[]): Promise<(OrderSummary & { shippingPostcode: string | null }) | undefined> {
  const [row] = await tx<(OrderSummary & { shippingPostcode: string | null })[]>`
    select ${summaryCols(tx)}, o.shipping_postcode as "shippingPostcode" from orders o where o.number = any(${numbers}::text[])
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

// ---------------------------------------------------------------------------------------
// Platform sync (issue 9): orders written by the platform's ids from webhooks and imports,
// the delivery log, the source-time guard and the platforms' webhook secrets.

/** A platform that sends us orders (the identity feature's list). */
export type SyncPlatform = 'generic' | 'shopify' | 'woocommerce' | 'medusa';

/** The secret a platform signs this shop's webhooks with, when one was set. */
export async function findWebhookSecret(tx: Db, platform: SyncPlatform): Promise<string | undefined> {
  const [row] = await tx<{ secret: string }[]>`select secret from shop_webhook_secrets where platform = ${platform}`;
  return row?.secret;
}

export async function saveWebhookSecret(tx: Db, shopId: string, platform: SyncPlatform, secret: string): Promise<void> {
  await tx`
    insert into shop_webhook_secrets (shop_id, platform, secret) values (${shopId}, ${platform}, ${secret})
    on conflict (shop_id, platform) do update set secret = excluded.secret, updated_at = now()`;
}

export type DeliveryOutcome = 'accepted' | 'duplicate' | 'stale' | 'refused' | 'ping';

export interface DeliveryRecord {
  platform: SyncPlatform;
  source: 'webhook' | 'import';
  topic: string | null;
  dedupKey: string | null;
  occurredAt: string | null;
}

/** Claims a delivery's key: its id, or undefined when an earlier delivery already took effect. */
export async function claimDelivery(tx: Db, shopId: string, d: DeliveryRecord): Promise<string | undefined> {
  const [row] = await tx<{ id: string }[]>`
    insert into webhook_deliveries (shop_id, platform, source, topic, dedup_key, outcome, occurred_at)
    values (${shopId}, ${d.platform}, ${d.source}, ${d.topic}, ${d.dedupKey}, 'accepted', ${d.occurredAt})
    on conflict (shop_id, platform, dedup_key) where outcome in ('accepted', 'stale') do nothing
    returning id`;
  return row?.id;
}

export async function markDeliveryStale(tx: Db, id: string): Promise<void> {
  await tx`update webhook_deliveries set outcome = 'stale', reason = 'older-than-stored' where id = ${id}`;
}

/** Logs a delivery that changed nothing (a duplicate, a ping, a refusal and why). */
export async function logDelivery(
  tx: Db,
  shopId: string,
  d: DeliveryRecord & { outcome: Exclude<DeliveryOutcome, 'accepted' | 'stale'>; reason?: string | null; path?: string | null; detail?: string | null },
): Promise<void> {
  await tx`
    insert into webhook_deliveries (shop_id, platform, source, topic, dedup_key, outcome, reason, path, detail, occurred_at)
    values (${shopId}, ${d.platform}, ${d.source}, ${d.topic}, ${d.dedupKey}, ${d.outcome}, ${d.reason ?? null},
            ${d.path ?? null}, ${d.detail?.slice(0, 1000) ?? null}, ${d.occurredAt})`;
}

export interface DeliveryLogEntry {
  platform: SyncPlatform;
  source: 'webhook' | 'import';
  topic: string | null;
  dedupKey: string | null;
  outcome: DeliveryOutcome;
  reason: string | null;
  path: string | null;
  detail: string | null;
  receivedAt: Date;
}

/** The latest deliveries, newest first (the admin's log). */
export async function listDeliveries(tx: Db, opts: { platform?: SyncPlatform; limit?: number } = {}): Promise<DeliveryLogEntry[]> {
  return tx<DeliveryLogEntry[]>`
    select platform, source, topic, dedup_key as "dedupKey", outcome, reason, path, detail, received_at as "receivedAt"
    from webhook_deliveries
    ${opts.platform ? tx`where platform = ${opts.platform}` : tx``}
    order by received_at desc, id limit ${opts.limit ?? 100}`;
}

/**
 * Records `at` as the newest source time of a platform entity, unless a newer one is
 * stored: false means the payload is older than what we hold and must change nothing.
 */
export async function claimSourceVersion(
  tx: Db, shopId: string, platform: SyncPlatform, kind: string, externalId: string, at: string,
): Promise<boolean> {
  const rows = await tx`
    insert into sync_versions (shop_id, platform, kind, external_id, source_updated_at)
    values (${shopId}, ${platform}, ${kind}, ${externalId}, ${at})
    on conflict (shop_id, platform, kind, external_id) do update set source_updated_at = excluded.source_updated_at
    where sync_versions.source_updated_at <= excluded.source_updated_at
    returning 1`;
  return rows.length > 0;
}

export interface PlatformOrderRow {
  platform: SyncPlatform;
  externalId: string;
  customerId: string | null;
  number: string;
  email: string;
  status: string;
  currency: string;
  subtotalAmount: number;
  shippingAmount: number;
  taxAmount: number;
  discountAmount: number;
  totalAmount: number;
  placedAt: string;
  cancelledAt: string | null;
  locale: string | null;
  shippingPostcode: string | null;
  shippingMethod: string | null;
}

/** Inserts or updates an order by its platform id; returns Rapport's id. */
export async function upsertPlatformOrder(tx: Db, shopId: string, o: PlatformOrderRow): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into orders (shop_id, platform, external_id, customer_id, number, email, status, currency, subtotal_amount,
                        shipping_amount, tax_amount, discount_amount, total_amount, placed_at, cancelled_at, locale, shipping_postcode,
                        shipping_method, shipping_method_key)
    values (${shopId}, ${o.platform}, ${o.externalId}, ${o.customerId}, ${o.number}, ${o.email}, ${o.status}, ${o.currency},
            ${o.subtotalAmount}, ${o.shippingAmount}, ${o.taxAmount}, ${o.discountAmount}, ${o.totalAmount}, ${o.placedAt},
            ${o.cancelledAt}, ${o.locale}, ${o.shippingPostcode}, ${o.shippingMethod}, ${methodKeyOf(o.shippingMethod)})
    on conflict (shop_id, platform, external_id) do update set
      customer_id = coalesce(excluded.customer_id, orders.customer_id), number = excluded.number, email = excluded.email,
      status = excluded.status, currency = excluded.currency, subtotal_amount = excluded.subtotal_amount,
      shipping_amount = excluded.shipping_amount, tax_amount = excluded.tax_amount, discount_amount = excluded.discount_amount,
      total_amount = excluded.total_amount, placed_at = excluded.placed_at, cancelled_at = excluded.cancelled_at,
      locale = excluded.locale, shipping_postcode = excluded.shipping_postcode, shipping_method = excluded.shipping_method,
      shipping_method_key = excluded.shipping_method_key
    returning id`;
  return row.id;
}

/** The language tag the platform gave with the order (a shipment email is written in it), if any. */
export async function findOrderLocale(tx: Db, orderId: string): Promise<string | null> {
  const [row] = await tx<{ locale: string | null }[]>`select locale from orders where id = ${orderId}`;
  return row?.locale ?? null;
}

export async function findPlatformOrderId(tx: Db, platform: SyncPlatform, externalId: string): Promise<string | undefined> {
  const [row] = await tx<{ id: string }[]>`select id from orders where platform = ${platform} and external_id = ${externalId}`;
  return row?.id;
}

export async function deletePlatformOrder(tx: Db, platform: SyncPlatform, externalId: string): Promise<boolean> {
  const rows = await tx`delete from orders where platform = ${platform} and external_id = ${externalId} returning 1`;
  return rows.length > 0;
}

export interface PlatformOrderLine {
  externalId: string;
  productId: string | null;
  variantId: string | null;
  sku: string | null;
  title: string;
  variantTitle: string | null;
  quantity: number;
  unitAmount: number;
  discountAmount: number;
  finalSale: boolean;
}

/**
 * Makes an order's platform lines exactly these, in this order: a line keeps its id across
 * updates (purchases derive their ids from it), a line the platform no longer sends goes.
 */
export async function syncOrderLines(tx: Db, shopId: string, orderId: string, lines: PlatformOrderLine[]): Promise<void> {
  const rows = lines.map((l, i) => ({
    id: randomUUID(), shop_id: shopId, order_id: orderId, position: i + 1, external_id: l.externalId, product_id: l.productId,
    variant_id: l.variantId, sku: l.sku, title: l.title, variant_title: l.variantTitle, quantity: l.quantity,
    unit_amount: l.unitAmount, discount_amount: l.discountAmount, final_sale: l.finalSale,
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await tx`
      insert into order_lines ${tx(rows.slice(i, i + 1000), 'id', 'shop_id', 'order_id', 'position', 'external_id', 'product_id',
        'variant_id', 'sku', 'title', 'variant_title', 'quantity', 'unit_amount', 'discount_amount', 'final_sale')}
      on conflict (order_id, external_id) do update set
        position = excluded.position, product_id = coalesce(excluded.product_id, order_lines.product_id),
        variant_id = coalesce(excluded.variant_id, order_lines.variant_id), sku = excluded.sku, title = excluded.title,
        variant_title = excluded.variant_title, quantity = excluded.quantity, unit_amount = excluded.unit_amount,
        discount_amount = excluded.discount_amount, final_sale = excluded.final_sale`;
  }
  await tx`
    delete from order_lines where order_id = ${orderId} and external_id is not null
      and external_id <> all(${lines.map((l) => l.externalId)}::text[])`;
}

/** An order's lines by their platform ids (a parcel's and a refund's lines name them so). */
export async function orderLineIds(tx: Db, orderId: string): Promise<Map<string, string>> {
  const rows = await tx<{ id: string; externalId: string }[]>`
    select id, external_id as "externalId" from order_lines where order_id = ${orderId} and external_id is not null`;
  return new Map(rows.map((r) => [r.externalId, r.id]));
}

export interface PlatformFulfillmentRow {
  externalId: string;
  status: string;
  platformStatus: string;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  /** `YYYY-MM-DD`. */
  estimatedDelivery: string | null;
}

export async function upsertPlatformFulfillment(tx: Db, shopId: string, orderId: string, f: PlatformFulfillmentRow): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into fulfillments (shop_id, order_id, external_id, status, platform_status, carrier, tracking_number, tracking_url,
                              shipped_at, delivered_at, estimated_delivery)
    values (${shopId}, ${orderId}, ${f.externalId}, ${f.status}, ${f.platformStatus}, ${f.carrier}, ${f.trackingNumber},
            ${f.trackingUrl}, ${f.shippedAt}, ${f.deliveredAt}, ${f.estimatedDelivery})
    on conflict (order_id, external_id) do update set
      status = excluded.status, platform_status = excluded.platform_status, carrier = excluded.carrier,
      tracking_number = excluded.tracking_number, tracking_url = excluded.tracking_url, shipped_at = excluded.shipped_at,
      delivered_at = excluded.delivered_at, estimated_delivery = excluded.estimated_delivery
    returning id`;
  return row.id;
}

/** A parcel by its platform id, with its order, whichever order of the shop it belongs to. */
export async function findPlatformFulfillment(
  tx: Db, platform: SyncPlatform, externalId: string,
): Promise<{ id: string; orderId: string } | undefined> {
  const [row] = await tx<{ id: string; orderId: string }[]>`
    select f.id, f.order_id as "orderId" from fulfillments f join orders o on o.id = f.order_id
    where o.platform = ${platform} and f.external_id = ${externalId}`;
  return row;
}

export interface PlatformTrackingEvent {
  status: string;
  platformStatus: string;
  message: string | null;
  location: string | null;
  occurredAt: string;
}

/** Adds checkpoints a parcel does not have yet (the same status at the same time is the same checkpoint). */
export async function addTrackingEvents(tx: Db, shopId: string, fulfillmentId: string, events: PlatformTrackingEvent[]): Promise<void> {
  for (const e of events) {
    await tx`
      insert into fulfillment_events (shop_id, fulfillment_id, status, platform_status, message, location, occurred_at)
      select ${shopId}, ${fulfillmentId}, ${e.status}, ${e.platformStatus}, ${e.message ?? ''}, ${e.location}, ${e.occurredAt}
      where not exists (select 1 from fulfillment_events where fulfillment_id = ${fulfillmentId}
                          and status = ${e.status} and occurred_at = ${e.occurredAt})`;
  }
}

export interface PlatformRefundRow {
  externalId: string;
  currency: string;
  amount: number;
  reason: string | null;
  restock: boolean;
  refundedAt: string | null;
  lines: { lineId: string | null; externalLineId: string; quantity: number; subtotalAmount: number | null; taxAmount: number | null }[];
}

/** Records a refund once per platform id (a refund does not change once made). */
export async function upsertPlatformRefund(tx: Db, shopId: string, orderId: string, r: PlatformRefundRow): Promise<void> {
  await tx`
    insert into refunds (shop_id, order_id, external_id, currency, amount, reason, restock, lines, refunded_at)
    values (${shopId}, ${orderId}, ${r.externalId}, ${r.currency}, ${r.amount}, ${r.reason}, ${r.restock},
            ${tx.json(r.lines as never)}, ${r.refundedAt})
    on conflict (order_id, external_id) do update set amount = excluded.amount, reason = excluded.reason,
      restock = excluded.restock, lines = excluded.lines, refunded_at = excluded.refunded_at`;
}

export async function listRefunds(tx: Db, orderId: string): Promise<(PlatformRefundRow & { id: string })[]> {
  return tx<(PlatformRefundRow & { id: string })[]>`
    select id, external_id as "externalId", currency, amount, reason, restock, lines, refunded_at as "refundedAt"
    from refunds where order_id = ${orderId} order by refunded_at nulls last, id`;
}

export interface PrivacyRequestRow {
  platform: SyncPlatform;
  type: 'customer-data-request' | 'customer-redact' | 'shop-redact';
  externalId: string | null;
  customerExternalId: string | null;
  customerId: string | null;
  email: string | null;
  orderRefs: string[];
  deliveryKey: string;
}

export async function insertPrivacyRequest(tx: Db, shopId: string, p: PrivacyRequestRow): Promise<void> {
  await tx`
    insert into privacy_requests (shop_id, platform, type, external_id, customer_external_id, customer_id, email, order_refs, delivery_key)
    values (${shopId}, ${p.platform}, ${p.type}, ${p.externalId}, ${p.customerExternalId}, ${p.customerId}, ${p.email},
            ${p.orderRefs}::text[], ${p.deliveryKey})
    on conflict (shop_id, platform, delivery_key) do nothing`;
}

export async function listPrivacyRequests(tx: Db): Promise<(PrivacyRequestRow & { receivedAt: Date; handledAt: Date | null })[]> {
  return tx<(PrivacyRequestRow & { receivedAt: Date; handledAt: Date | null })[]>`
    select platform, type, external_id as "externalId", customer_external_id as "customerExternalId", customer_id as "customerId",
           email, order_refs as "orderRefs", delivery_key as "deliveryKey", received_at as "receivedAt", handled_at as "handledAt"
    from privacy_requests order by received_at, id`;
}

// ---------------------------------------------------------------------------------------
// Admin → Orders (issue 9): search by number, email or customer name with the orders that
// need attention (a late or exception parcel) first, one order for the admin, and the
// webhook delivery log filtered by platform and outcome.

/** An order in the admin's list: the summary, the customer's name and what needs attention. */
export interface AdminOrderRow extends OrderSummary {
  customerName: string | null;
  late: boolean;
  exception: boolean;
  /** The order's place in the list's order, for the next page's cursor. */
  sortKey: [number, string, string];
}

/** Where a page of the admin's list starts: after this (attention, placed-at epoch, id). */
export type AdminOrderCursor = [number, string, string];

/**
 * The same reading of "late" and "exception" as the shopper's timeline (tracking-view.ts),
 * in SQL so the list can sort on it: a parcel is an exception when it is not delivered and
 * its status or its latest checkpoint is a delay, a failed attempt or a return; late when it
 * is on its way (not delivered, returned or cancelled, in an order still open) and its
 * estimated day — the carrier's, else shipped + transit, else placed + processing + transit,
 * each day in the shop's time zone — is before `today`. An order without parcels is late
 * once placed + processing + transit has passed.
 */
/** The key an order's shipping method is stored under for matching delivery rules (null: no method). */
const methodKeyOf = (method: string | null | undefined) => (method ? shippingMethodKey(method) || null : null);

/**
 * The days of the delivery rule for the order `o` in SQL, chosen as daysFor (tracking-view.ts)
 * chooses them: the method rule whose key is the order's, else the longest key the order's
 * contains (the first such rule on a tie), else the shop's default.
 */
function ruleDaysCols(tx: Db, rule: DeliveryRule) {
  const methods = (rule.methods ?? []).map((m) => ({ ...m, key: shippingMethodKey(m.name) })).filter((m) => m.key);
  if (!methods.length) return tx`${rule.processingDays}::int as processing, ${rule.transitDays}::int as transit`;
  const pick = (col: 'p' | 't', fallback: number) => tx`coalesce((
      select r.${tx(col)} from unnest(${methods.map((m) => m.key)}::text[], ${methods.map((m) => m.processingDays)}::int[],
                                ${methods.map((m) => m.transitDays)}::int[]) with ordinality r(k, p, t, n)
      where strpos(o.shipping_method_key, r.k) > 0
      order by (r.k = o.shipping_method_key) desc, char_length(r.k) desc, r.n limit 1), ${fallback}::int)`;
  return tx`${pick('p', rule.processingDays)} as processing, ${pick('t', rule.transitDays)} as transit`;
}

function attentionCols(tx: Db, rule: DeliveryRule, today: string) {
  const exceptionStatuses = ['delayed', 'exception', 'failed_attempt', 'returned'];
  const open = tx`o.status not in ('unpaid', 'cancelled', 'returned', 'refunded', 'delivered')`;
  return tx`
    exists (
      select 1 from fulfillments f where f.order_id = o.id and f.status <> 'delivered' and f.delivered_at is null
        and ${open} and f.status not in ('cancelled', 'returned')
        and not coalesce((select e.status from fulfillment_events e where e.fulfillment_id = f.id order by e.occurred_at desc, e.id desc limit 1) = 'returned', false)
        and coalesce(f.estimated_delivery,
                     (f.shipped_at at time zone ${rule.timeZone})::date + d.transit,
                     (o.placed_at at time zone ${rule.timeZone})::date + d.processing + d.transit) < ${today}::date
    ) or (
      ${open} and not exists (select 1 from fulfillments f where f.order_id = o.id)
        and (o.placed_at at time zone ${rule.timeZone})::date + d.processing + d.transit < ${today}::date
    ) as late,
    exists (
      select 1 from fulfillments f where f.order_id = o.id and f.status <> 'delivered'
        and (f.status = any(${exceptionStatuses}::text[])
             or (select e.status from fulfillment_events e where e.fulfillment_id = f.id order by e.occurred_at desc, e.id desc limit 1) = any(${exceptionStatuses}::text[]))
    ) as exception`;
}

/**
 * The admin's order list: `q` (trimmed; wildcards taken literally) found in the number, the
 * email or the customer's name or email, case-insensitively; orders with a late or
 * exception parcel first, then the newest; `limit` rows after `cursor`.
 */
export async function searchAdminOrders(
  tx: Db,
  opts: { q?: string; limit: number; cursor?: AdminOrderCursor; rule: DeliveryRule; today: string },
): Promise<AdminOrderRow[]> {
  const q = opts.q?.trim();
  const like = q ? '%' + q.replace(/[\\%_]/g, (m) => '\\' + m) + '%' : null;
  const rows = await tx<(Omit<AdminOrderRow, 'sortKey'> & { attention: number; placedEpoch: string })[]>`
    select * from (
      select ${summaryCols(tx)}, c.name as "customerName", ${attentionCols(tx, opts.rule, opts.today)},
             extract(epoch from o.placed_at)::text as "placedEpoch"
      from orders o left join customers c on c.id = o.customer_id
        cross join lateral (select ${ruleDaysCols(tx, opts.rule)}) d
      ${like ? tx`where o.number ilike ${like} or o.email ilike ${like} or c.name ilike ${like} or c.email ilike ${like}` : tx``}
    ) s0 cross join lateral (select (s0.late or s0.exception)::int as attention) a
    ${opts.cursor
      ? tx`where (a.attention, s0."placedEpoch"::numeric, s0.id) < (${opts.cursor[0]}::int, ${opts.cursor[1]}::numeric, ${opts.cursor[2]}::uuid)`
      : tx``}
    order by a.attention desc, s0."placedEpoch"::numeric desc, s0.id desc
    limit ${opts.limit}`;
  return rows.map(({ attention, placedEpoch, ...r }) => ({ ...r, sortKey: [attention, placedEpoch, r.id] }));
}

/** The shipping methods the shop's orders came with, one spelling per key, the most used first: what a delivery rule can name. */
export async function knownShippingMethods(tx: Db, limit = 50): Promise<string[]> {
  const rows = await tx<{ name: string }[]>`
    select min(shipping_method) as name from orders where shipping_method_key is not null
    group by shipping_method_key order by count(*) desc, 1 limit ${limit}`;
  return rows.map((r) => r.name);
}

/** One order for the admin, with the customer's name. */
export async function findAdminOrder(tx: Db, id: string): Promise<(OrderSummary & { customerName: string | null }) | undefined> {
  const [row] = await tx<(OrderSummary & { customerName: string | null })[]>`
    select ${summaryCols(tx)}, c.name as "customerName" from orders o left join customers c on c.id = o.customer_id where o.id = ${id}`;
  return row;
}

/** The delivery log for the admin, newest first, by platform and outcome. */
export async function listDeliveryLog(
  tx: Db,
  opts: { platform?: SyncPlatform; outcome?: DeliveryOutcome; limit: number },
): Promise<(DeliveryLogEntry & { id: string })[]> {
  return tx<(DeliveryLogEntry & { id: string })[]>`
    select id, platform, source, topic, dedup_key as "dedupKey", outcome, reason, path, detail, received_at as "receivedAt"
    from webhook_deliveries
    where true
      ${opts.platform ? tx`and platform = ${opts.platform}` : tx``}
      ${opts.outcome ? tx`and outcome = ${opts.outcome}` : tx``}
    order by received_at desc, id desc limit ${opts.limit}`;
}

// ---- WooCommerce reconciliation (reconcile.ts) ----

export interface WooConnection {
  storeUrl: string;
  consumerKey: string;
  consumerSecret: string;
  reconciledUntil: Date | null;
}

/** Inside withShop: the shop's WooCommerce REST connection (set with `woocommerce:connect`). */
export async function saveWooConnection(tx: Db, shopId: string, c: Omit<WooConnection, 'reconciledUntil'>): Promise<void> {
  await tx`
    insert into woocommerce_connections (shop_id, store_url, consumer_key, consumer_secret)
    values (${shopId}, ${c.storeUrl}, ${c.consumerKey}, ${c.consumerSecret})
    on conflict (shop_id) do update set store_url = excluded.store_url, consumer_key = excluded.consumer_key,
      consumer_secret = excluded.consumer_secret, reconciled_until = null, last_error = null, updated_at = now()`;
}

export async function findWooConnection(tx: Db): Promise<WooConnection | undefined> {
  const [row] = await tx<WooConnection[]>`
    select store_url as "storeUrl", consumer_key as "consumerKey", consumer_secret as "consumerSecret", reconciled_until as "reconciledUntil"
    from woocommerce_connections`;
  return row;
}

/** Inside withShop: where the last pull got to (or why it failed). */
export async function markReconciled(tx: Db, until: Date | null, error: string | null): Promise<void> {
  await tx`update woocommerce_connections set reconciled_until = coalesce(${until}, reconciled_until), last_error = ${error}, updated_at = now()`;
}

/** System path: the shops with a WooCommerce connection, for the scheduled reconciliation. */
export async function shopsWithWooConnection(sql: Sql): Promise<string[]> {
  const rows = await sql<{ shop_id: string }[]>`select shop_id from woocommerce_connections`;
  return rows.map((r) => r.shop_id);
}
