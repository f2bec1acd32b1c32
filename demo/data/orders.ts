/**
 * @module Demo orders: about sixty orders over the demo shoppers, in every status the
 * schema knows, with lines from the catalog and parcels whose histories end in the
 * past. Dates are relative to the seed time; everything else is the same every seed.
 */
import type { NewProduct } from '../../server/catalog/index.ts';
import type { NewOrder, NewOrderLine, OrderStatus } from '../../server/orders/index.ts';
import { DEMO_CURRENCY } from './catalog.ts';
import type { DemoShopper } from './customers.ts';
import { rng, type Rng } from './prng.ts';
import { parcelAt, planParcel } from './shipping.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FREE_SHIPPING_FROM = 7500;
const SHIPPING_FEE = 695;

/** How many orders end in each status (60 in all). */
const PLAN: Record<OrderStatus, number> = {
  unpaid: 4, paid: 5, packed: 5, shipped: 9, out_for_delivery: 4, delivered: 19, delayed: 4, returned: 4, refunded: 2, cancelled: 4,
};

interface Slot {
  shopper: number;
  status: OrderStatus;
  /** Days since the last event (delivery, return, placing); random when absent. */
  days?: number;
  handles?: string[];
}

/**
 * The first customer is the one a visitor signs in as first, so her history shows every
 * kind of case: a recent delivery with a final-sale line (partly returnable), one past
 * the return window, parcels on the way, a delay, a return, an unpaid order.
 */
const FIRST_CUSTOMER: Omit<Slot, 'shopper'>[] = [
  { status: 'delivered', days: 9, handles: ['discovery-tea-sampler', 'celadon-gaiwan', 'jasmine-dragon-pearls'] },
  { status: 'delivered', days: 48, handles: ['brass-task-lamp'] },
  { status: 'shipped', handles: ['linen-notebook-a5', 'brass-fountain-pen'] },
  { status: 'out_for_delivery', handles: ['monstera-deliciosa'] },
  { status: 'delayed', handles: ['stonewashed-linen-throw', 'ceramic-bud-vases'] },
  { status: 'returned', days: 12, handles: ['opal-mushroom-lamp'] },
  { status: 'unpaid', days: 1, handles: ['earl-grey-cream'] },
];
const GUESTS: OrderStatus[] = ['delivered', 'shipped', 'paid'];

export interface Buyer {
  /** The customer row's id; undefined for a guest. */
  customerId?: string;
  shopper: DemoShopper;
}

function slots(r: Rng, customers: number, guests: number): Slot[] {
  const out: Slot[] = FIRST_CUSTOMER.map((s) => ({ ...s, shopper: 0 }));
  GUESTS.slice(0, guests).forEach((status, i) => out.push({ shopper: customers + i, status }));
  const left = { ...PLAN };
  for (const s of out) left[s.status]--;
  const pool = r.shuffle(Object.entries(left).flatMap(([status, n]) => Array<OrderStatus>(n).fill(status as OrderStatus)));
  pool.forEach((status, i) => out.push({ shopper: 1 + (i % (customers - 1)), status }));
  return out;
}

function linesFor(r: Rng, products: NewProduct[], handles?: string[]): NewOrderLine[] {
  const n = r.pick([1, 1, 1, 2, 2, 2, 3, 3, 4]);
  const chosen = handles
    ? handles.map((h) => products.find((p) => p.handle === h)!)
    : r.shuffle(products).slice(0, n);
  return chosen.map((p) => {
    const v = r.pick(p.variants!);
    return {
      productId: p.id, variantId: v.id,
      title: p.variants!.length > 1 ? `${p.title} — ${v.title}` : p.title,
      quantity: r.next() < 0.8 ? 1 : 2, unitAmount: v.priceAmount, finalSale: p.finalSale ?? false,
    };
  });
}

/** Orders for `buyers` (customers first, then guests) from `products` (with ids). */
export function demoOrders(now: Date, products: NewProduct[], buyers: Buyer[]): NewOrder[] {
  const r = rng(42);
  const t = now.getTime();
  const guests = buyers.filter((b) => !b.customerId).length;
  let delayed = 0;
  const orders = slots(r, buyers.length - guests, guests).map((slot): NewOrder => {
    const buyer = buyers[slot.shopper];
    const lines = linesFor(r, products, slot.handles);
    const subtotal = lines.reduce((s, l) => s + l.quantity * l.unitAmount, 0);
    const base = {
      customerId: buyer.customerId ?? null, email: buyer.shopper.email, status: slot.status, currency: DEMO_CURRENCY,
      shippingAmount: subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING_FEE, lines, number: '',
      shippingMethod: subtotal >= FREE_SHIPPING_FROM ? 'Free standard shipping' : 'Standard shipping',
    };
    // A refunded order was paid and refunded before it left the warehouse (an item out of stock): no parcel.
    if (slot.status === 'unpaid' || slot.status === 'paid' || slot.status === 'cancelled' || slot.status === 'refunded') {
      const days = slot.days ?? (slot.status === 'cancelled' || slot.status === 'refunded' ? r.int(3, 40) : r.int(0, 1));
      return { ...base, placedAt: new Date(t - days * DAY - r.int(1, 20) * HOUR) };
    }
    // One late parcel in three is a carrier exception rather than a plain delay.
    const parcelStatus = slot.status === 'delayed' ? (delayed++ % 3 === 1 ? 'exception' : 'delayed') : slot.status;
    const split = lines.length >= 3 && (slot.status === 'shipped' || slot.status === 'delivered') && r.next() < 0.5;
    const plans = Array.from({ length: split ? 2 : 1 }, () => planParcel(r, parcelStatus, buyer.shopper));
    const settled = slot.status === 'delivered' || slot.status === 'returned';
    const since = settled ? (slot.days ?? r.int(2, 70)) * DAY + r.int(0, 8) * HOUR : r.int(1, 9) * HOUR;
    const placedAt = t - Math.max(...plans.map((p) => p.duration)) - since;
    return { ...base, placedAt: new Date(placedAt), fulfillments: plans.map((p) => parcelAt(p, placedAt, t)) };
  });
  // Order numbers count up with time, as a real store's do.
  orders.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());
  orders.forEach((o, i) => {
    o.number = `LL-${1001 + i}`;
    o.externalId = `order_${8001 + i}`;
  });
  return orders;
}
