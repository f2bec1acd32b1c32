/**
 * @module WooCommerce order 727 mapped field by field (values written out from the
 * fixture), its parcels from Shipment Tracking meta, refunds, and bad input: unknown
 * fields, missing fields with their path, 5,000 lines, ids beyond 2^53.
 */
import { describe, expect, it } from 'vitest';
import { woocommerceAdapter, type CanonicalOrder } from '../../../plugin-adapters/index.ts';
import { clone, entitiesOf, fixtureBytes, fixtureJson, parsed, refusalOf } from '../helpers.ts';

const order727 = () => clone(fixtureJson('woocommerce/order-727.json'));
const map = (payload: unknown, topic = 'order.updated') => woocommerceAdapter.mapWebhook(topic, payload);

describe('WooCommerce order-727.json', () => {
  it('maps every field: GMT times, a guest, totals in cents, entity-decoded line names', () => {
    expect(entitiesOf(map(order727()))).toEqual([{
      kind: 'order',
      platformId: '727',
      number: '727',
      email: 'john.doe@example.com',
      customerRef: null,
      status: 'paid',
      currency: 'USD',
      subtotalAmount: 1800,
      shippingAmount: 1000,
      taxAmount: 135,
      discountAmount: 0,
      totalAmount: 2935,
      placedAt: '2017-03-22T19:28:02.000Z',
      updatedAt: '2017-03-22T19:28:08.000Z',
      cancelledAt: null,
      locale: null,
      shippingPostcode: '94103',
      shippingMethod: 'Flat Rate',
      lines: [
        {
          platformId: '315', productRef: '93', variantRef: null, sku: null, title: 'Woo Single #1', variantTitle: null,
          quantity: 2, unitAmount: 300, discountAmount: 0, finalSale: false,
        },
        {
          platformId: '316', productRef: '22', variantRef: '23', sku: 'Bar3', title: 'Ship Your Idea – Color: Black, Size: M Test',
          variantTitle: null, quantity: 1, unitAmount: 1200, discountAmount: 0, finalSale: false,
        },
      ],
    }]);
  });

  it('maps the statuses WooCommerce has', () => {
    const statusOf = (status: string) => (entitiesOf(map({ ...order727(), status }))[0] as CanonicalOrder).status;
    expect(['pending', 'on-hold', 'processing', 'completed', 'cancelled', 'refunded', 'failed'].map(statusOf)).toEqual([
      'unpaid', 'unpaid', 'paid', 'shipped', 'cancelled', 'refunded', 'unpaid',
    ]);
    expect(statusOf('wc-custom-status')).toBe('paid');
  });

  it('links a registered customer and maps the discount of a line', () => {
    const payload = { ...order727(), customer_id: 25 };
    payload.line_items[1].total = '10.80';
    const [mapped] = entitiesOf(map(payload)) as CanonicalOrder[];
    expect(mapped.customerRef).toBe('25');
    expect(mapped.lines[1]).toMatchObject({ unitAmount: 1200, discountAmount: 120 });
    expect(mapped.subtotalAmount).toBe(1680);
  });

  it('maps the parcels the Shipment Tracking extension keeps in meta_data, and the refunds', () => {
    const payload = order727();
    payload.meta_data.push({
      id: 13107,
      key: '_wc_shipment_tracking_items',
      value: [{
        tracking_provider: 'usps', custom_tracking_provider: '', custom_tracking_link: '', tracking_number: '9400111899223197428490',
        date_shipped: '1490212800', tracking_id: 'f6b8c0bd5b01a0b5a28fba2b7a0e1b34',
      }, { tracking_number: 'no id, not the extension' }],
    });
    payload.refunds = [{ id: 726, reason: 'Damaged', total: '-5.00' }];
    const [, parcel, refund, ...rest] = entitiesOf(map(payload));
    expect(parcel).toEqual({
      kind: 'fulfillment', platformId: 'f6b8c0bd5b01a0b5a28fba2b7a0e1b34', orderRef: '727', status: 'shipped', platformStatus: 'shipped',
      carrier: 'usps', trackingNumber: '9400111899223197428490', trackingUrl: null, shippedAt: '2017-03-22T20:00:00.000Z',
      deliveredAt: null, estimatedDelivery: null, updatedAt: '2017-03-22T19:28:08.000Z', lines: [], events: [],
    });
    expect(refund).toEqual({
      kind: 'refund', platformId: '726', orderRef: '727', currency: 'USD', amount: 500, reason: 'Damaged', restock: false,
      createdAt: null, lines: [],
    });
    expect(rest).toEqual([]);
  });

  it('maps a deleted order to a removal', () => {
    expect(entitiesOf(map({ id: 727 }, 'order.deleted'))).toEqual([{ kind: 'removal', entity: 'order', platformId: '727' }]);
  });
});

describe('WooCommerce orders with bad input', () => {
  it('ignores unknown fields', () => {
    const payload = { ...order727(), _links: { other: [] }, brand_new: true };
    expect(entitiesOf(map(payload))).toEqual(entitiesOf(map(order727())));
  });

  it('refuses missing fields with their JSON path', () => {
    const noQuantity = order727();
    delete noQuantity.line_items[1].quantity;
    expect(refusalOf(map(noQuantity))).toEqual({ reason: 'missing-field', path: 'line_items.1.quantity', message: 'This field is required' });
    const noModified = order727();
    delete noModified.date_modified_gmt;
    expect(refusalOf(map(noModified))).toMatchObject({ reason: 'missing-field', path: 'date_modified_gmt' });
  });

  it('refuses an amount with more decimals than the currency has', () => {
    expect(refusalOf(map({ ...order727(), total: '29.355' }))).toMatchObject({ reason: 'invalid-field', path: 'total' });
  });

  it('keeps ids beyond 2^53 exact', () => {
    const raw = fixtureBytes('woocommerce/order-727.json').toString('utf8').replace('"id": 727', '"id": 18446744073709551615');
    expect((entitiesOf(map(parsed(raw)))[0] as CanonicalOrder).platformId).toBe('18446744073709551615');
  });

  it('maps 5,000 line items', () => {
    const payload = order727();
    const line = payload.line_items[0];
    payload.line_items = Array.from({ length: 5000 }, (_, i) => ({ ...line, id: 10_000 + i }));
    const [mapped] = entitiesOf(map(parsed(JSON.stringify(payload)))) as CanonicalOrder[];
    expect(mapped.lines).toHaveLength(5000);
    expect(mapped.subtotalAmount).toBe(5000 * 600);
  });
});
