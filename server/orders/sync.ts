/**
 * @module Applying a platform's canonical entities (plugin-adapters' output) to a shop, inside
 * the caller's ONE transaction: customers through identity, products and variants through the
 * catalog, orders with their lines, parcels with their checkpoints, refunds, privacy requests
 * and removals, each by the platform's ids. An entity older than what is stored (its source
 * `updatedAt`) changes nothing. The webhook route and the import both call it; only a
 * webhook's new parcel statuses write shipment emails (mails.ts).
 */
import type { CanonicalEntity, CanonicalFulfillment, CanonicalOrder, CanonicalProduct } from '../../plugin-adapters/index.ts';
import { insertProductStandIns, productIdsByExternal, unpublishPlatformProduct, upsertPlatformProduct, variantIdsByExternal } from '../catalog/index.ts';
import { findPlatformCustomer, upsertCustomerByIdentity } from '../identity/index.ts';
import type { Db, Sql } from '../kernel/db/client.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import {
  addTrackingEvents, claimSourceVersion, deletePlatformOrder, findOrder, findPlatformFulfillment, findPlatformOrderId,
  insertPrivacyRequest, listOrderLines, orderLineIds, syncOrderLines, upsertPlatformFulfillment, upsertPlatformOrder,
  upsertPlatformRefund, type OrderStatus, type SyncPlatform,
} from './db.ts';
import { shipmentMailer } from './mails.ts';
import { recordPurchases, type SoldOrder } from './purchases.ts';

export interface SyncContext {
  shopId: string;
  platform: SyncPlatform;
  /** For payloads that carry no currency (products). */
  shopCurrency: string;
  /** The delivery's dedup key (privacy requests are recorded once per delivery). */
  deliveryKey: string;
}

export interface SyncResult {
  /** Entities written. */
  applied: number;
  /** Entities older than what is stored, left alone. */
  stale: number;
  /** The delivery's own entity (the first: the order of an order topic) was older than what is stored. */
  primaryStale: boolean;
  /** Orders written: their purchases are recorded once the transaction has committed. */
  orderIds: string[];
}

/** Something the payload refers to that the shop does not hold yet (a parcel of an unknown order). */
export class SyncRefusal extends Error {
  constructor(readonly reason: 'unknown-order' | 'unknown-fulfillment', message: string) {
    super(message);
  }
}

// Parents before children: the customer and products an order names, the order before its parcels.
const RANK: Record<CanonicalEntity['kind'], number> = {
  customer: 0, product: 1, order: 2, fulfillment: 3, 'fulfillment-event': 4, refund: 5, 'privacy-request': 6, removal: 7,
};

/** Writes the entities of one delivery; throws SyncRefusal (nothing of it may stay: roll back). */
export async function applyEntities(tx: Db, ctx: SyncContext, entities: CanonicalEntity[]): Promise<SyncResult> {
  const result: SyncResult = { applied: 0, stale: 0, primaryStale: false, orderIds: [] };
  const ordered = entities.map((e, i) => ({ e, i })).sort((a, b) => RANK[a.e.kind] - RANK[b.e.kind] || a.i - b.i);
  let privacyCount = 0;
  // The shipment emails a parcel's new status calls for go to the outbox in this same transaction (never from an import).
  const mailer = await shipmentMailer(tx, ctx, entities);
  for (const { e, i } of ordered) {
    const skip = () => {
      result.stale++;
      if (i === 0) result.primaryStale = true;
    };
    const fresh = (kind: string, id: string, at: string | null) =>
      at === null ? Promise.resolve(true) : claimSourceVersion(tx, ctx.shopId, ctx.platform, kind, id, at);
    switch (e.kind) {
      case 'customer':
        if (!(await fresh('customer', e.platformId, e.updatedAt))) { skip(); continue; }
        await upsertCustomerByIdentity(tx, ctx.shopId, { platform: ctx.platform, externalId: e.platformId, email: e.email, name: e.name });
        break;
      case 'product':
        if (!(await fresh('product', e.platformId, e.updatedAt))) { skip(); continue; }
        await applyProduct(tx, ctx, e);
        break;
      case 'order':
        if (!(await fresh('order', e.platformId, e.updatedAt))) { skip(); continue; }
        result.orderIds.push(await applyOrder(tx, ctx, e));
        break;
      case 'fulfillment': {
        if (!(await fresh('fulfillment', e.platformId, e.updatedAt))) { skip(); continue; }
        const before = await mailer?.statusBefore(e);
        const parcel = await applyFulfillment(tx, ctx, e);
        await mailer?.parcelWritten(e, parcel, before);
        break;
      }
      case 'fulfillment-event': {
        const parcel = await findPlatformFulfillment(tx, ctx.platform, e.fulfillmentRef);
        if (!parcel) throw new SyncRefusal('unknown-fulfillment', `The parcel ${e.fulfillmentRef} is not known yet: send its order first`);
        await addTrackingEvents(tx, ctx.shopId, parcel.id, [trackingEvent(e)]);
        break;
      }
      case 'refund': {
        const orderId = await orderOf(tx, ctx, e.orderRef);
        const lines = await orderLineIds(tx, orderId);
        await upsertPlatformRefund(tx, ctx.shopId, orderId, {
          externalId: e.platformId, currency: e.currency, amount: e.amount, reason: e.reason, restock: e.restock, refundedAt: e.createdAt,
          lines: e.lines.map((l) => ({
            lineId: lines.get(l.lineRef) ?? null, externalLineId: l.lineRef, quantity: l.quantity,
            subtotalAmount: l.subtotalAmount, taxAmount: l.taxAmount,
          })),
        });
        break;
      }
      case 'privacy-request': {
        const customer = e.customerRef ? await findPlatformCustomer(tx, ctx.platform, e.customerRef) : undefined;
        await insertPrivacyRequest(tx, ctx.shopId, {
          platform: ctx.platform, type: e.type, externalId: e.platformId, customerExternalId: e.customerRef,
          customerId: customer?.id ?? null, email: e.email, orderRefs: e.orderRefs,
          deliveryKey: privacyCount++ ? `${ctx.deliveryKey}#${privacyCount}` : ctx.deliveryKey,
        });
        break;
      }
      case 'removal':
        // A customer removed on the platform keeps their Rapport history; the profile feature's redaction acts on people.
        if (e.entity === 'order') await deletePlatformOrder(tx, ctx.platform, e.platformId);
        if (e.entity === 'product') await unpublishPlatformProduct(tx, e.platformId);
        break;
    }
    result.applied++;
  }
  return result;
}

async function orderOf(tx: Db, ctx: SyncContext, orderRef: string): Promise<string> {
  const id = await findPlatformOrderId(tx, ctx.platform, orderRef);
  if (!id) throw new SyncRefusal('unknown-order', `The order ${orderRef} is not known yet: send the order first`);
  return id;
}

async function applyProduct(tx: Db, ctx: SyncContext, p: CanonicalProduct): Promise<void> {
  await upsertPlatformProduct(tx, ctx.shopId, {
    externalId: p.platformId, handle: p.handle, title: p.title, category: p.category, tags: p.tags, imageUrl: p.imageUrl,
    published: p.published, currency: p.variants[0]?.currency ?? ctx.shopCurrency,
    variants: p.variants.map((v) => ({ externalId: v.platformId, sku: v.sku, title: v.title, priceAmount: v.priceAmount, inventory: v.inventory })),
  });
}

async function customerOf(tx: Db, ctx: SyncContext, o: CanonicalOrder): Promise<string | null> {
  if (!o.customerRef) return null;
  const known = await findPlatformCustomer(tx, ctx.platform, o.customerRef);
  if (known) return known.id;
  const created = await upsertCustomerByIdentity(tx, ctx.shopId, { platform: ctx.platform, externalId: o.customerRef, email: o.email });
  return created.id;
}

/** The order and its lines; products the catalog does not know yet get unpublished stand-ins, so purchases count. */
async function applyOrder(tx: Db, ctx: SyncContext, o: CanonicalOrder): Promise<string> {
  const productRefs = [...new Set(o.lines.flatMap((l) => (l.productRef ? [l.productRef] : [])))];
  let products = await productIdsByExternal(tx, productRefs);
  const missing = productRefs.filter((ref) => !products.has(ref));
  if (missing.length) {
    await insertProductStandIns(tx, ctx.shopId, missing.map((ref) => {
      const line = o.lines.find((l) => l.productRef === ref)!;
      return { externalId: ref, handle: `${ctx.platform}-${ref}`, title: line.title, priceAmount: line.unitAmount, currency: o.currency };
    }));
    products = await productIdsByExternal(tx, productRefs);
  }
  const variants = await variantIdsByExternal(tx, o.lines.flatMap((l) => (l.variantRef ? [l.variantRef] : [])));
  const orderId = await upsertPlatformOrder(tx, ctx.shopId, {
    platform: ctx.platform, externalId: o.platformId, customerId: await customerOf(tx, ctx, o), number: o.number,
    email: o.email ?? '', status: o.status, currency: o.currency, subtotalAmount: o.subtotalAmount, shippingAmount: o.shippingAmount,
    taxAmount: o.taxAmount, discountAmount: o.discountAmount, totalAmount: o.totalAmount, placedAt: o.placedAt,
    cancelledAt: o.cancelledAt, locale: o.locale, shippingPostcode: o.shippingPostcode, shippingMethod: o.shippingMethod,
  });
  await syncOrderLines(tx, ctx.shopId, orderId, o.lines.map((l) => ({
    externalId: l.platformId, productId: l.productRef ? products.get(l.productRef) ?? null : null,
    variantId: l.variantRef ? variants.get(l.variantRef) ?? null : null, sku: l.sku, title: l.title, variantTitle: l.variantTitle,
    quantity: l.quantity, unitAmount: l.unitAmount, discountAmount: l.discountAmount, finalSale: l.finalSale,
  })));
  return orderId;
}

function trackingEvent(e: CanonicalFulfillment['events'][number]) {
  return { status: e.status, platformStatus: e.platformStatus, message: e.message, location: e.location, occurredAt: e.occurredAt };
}

async function applyFulfillment(tx: Db, ctx: SyncContext, f: CanonicalFulfillment): Promise<{ id: string; orderId: string }> {
  const orderId = await orderOf(tx, ctx, f.orderRef);
  const id = await upsertPlatformFulfillment(tx, ctx.shopId, orderId, {
    externalId: f.platformId, status: f.status, platformStatus: f.platformStatus, carrier: f.carrier, trackingNumber: f.trackingNumber,
    trackingUrl: f.trackingUrl, shippedAt: f.shippedAt, deliveredAt: f.deliveredAt,
    // Carriers promise a day: the date of the estimate in UTC.
    estimatedDelivery: f.estimatedDelivery?.slice(0, 10) ?? null,
  });
  await addTrackingEvents(tx, ctx.shopId, id, f.events.map(trackingEvent));
  return { id, orderId };
}

/**
 * After the commit: the written orders' purchases into the interaction log (event ids derive
 * from order and line, so a replay or a re-import records nothing twice).
 */
export async function recordSyncedPurchases(sql: Sql, shopId: string, orderIds: string[]): Promise<number> {
  if (!orderIds.length) return 0;
  const sold = await withShop(sql, shopId, async (tx) => {
    const out: SoldOrder[] = [];
    for (const id of new Set(orderIds)) {
      const o = await findOrder(tx, id);
      if (!o) continue;
      out.push({ id: o.id, number: o.number, customerId: o.customerId, status: o.status as OrderStatus, placedAt: o.placedAt, lines: await listOrderLines(tx, id) });
    }
    return out;
  });
  return recordPurchases(sql, shopId, sold);
}
