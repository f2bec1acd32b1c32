/**
 * @module Demo parcels: carriers with real-looking tracking numbers and links, and
 * checkpoint histories from the Portland warehouse to the shopper's city. Event
 * statuses use the fulfillment vocabulary so a tracker reads one set of words.
 */
import type { FulfillmentStatus, NewFulfillment, NewFulfillmentEvent } from '../../server/orders/index.ts';
import type { DemoShopper } from './customers.ts';
import type { Rng } from './prng.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const WAREHOUSE = 'Portland, OR';

interface Carrier {
  name: string;
  number(r: Rng): string;
  url(n: string): string;
}

const DIGITS = '0123456789';
const CARRIERS: readonly Carrier[] = [
  { name: 'USPS', number: (r) => `9400${r.chars(18, DIGITS)}`,
    url: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}` },
  { name: 'UPS', number: (r) => `1Z${r.chars(6, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')}03${r.chars(8, DIGITS)}`,
    url: (n) => `https://www.ups.com/track?tracknum=${n}` },
  { name: 'FedEx', number: (r) => r.chars(12, DIGITS), url: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}` },
  { name: 'DHL Express', number: (r) => r.chars(10, DIGITS),
    url: (n) => `https://www.dhl.com/us-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}` },
];

/** The journey of a parcel: hours after the previous checkpoint (a range), and where. */
const STEPS: readonly { status: FulfillmentStatus; hours: [number, number]; message: string; at: 'origin' | 'hub' | 'dest' }[] = [
  { status: 'packed', hours: [14, 26], message: 'Shipping label created; parcel packed', at: 'origin' },
  { status: 'shipped', hours: [4, 8], message: 'Picked up by carrier', at: 'origin' },
  { status: 'shipped', hours: [3, 6], message: 'Departed origin facility', at: 'origin' },
  { status: 'shipped', hours: [14, 24], message: 'Arrived at sort facility', at: 'hub' },
  { status: 'shipped', hours: [4, 8], message: 'Departed sort facility', at: 'hub' },
  { status: 'shipped', hours: [12, 22], message: 'Arrived at destination facility', at: 'dest' },
  { status: 'out_for_delivery', hours: [8, 12], message: 'Out for delivery', at: 'dest' },
  { status: 'delivered', hours: [3, 7], message: 'Delivered, left at front door', at: 'dest' },
];
const PICKED_UP = 1;
const OUT_FOR_DELIVERY = 6;
const DELIVERED = 7;

const DELAYS = [
  { status: 'delayed', message: 'Delayed by severe weather at the sort facility; it will move on the next available trip' },
  { status: 'delayed', message: 'Running late: carrier volume is high this week' },
  { status: 'exception', message: 'Address incomplete; the carrier will contact the recipient to arrange delivery' },
] as const;

const isoDate = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Plans one parcel whose journey ends in `status`, as offsets from the moment the order
 * was placed, so the caller can place the order far enough back that every checkpoint
 * is in the past; `parcelAt` then fixes it to the clock.
 */
export function planParcel(r: Rng, status: FulfillmentStatus, to: DemoShopper) {
  const carrier = r.pick(CARRIERS);
  const trackingNumber = carrier.number(r);
  const lastStep =
    status === 'packed' ? 0
    : status === 'shipped' ? r.int(PICKED_UP + 1, OUT_FOR_DELIVERY - 1)
    : status === 'out_for_delivery' ? OUT_FOR_DELIVERY
    : status === 'delayed' || status === 'exception' ? r.int(3, 5)
    : DELIVERED;
  const places = { origin: WAREHOUSE, hub: to.hub, dest: to.city };
  const offsets: { status: FulfillmentStatus; message: string; location: string; at: number }[] = [];
  let t = 0;
  for (const step of STEPS.slice(0, lastStep + 1)) {
    t += r.int(step.hours[0], step.hours[1]) * HOUR + r.int(0, 59) * 60_000;
    offsets.push({ status: step.status, message: step.message, location: places[step.at], at: t });
  }
  if (status === 'delayed' || status === 'exception') {
    const delay = status === 'exception' ? DELAYS[2] : r.pick(DELAYS.slice(0, 2));
    t += r.int(6, 20) * HOUR;
    offsets.push({ ...delay, location: offsets[offsets.length - 1].location, at: t });
  }
  if (status === 'returned') {
    t += r.int(4, 9) * DAY;
    offsets.push({ status: 'returned', message: 'Return parcel picked up', location: to.city, at: t });
    t += r.int(3, 5) * DAY;
    offsets.push({ status: 'returned', message: 'Return received at the Lumen & Leaf warehouse', location: WAREHOUSE, at: t });
  }
  return { carrier, trackingNumber, status, offsets, lastStep, duration: t };
}

export type ParcelPlan = ReturnType<typeof planParcel>;

/** Fixes a planned parcel to the clock: the order was placed at `placedAt` (ms). */
export function parcelAt(plan: ParcelPlan, placedAt: number, now: number): NewFulfillment {
  const events: NewFulfillmentEvent[] = plan.offsets.map((o) => ({
    status: o.status, message: o.message, location: o.location, occurredAt: new Date(placedAt + o.at),
  }));
  const promised = placedAt + 5 * DAY;
  const late = plan.status === 'delayed' || plan.status === 'exception';
  return {
    carrier: plan.carrier.name,
    trackingNumber: plan.trackingNumber,
    trackingUrl: plan.carrier.url(plan.trackingNumber),
    status: plan.status,
    // A late parcel gets a new promise two days out; the others keep the one made at checkout.
    estimatedDelivery: isoDate(late ? Math.max(now + 2 * DAY, promised) : promised),
    shippedAt: plan.lastStep >= PICKED_UP ? new Date(placedAt + plan.offsets[PICKED_UP].at) : null,
    deliveredAt: plan.lastStep >= DELIVERED ? new Date(placedAt + plan.offsets[DELIVERED].at) : null,
    events,
  };
}
