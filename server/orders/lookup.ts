/**
 * @module Looking an order up for the order tracker: a guest by number + email, a verified
 * customer by number among their own orders. A miss — no such number, someone else's
 * order, a wrong email — does exactly the work of a hit (the same queries, the email
 * compared in constant time, the interaction recorded), so neither the answer nor its
 * timing tells which it was. Every lookup is recorded as an `order.track` interaction.
 */
import { randomUUID } from 'node:crypto';
import { recordServerEvents } from '../interactions/index.ts';
import type { Sql } from '../kernel/db/client.ts';
import type { Shop } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { sha256, safeEqual } from '../kernel/secrets.ts';
import { shopSettings } from '../shops/index.ts';
import type { OrderTrackingView } from './contract.ts';
import { findOrderByNumbers, listOrderLines, listParcels } from './db.ts';
import { ORDER_NUMBER_MAX } from './limits.ts';
import { trackingView, type DeliveryRule } from './tracking-view.ts';

/** Stands in for an order id on a miss, so the same statements run (and find nothing). */
const NO_ORDER = '00000000-0000-0000-0000-000000000000';

/** An email as the shop and the shopper may each have typed it: trimmed, Unicode-normalized, case-folded. */
export const normalizeEmail = (email: string) => email.normalize('NFKC').trim().toLowerCase();
/** A postcode as typed or stored: no spaces or dashes, capitals. */
export const normalizePostcode = (postcode: string) => postcode.normalize('NFKC').replace(/[\s-]+/g, '').toUpperCase();

/**
 * The numbers a typed order number may stand for, most literal first: as typed (trimmed),
 * in capitals, with or without a leading `#` (Shopify's `#1001` is often typed `1001`).
 */
export function numberSpellings(typed: string): string[] {
  const t = typed.normalize('NFKC').trim();
  const bare = t.replace(/^#\s*/, '');
  return [...new Set([t, t.toUpperCase(), bare, bare.toUpperCase(), `#${bare}`, `#${bare.toUpperCase()}`])].filter(Boolean);
}

/** The key an order number is limited under: the same for every spelling of it. */
export const numberKey = (typed: string) => `#${typed.normalize('NFKC').trim().replace(/^#\s*/, '').toUpperCase()}`.slice(0, ORDER_NUMBER_MAX + 1);

/** The shop's delivery rule in its time zone. */
export function deliveryRule(shop: Pick<Shop, 'settings'>): DeliveryRule {
  const s = shopSettings(shop);
  return { ...s.delivery, timeZone: s.brand.timeZone };
}

export interface Lookup {
  number: string;
  /** A guest's proof: the order's email… */
  email?: string;
  /** …or its shipping postcode. */
  postcode?: string;
  /** A verified customer: the order must be theirs (when no email is given). */
  customerId?: string;
  /** Record the lookup as an interaction (the tracker's lookups; not a widget showing an order in brief). */
  record: boolean;
}

/** The order's tracking view, or undefined when the number and the proof do not match one order. */
export async function lookupOrder(sql: Sql, shop: Shop, q: Lookup): Promise<OrderTrackingView | undefined> {
  const { order, view } = await withShop(sql, shop.id, async (tx) => {
    const found = await findOrderByNumbers(tx, numberSpellings(q.number));
    // Hash both sides so the comparison takes the same time whatever the lengths.
    const emailOk = q.email !== undefined && safeEqual(sha256(normalizeEmail(found?.email ?? '')), sha256(normalizeEmail(q.email)));
    // An order without a stored postcode never matches one (hashing an impossible value keeps the work the same).
    const stored = found?.shippingPostcode ? normalizePostcode(found.shippingPostcode) : '\u0000none';
    const postcodeOk = q.postcode !== undefined && safeEqual(sha256(stored), sha256(normalizePostcode(q.postcode)));
    const guestProof = q.email !== undefined || q.postcode !== undefined;
    const ownerOk = !guestProof && !!q.customerId && found?.customerId === q.customerId;
    const order = found && (emailOk || postcodeOk || ownerOk) ? found : undefined;
    const [lines, parcels] = [await listOrderLines(tx, order?.id ?? NO_ORDER), await listParcels(tx, order?.id ?? NO_ORDER)];
    return { order, view: order ? trackingView(order, lines, parcels, deliveryRule(shop)) : undefined };
  });
  if (q.record) {
    await recordServerEvents(sql, shop.id, {
      person: { customerId: q.customerId ?? order?.customerId ?? null, visitorId: null },
      events: [{ id: randomUUID(), kind: 'order.track', at: Date.now(), data: { order: order?.number ?? q.number.trim().slice(0, ORDER_NUMBER_MAX) } }],
      retentionDays: shopSettings(shop).interactions.retentionDays,
    });
  }
  return view;
}
