/**
 * @module The tracking view as a pure function: statuses a platform sends beyond the demo's
 * (in transit, a failed attempt, a cancelled parcel, a refunded order) land on the right step,
 * and what is not on its way gets no estimate and is never "late".
 */
import { describe, expect, it } from 'vitest';
import type { Fulfillment, OrderSummary } from '../../../server/orders/db.ts';
import { daysFor, trackingView } from '../../../server/orders/tracking-view.ts';

const rule = { processingDays: 2, transitDays: 5, timeZone: 'UTC' };
const order = (status: OrderSummary['status'], shippingMethod: string | null = null): OrderSummary => ({
  id: 'o1', customerId: null, number: '1001', email: 'a@example.com', status, currency: 'USD',
  subtotalAmount: 1000, shippingAmount: 0, totalAmount: 1000, placedAt: new Date('2026-01-01T12:00:00Z'), lineCount: 1, shippingMethod,
});
const parcel = (status: Fulfillment['status'], events: Array<[string, string]> = []): Fulfillment => ({
  id: 'f1', carrier: 'DHL', trackingNumber: 'JD1', trackingUrl: 'https://www.dhl.com/track?id=JD1', status,
  estimatedDelivery: null, shippedAt: new Date('2026-01-02T12:00:00Z'), deliveredAt: null,
  events: events.map(([s, at], i) => ({ id: `e${i}`, status: s, message: '', location: null, occurredAt: new Date(at) })),
});
const late = new Date('2026-03-01T00:00:00Z');
const current = (v: ReturnType<typeof trackingView>) => v.parcels[0]!.steps.find((s) => s.state === 'current')?.step;

describe('trackingView', () => {
  it('puts a parcel in transit on the in-transit step, from its status or its checkpoint', () => {
    expect(current(trackingView(order('shipped'), [], [parcel('in_transit')], rule, late))).toBe('in_transit');
    const v = trackingView(order('shipped'), [], [parcel('shipped', [['shipped', '2026-01-02T12:00:00Z'], ['in_transit', '2026-01-03T08:00:00Z']])], rule, late);
    expect(current(v)).toBe('in_transit');
    expect(v.parcels[0]!.steps.find((s) => s.step === 'in_transit')!.at).toBe('2026-01-03T08:00:00.000Z');
  });

  it('names a failed delivery attempt, from the status or the last checkpoint', () => {
    expect(trackingView(order('shipped'), [], [parcel('failed_attempt')], rule, late).parcels[0]!.exception).toBe('failed_attempt');
    expect(trackingView(order('shipped'), [], [parcel('shipped', [['failed_attempt', '2026-01-05T12:00:00Z']])], rule, late).parcels[0]!.exception).toBe('failed_attempt');
  });

  it('gives no estimate and no "late" to a cancelled parcel or the parcels of a refunded or cancelled order', () => {
    for (const [o, p] of [['shipped', 'cancelled'], ['refunded', 'shipped'], ['cancelled', 'pending']] as const) {
      const v = trackingView(order(o), [], [parcel(p)], rule, late).parcels[0]!;
      expect([o, p, v.estimatedDelivery, v.late]).toEqual([o, p, null, false]);
    }
    // A refunded order before any parcel: no estimate either.
    expect(trackingView(order('refunded'), [], [], rule, late)).toMatchObject({ estimatedDelivery: null, late: false });
  });

  it('keeps the estimate and the late flag of a parcel still on its way', () => {
    const v = trackingView(order('shipped'), [], [parcel('shipped')], rule, late).parcels[0]!;
    expect(v.estimatedDelivery).toBe('2026-01-07');
    expect(v.late).toBe(true);
  });

  describe('delivery rules per shipping method', () => {
    const rules = {
      ...rule,
      methods: [
        { name: 'Express', processingDays: 0, transitDays: 1 },
        { name: 'Express International', processingDays: 1, transitDays: 6 },
        { name: 'Free Shipping', processingDays: 3, transitDays: 7 },
      ],
    };

    it('estimates an order with the rule of its method, named exactly (case, spacing and full-width forms aside)', () => {
      // Placed 2026-01-01, nothing shipped: 3 + 7 days.
      expect(trackingView(order('paid', 'free  SHIPPING'), [], [], rules, new Date('2026-01-02T00:00:00Z')).estimatedDelivery).toBe('2026-01-11');
      expect(daysFor(rules, 'Ｅｘｐｒｅｓｓ')).toEqual({ processingDays: 0, transitDays: 1 });
    });

    it('takes the longest rule name the method contains, so "Express International (5–8 days)" is not "Express"', () => {
      expect(daysFor(rules, 'Express International (5–8 days)')).toEqual({ processingDays: 1, transitDays: 6 });
      expect(daysFor(rules, 'UPS Express Saver')).toEqual({ processingDays: 0, transitDays: 1 });
    });

    it('falls back on the shop default for a method without a rule, or an order without a method', () => {
      expect(daysFor(rules, 'Local pickup')).toEqual({ processingDays: 2, transitDays: 5 });
      expect(daysFor(rules, null)).toEqual({ processingDays: 2, transitDays: 5 });
      expect(daysFor(rule, 'Express')).toEqual({ processingDays: 2, transitDays: 5 });
    });

    it('counts a shipped parcel with the transit days of its order\'s method, and is late by that rule', () => {
      // Shipped 2026-01-02: Express → 1 day.
      const express = trackingView(order('shipped', 'Express'), [], [parcel('shipped')], rules, new Date('2026-01-04T00:00:00Z'));
      expect(express.parcels[0]).toMatchObject({ estimatedDelivery: '2026-01-03', estimateSource: 'shop', late: true });
      expect(express.shippingMethod).toBe('Express');
      // The same parcel by the default rule is not late yet.
      const standard = trackingView(order('shipped', 'Standard'), [], [parcel('shipped')], rules, new Date('2026-01-04T00:00:00Z'));
      expect(standard.parcels[0]).toMatchObject({ estimatedDelivery: '2026-01-07', late: false });
    });

    it('never replaces the carrier\'s own date with a rule', () => {
      const p = { ...parcel('in_transit'), estimatedDelivery: '2026-01-20' };
      expect(trackingView(order('shipped', 'Express'), [], [p], rules, late).parcels[0]).toMatchObject({ estimatedDelivery: '2026-01-20', estimateSource: 'carrier' });
    });
  });
});
