/**
 * @module Medusa v2: the real store order (fixtures/medusa/store-order.json) inside the
 * subscriber's signed envelope — signature, every mapped field (amounts are Medusa's
 * major units: 1999 USD is $1,999.00), parcels, customers, and bad input.
 */
import { describe, expect, it } from 'vitest';
import { medusaAdapter, type CanonicalOrder } from '../../../plugin-adapters/index.ts';
import { clone, entitiesOf, fixtureBytes, fixtureJson, hexHmac, parsed, refusalOf } from '../helpers.ts';

const SECRET = 'shop-secret-medusa';
const storeOrder = () => clone(fixtureJson('medusa/store-order.json'));
const map = (data: unknown, topic = 'order.placed') => medusaAdapter.mapWebhook(topic, { topic, data });

describe('Medusa store-order.json', () => {
  it('verifies the real order in a signed envelope, its bytes untouched', () => {
    const body = Buffer.concat([Buffer.from('{"topic":"order.placed","data":'), fixtureBytes('medusa/store-order.json'), Buffer.from('}')]);
    const headers = { 'x-rapport-timestamp': '1795389187', 'x-rapport-event-id': 'order.placed:order_01M82RHHBZJSSF1RTJV3E4RMMY', 'x-rapport-signature': '' };
    headers['x-rapport-signature'] = `sha256=${hexHmac(SECRET, `1795389187.${headers['x-rapport-event-id']}.`, body)}`;
    const verified = medusaAdapter.verifyWebhook(body, headers, SECRET, new Date(1795389187 * 1000));
    expect(verified).toEqual({
      ok: true, kind: 'delivery', topic: 'order.placed', dedupKey: 'order.placed:order_01M82RHHBZJSSF1RTJV3E4RMMY', occurredAt: '2026-11-22T23:13:07.000Z',
    });
    expect(entitiesOf(medusaAdapter.mapWebhook('order.placed', parsed(body)))).toHaveLength(1);
  });

  it('maps every field: display id as the number, amounts from major units, unpaid and not fulfilled', () => {
    expect(entitiesOf(map(storeOrder()))).toEqual([{
      kind: 'order',
      platformId: 'order_01M82RHHBZJSSF1RTJV3E4RMMY',
      number: '1',
      email: 'jane@probe.local',
      customerRef: null,
      status: 'unpaid',
      currency: 'USD',
      subtotalAmount: 399800,
      shippingAmount: 0,
      taxAmount: 0,
      discountAmount: 0,
      totalAmount: 399800,
      placedAt: '2026-11-22T23:12:59.267Z',
      updatedAt: '2026-11-22T23:13:07.674Z',
      cancelledAt: null,
      locale: null,
      shippingPostcode: '90210',
      shippingMethod: null,
      lines: [{
        platformId: 'ordli_01M82RHHC1CN9Q451BA6YGVMGX', productRef: null, variantRef: null, sku: null, title: 'Probe Mug',
        variantTitle: null, quantity: 2, unitAmount: 199900, discountAmount: 0, finalSale: false,
      }],
    }]);
  });

  it("takes the first shipping method's name (the fixture has none), cut to 200 characters", () => {
    const payload = storeOrder();
    const withMethod = (name: string) => ({ order: { ...payload.order, shipping_methods: [{ name }, { name: 'Second' }] } });
    expect((entitiesOf(map(withMethod(' Express delivery ')))[0] as CanonicalOrder).shippingMethod).toBe('Express delivery');
    expect((entitiesOf(map(withMethod('x'.repeat(300))))[0] as CanonicalOrder).shippingMethod).toBe('x'.repeat(200));
  });

  it('prefers the exact raw_unit_price over the rounded number', () => {
    const payload = storeOrder();
    payload.order.items[0].unit_price = 19.990000000000002;
    payload.order.items[0].raw_unit_price = { value: '19.99', precision: 20 };
    expect((entitiesOf(map(payload))[0] as CanonicalOrder).lines[0].unitAmount).toBe(1999);
  });

  it("maps the order's statuses from Medusa's payment and fulfillment statuses", () => {
    const statusOf = (changes: object) => (entitiesOf(map({ order: { ...storeOrder().order, ...changes } }))[0] as CanonicalOrder).status;
    expect(statusOf({ payment_status: 'captured' })).toBe('paid');
    expect(statusOf({ payment_status: 'captured', fulfillment_status: 'fulfilled' })).toBe('packed');
    expect(statusOf({ payment_status: 'captured', fulfillment_status: 'partially_shipped' })).toBe('shipped');
    expect(statusOf({ fulfillment_status: 'delivered' })).toBe('delivered');
    expect(statusOf({ payment_status: 'refunded' })).toBe('refunded');
    expect(statusOf({ status: 'canceled', canceled_at: '2026-11-23T08:00:00.000Z' })).toBe('cancelled');
  });

  it('maps a parcel with its label and the customer the order carries', () => {
    const payload = storeOrder();
    payload.order.customer_id = 'cus_01';
    payload.order.customer = { id: 'cus_01', email: 'Jane@Probe.local', first_name: 'Jane', last_name: 'Doe', updated_at: '2026-11-22T23:00:00.000Z' };
    payload.order.fulfillments = [{
      id: 'ful_01', created_at: '2026-11-23T09:00:00.000Z', updated_at: '2026-11-24T10:00:00.000Z', packed_at: '2026-11-23T09:00:00.000Z',
      shipped_at: '2026-11-23T15:00:00.000Z', delivered_at: null, canceled_at: null, provider_id: 'manual_manual',
      labels: [{ tracking_number: '1Z999AA10123456784', tracking_url: 'https://www.ups.com/track?tracknum=1Z999AA10123456784', label_url: '' }],
      items: [{ line_item_id: 'ordli_01M82RHHC1CN9Q451BA6YGVMGX', quantity: 2 }],
    }];
    const [, customer, parcel] = entitiesOf(map(payload, 'shipment.created'));
    expect(customer).toEqual({ kind: 'customer', platformId: 'cus_01', email: 'jane@probe.local', name: 'Jane Doe', locale: null, updatedAt: '2026-11-22T23:00:00.000Z' });
    expect(parcel).toEqual({
      kind: 'fulfillment', platformId: 'ful_01', orderRef: 'order_01M82RHHBZJSSF1RTJV3E4RMMY', status: 'shipped', platformStatus: 'shipped',
      carrier: null, trackingNumber: '1Z999AA10123456784', trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
      shippedAt: '2026-11-23T15:00:00.000Z', deliveredAt: null, estimatedDelivery: null, updatedAt: '2026-11-24T10:00:00.000Z',
      lines: [{ lineRef: 'ordli_01M82RHHC1CN9Q451BA6YGVMGX', quantity: 2 }], events: [],
    });
  });

  it('maps customer events and deletions', () => {
    const customer = { id: 'cus_02', email: 'a@b.example', first_name: null, last_name: 'Li', updated_at: '2026-01-01T00:00:00.000Z', has_account: true };
    expect(entitiesOf(map(customer, 'customer.updated'))).toEqual([
      { kind: 'customer', platformId: 'cus_02', email: 'a@b.example', name: 'Li', locale: null, updatedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(entitiesOf(map({ id: 'cus_02' }, 'customer.deleted'))).toEqual([{ kind: 'removal', entity: 'customer', platformId: 'cus_02' }]);
  });
});

describe('Medusa orders with bad input', () => {
  it('ignores unknown fields', () => {
    const payload = storeOrder();
    payload.order.brand_new = { x: 1 };
    payload.order.items[0].another = 'field';
    expect(entitiesOf(map(payload))).toEqual(entitiesOf(map(storeOrder())));
  });

  it('refuses missing fields with their path in the envelope', () => {
    const payload = storeOrder();
    delete payload.order.items[0].unit_price;
    expect(refusalOf(map(payload))).toEqual({ reason: 'missing-field', path: 'data.order.items.0.unit_price', message: 'This field is required' });
    expect(refusalOf(medusaAdapter.mapWebhook('order.placed', { topic: 'order.placed' }))).toMatchObject({ reason: 'missing-field', path: 'data' });
  });

  it('maps 5,000 items', () => {
    const payload = storeOrder();
    const item = payload.order.items[0];
    payload.order.items = Array.from({ length: 5000 }, (_, i) => ({ ...item, id: `ordli_${i}` }));
    expect((entitiesOf(map(payload))[0] as CanonicalOrder).lines).toHaveLength(5000);
  });
});
