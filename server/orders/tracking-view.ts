/**
 * @module What a shopper sees of an order, computed from what is stored: per parcel the
 * carrier and tracking link (detected from the number when the platform sent none), the
 * timeline ordered → paid → packed → shipped → in transit → out for delivery → delivered
 * with its exceptions, the checkpoint events, an estimated delivery (the carrier's date,
 * else the shop's processing + transit days for the order's shipping method) and whether
 * it is late. Pure functions.
 */
import { getTracking } from 'ts-tracking-number';
import type { OrderTrackingView, ParcelView } from './contract.ts';
import type { Fulfillment, OrderLine, OrderSummary } from './db.ts';
import { TRACKING_STEPS, shippingMethodKey, type DeliveryDays, type DeliveryRule, type TrackingException, type TrackingStep } from './limits.ts';

export type { DeliveryDays, DeliveryRule };

/**
 * The days that apply to an order shipped by `method`: the rule named exactly as the method
 * (case and spacing aside), else the rule with the longest name the method's contains
 * ("Express" for "Express (1–2 business days)"), else the shop's default.
 */
export function daysFor(rule: DeliveryRule, method: string | null | undefined): DeliveryDays {
  const key = method ? shippingMethodKey(method) : '';
  let best: DeliveryDays | undefined;
  let bestLength = 0;
  if (key) {
    for (const m of rule.methods ?? []) {
      const name = shippingMethodKey(m.name);
      if (!name || !key.includes(name)) continue;
      if (name === key) {
        best = m;
        break;
      }
      // In code points, as the admin's order list compares them in SQL (char_length).
      const length = [...name].length;
      if (length > bestLength) [best, bestLength] = [m, length];
    }
  }
  const days = best ?? rule;
  return { processingDays: days.processingDays, transitDays: days.transitDays };
}

const DAY_MS = 86_400_000;
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The calendar day of `at` in `timeZone`, `YYYY-MM-DD`. */
export function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A link a shopper may follow: http or https only (never `javascript:` or `data:`). */
export function safeLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The carrier and tracking link a tracking number stands for, when the library knows its pattern and check digit. */
export function detectCarrier(trackingNumber: string | null): { carrier: string; url: string | null } | undefined {
  const number = trackingNumber?.replace(/\s+/g, '');
  if (!number) return undefined;
  const found = getTracking(number);
  if (!found) return undefined;
  const url = found.trackingUrl ? found.trackingUrl.replace('%s', encodeURIComponent(number)) : null;
  return { carrier: found.courier.name, url };
}

/** The furthest step the parcel's own status stands for (before its events are read). */
const STATUS_STEP: Record<string, TrackingStep> = {
  pending: 'paid', packed: 'packed', shipped: 'shipped', in_transit: 'in_transit', out_for_delivery: 'out_for_delivery', delivered: 'delivered',
};
const EXCEPTION: Record<string, TrackingException> = { delayed: 'delayed', exception: 'failed_attempt', failed_attempt: 'failed_attempt', returned: 'returned' };

function timeline(order: OrderSummary, p: Fulfillment): { steps: ParcelView['steps']; exception: TrackingException | null } {
  const first = (status: string) => p.events.find((e) => e.status === status)?.occurredAt ?? null;
  const shippedEvents = p.events.filter((e) => e.status === 'shipped');
  // A checkpoint after the pickup scan is the parcel on its way.
  const at: Record<TrackingStep, Date | null> = {
    ordered: order.placedAt,
    paid: null,
    packed: first('packed'),
    shipped: p.shippedAt ?? shippedEvents[0]?.occurredAt ?? null,
    in_transit: first('in_transit') ?? shippedEvents[1]?.occurredAt ?? null,
    out_for_delivery: first('out_for_delivery'),
    delivered: p.deliveredAt ?? first('delivered'),
  };
  let reached = order.status === 'unpaid' ? 0 : 1;
  const own = STATUS_STEP[p.status];
  if (own) reached = Math.max(reached, TRACKING_STEPS.indexOf(own));
  TRACKING_STEPS.forEach((s, i) => {
    if (at[s]) reached = Math.max(reached, i);
  });
  const last = p.events.at(-1)?.status;
  const exception = p.status === 'delivered' ? null : EXCEPTION[p.status] ?? (last ? EXCEPTION[last] ?? null : null);
  const end = TRACKING_STEPS.length - 1;
  const steps = TRACKING_STEPS.map((step, i) => ({
    step,
    state: (i < reached || (i === reached && i === end) ? 'done' : i === reached ? 'current' : 'todo') as 'done' | 'current' | 'todo',
    at: i <= reached ? iso(at[step]) : null,
  }));
  return { steps, exception };
}

function parcelView(order: OrderSummary, p: Fulfillment, rule: DeliveryRule, days: DeliveryDays, today: string): ParcelView {
  const given = { carrier: p.carrier, url: safeLink(p.trackingUrl) };
  const detected = !p.carrier || !given.url ? detectCarrier(p.trackingNumber) : undefined;
  const { steps, exception } = timeline(order, p);
  const delivered = p.status === 'delivered' || !!p.deliveredAt;
  // A parcel sent back or called off, or an order settled otherwise (cancelled, refunded), is not on its way.
  const stopped = exception === 'returned' || p.status === 'cancelled' || SETTLED.has(order.status) && order.status !== 'delivered';
  let estimatedDelivery: string | null = stopped ? null : p.estimatedDelivery;
  let estimateSource: ParcelView['estimateSource'] = estimatedDelivery ? 'carrier' : null;
  if (!estimatedDelivery && !delivered && !stopped) {
    estimatedDelivery = p.shippedAt
      ? addDays(dayIn(p.shippedAt, rule.timeZone), days.transitDays)
      : addDays(dayIn(order.placedAt, rule.timeZone), days.processingDays + days.transitDays);
    estimateSource = 'shop';
  }
  return {
    carrier: given.carrier ?? detected?.carrier ?? null,
    trackingNumber: p.trackingNumber,
    trackingUrl: given.url ?? detected?.url ?? null,
    status: p.status,
    steps,
    exception,
    events: p.events.map((e) => ({ status: e.status, message: e.message, location: e.location, at: e.occurredAt.toISOString() })),
    estimatedDelivery,
    estimateSource,
    late: !delivered && !stopped && !!estimatedDelivery && today > estimatedDelivery,
    deliveredAt: iso(p.deliveredAt),
  };
}

/** Orders that will not be delivered (or were): no estimate. */
const SETTLED = new Set(['unpaid', 'cancelled', 'returned', 'refunded', 'delivered']);

/** The whole view of one order, as `now` sees it. */
export function trackingView(order: OrderSummary, lines: OrderLine[], parcels: Fulfillment[], rule: DeliveryRule, now = new Date()): OrderTrackingView {
  const today = dayIn(now, rule.timeZone);
  const days = daysFor(rule, order.shippingMethod);
  const estimate = parcels.length || SETTLED.has(order.status)
    ? null
    : addDays(dayIn(order.placedAt, rule.timeZone), days.processingDays + days.transitDays);
  return {
    number: order.number, status: order.status, placedAt: order.placedAt.toISOString(), currency: order.currency,
    totalAmount: order.totalAmount, lines: lines.map((l) => ({ title: l.title, quantity: l.quantity })),
    shippingMethod: order.shippingMethod,
    parcels: parcels.map((p) => parcelView(order, p, rule, days, today)),
    estimatedDelivery: estimate,
    late: !!estimate && today > estimate,
  };
}
