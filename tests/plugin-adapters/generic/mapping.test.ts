/**
 * @module The generic webhook's payloads: each canonical entity as `data`, normalized
 * (emails, currencies, times to UTC), unknown fields ignored, wrong or missing fields
 * refused with their path under `data`.
 */
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../plugin-adapters/index.ts';
import { entitiesOf, refusalOf } from '../helpers.ts';

const map = (topic: string, data: unknown) => genericAdapter.mapWebhook(topic, { topic, data });

const order = () => ({
  platformId: '1001', number: 'D-1001', email: ' Ann@Shop.Example ', customerRef: '42', status: 'shipped', currency: 'eur',
  subtotalAmount: 4990, shippingAmount: 490, taxAmount: 0, discountAmount: 0, totalAmount: 5480,
  placedAt: '2026-04-30T10:00:00+02:00', updatedAt: '2026-05-01T09:00:00Z', cancelledAt: null, locale: 'en', shippingPostcode: '10115',
  lines: [{ platformId: 'l1', productRef: 'p1', variantRef: null, sku: 'MUG-1', title: 'Mug', variantTitle: null, quantity: 2, unitAmount: 2495, discountAmount: 0, finalSale: true }],
});

describe('generic webhook payloads', () => {
  it('takes a canonical order, normalizing email, currency and times', () => {
    expect(entitiesOf(map('order.updated', { ...order(), somethingElse: 'ignored' }))).toEqual([{
      kind: 'order', ...order(), email: 'ann@shop.example', currency: 'EUR', placedAt: '2026-04-30T08:00:00.000Z', updatedAt: '2026-05-01T09:00:00.000Z',
      shippingMethod: null,
    }]);
  });

  it('takes the shipping method a store names, trimmed; one longer than 200 characters is refused with its path', () => {
    expect((entitiesOf(map('order.updated', { ...order(), shippingMethod: ' Express ' }))[0] as { shippingMethod: string }).shippingMethod).toBe('Express');
    expect(JSON.stringify(map('order.updated', { ...order(), shippingMethod: 'x'.repeat(201) }))).toContain('shippingMethod');
  });

  it('takes a customer, a product, a fulfillment, a refund, a privacy request and removals', () => {
    const customer = { platformId: '42', email: 'ann@shop.example', name: 'Ann', locale: 'zh-Hant', updatedAt: null };
    const product = {
      platformId: 'p1', handle: 'mug', title: 'Mug', category: 'Kitchen', tags: ['gift'], imageUrl: 'https://cdn.example/mug.jpg', published: true,
      updatedAt: null, variants: [{ platformId: 'v1', sku: 'MUG-1', title: 'Blue', priceAmount: 2495, currency: 'EUR', inventory: 3 }],
    };
    const fulfillment = {
      platformId: 'f1', orderRef: '1001', status: 'in_transit', platformStatus: 'in transit', carrier: 'DHL', trackingNumber: '00340434161094042557',
      trackingUrl: 'https://www.dhl.de/track?id=00340434161094042557', shippedAt: '2026-05-01T08:00:00Z', deliveredAt: null, estimatedDelivery: '2026-05-03T00:00:00Z',
      updatedAt: '2026-05-01T09:00:00Z', lines: [{ lineRef: 'l1', quantity: 2 }],
      events: [{ platformId: null, status: 'in_transit', platformStatus: 'Hub', message: 'Arrived at hub', location: 'Leipzig', occurredAt: '2026-05-01T09:00:00Z', estimatedDelivery: null }],
    };
    const refund = { platformId: 'r1', orderRef: '1001', currency: 'EUR', amount: 2495, reason: 'Too small', restock: true, createdAt: null, lines: [{ platformId: null, lineRef: 'l1', quantity: 1, subtotalAmount: 2495, taxAmount: null }] };
    const privacy = { type: 'customer-redact', platformId: null, shopDomain: null, customerRef: '42', email: null, orderRefs: ['1001'] };
    expect(entitiesOf(map('customer.created', customer))).toEqual([{ kind: 'customer', ...customer }]);
    expect(entitiesOf(map('product.updated', product))).toEqual([{ kind: 'product', ...product }]);
    expect(entitiesOf(map('fulfillment.updated', fulfillment))[0]).toMatchObject({ kind: 'fulfillment', shippedAt: '2026-05-01T08:00:00.000Z', events: [{ location: 'Leipzig' }] });
    expect(entitiesOf(map('refund.created', refund))).toEqual([{ kind: 'refund', ...refund }]);
    expect(entitiesOf(map('privacy.requested', privacy))).toEqual([{ kind: 'privacy-request', ...privacy }]);
    expect(entitiesOf(map('product.deleted', { platformId: 'p1' }))).toEqual([{ kind: 'removal', entity: 'product', platformId: 'p1' }]);
  });

  it('refuses money that is not whole minor units, with its path', () => {
    const payload = order();
    (payload.lines[0] as { unitAmount: number }).unitAmount = 24.95;
    expect(refusalOf(map('order.created', payload))).toMatchObject({ reason: 'invalid-field', path: 'data.lines.0.unitAmount' });
  });

  it('refuses missing fields with their path', () => {
    const { updatedAt: _u, ...noUpdatedAt } = order();
    expect(refusalOf(map('order.created', noUpdatedAt))).toEqual({ reason: 'missing-field', path: 'data.updatedAt', message: 'This field is required' });
    expect(refusalOf(genericAdapter.mapWebhook('order.created', { topic: 'order.created' }))).toMatchObject({ reason: 'missing-field', path: 'data' });
  });

  it('refuses a time without a zone, an unknown status and a tracking link that is not http(s)', () => {
    expect(refusalOf(map('order.created', { ...order(), placedAt: '2026-04-30T10:00:00' }))).toMatchObject({ path: 'data.placedAt' });
    expect(refusalOf(map('order.created', { ...order(), status: 'lost' }))).toMatchObject({ path: 'data.status' });
    const fulfillment = { platformId: 'f1', orderRef: '1', status: 'shipped', platformStatus: 'x', carrier: null, trackingNumber: null, trackingUrl: 'javascript:alert(1)', shippedAt: null, deliveredAt: null, estimatedDelivery: null, updatedAt: null, lines: [], events: [] };
    expect(refusalOf(map('fulfillment.created', fulfillment))).toMatchObject({ reason: 'invalid-field', path: 'data.trackingUrl' });
  });

  it('refuses a topic it does not know', () => {
    expect(refusalOf(map('cart.created', {}))).toMatchObject({ reason: 'unsupported-topic' });
  });
});
