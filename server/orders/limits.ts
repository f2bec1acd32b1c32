/**
 * @module Orders' limits and vocabulary as plain constants (no imports): the lookup route
 * checks with them and <rapport-order-tracker> imports them, so both sides agree.
 */

/**
 * Guest lookups (order number + email). Per client address and per shop, as the kernel's
 * human check counts them; per order number, every attempt whatever its outcome. Past
 * any of them the next lookup needs a proof of work (never a lock-out: a person's browser
 * solves it), so guessing emails for one order, or numbers from one address, gets slow.
 */
export const ORDER_LOOKUP_RATE = {
  perClient: { hits: 10, seconds: 600 },
  perShop: { hits: 5000, seconds: 3600 },
  perOrder: { hits: 5, seconds: 3600 },
} as const;

/** An order number and an email as a shopper may type them, in characters. */
export const ORDER_NUMBER_MAX = 100;
export const EMAIL_MAX = 320;
export const POSTCODE_MAX = 20;

/** A verified customer's order list: the newest this many. */
export const CUSTOMER_ORDERS_MAX = 50;

/** The steps of a parcel's timeline, in order. */
export const TRACKING_STEPS = ['ordered', 'paid', 'packed', 'shipped', 'in_transit', 'out_for_delivery', 'delivered'] as const;
export type TrackingStep = (typeof TRACKING_STEPS)[number];

/** What can go wrong on the way: a failed delivery attempt, a delay, the parcel sent back. */
export const TRACKING_EXCEPTIONS = ['failed_attempt', 'delayed', 'returned'] as const;
export type TrackingException = (typeof TRACKING_EXCEPTIONS)[number];

/** The shop's delivery rule until the owner sets one: days to pack, days on the way. */
export const DEFAULT_DELIVERY_DAYS = { processingDays: 2, transitDays: 5 } as const;

/** The most days a delivery rule may count to pack an order, and to carry it. */
export const MAX_PROCESSING_DAYS = 30;
export const MAX_TRANSIT_DAYS = 90;

/** The longest shipping method name kept (the adapters cut a platform's longer title; migration 013 checks it). */
export const SHIPPING_METHOD_MAX = 200;

/** A shipping method's name as delivery rules compare it: case, full-width forms and runs of spaces aside. */
export const shippingMethodKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Days to pack an order, then days on the way. */
export interface DeliveryDays {
  processingDays: number;
  transitDays: number;
}

/** The shop's delivery rules: its default days, the days of the shipping methods it named, and its time zone. */
export interface DeliveryRule extends DeliveryDays {
  /** Rules of their own for shipping methods, by the name the platform gives the method ("Express"). */
  methods?: readonly (DeliveryDays & { name: string })[];
  /** The shop's time zone: which calendar day "today" and a promised day are. */
  timeZone: string;
}

/** How many shipping methods may have a delivery rule of their own. */
export const DELIVERY_METHODS_MAX = 20;
