/**
 * @module Shopify payloads that are not what a mapper expects: unknown fields ignored,
 * missing or wrong fields refused with their JSON path, 5,000 line items, ids beyond 2^53
 * kept exact from the raw body, money that a currency cannot hold refused, and a later
 * delivery recognizable by `updatedAt`.
 */
import { describe, expect, it } from 'vitest';
import { parseWebhookJson, shopifyAdapter, type CanonicalOrder } from '../../../plugin-adapters/index.ts';
import { clone, entitiesOf, fixtureBytes, fixtureJson, parsed, refusalOf } from '../helpers.ts';

const order = () => clone(fixtureJson('shopify/order.json').order);

describe('Shopify payloads with bad input', () => {
  it('ignores fields it does not know, at the top and inside lines', () => {
    const payload = { ...order(), brand_new_field: { nested: [1, 2] } };
    payload.line_items[0].gift_wrap = 'yes';
    const [mapped] = entitiesOf(shopifyAdapter.mapWebhook('orders/create', payload));
    const [plain] = entitiesOf(shopifyAdapter.mapWebhook('orders/create', order()));
    expect(mapped).toEqual(plain);
  });

  it('refuses a missing line price with its JSON path', () => {
    const payload = { order: order() };
    delete payload.order.line_items[2].price;
    expect(refusalOf(shopifyAdapter.mapWebhook('orders/create', payload))).toEqual({
      reason: 'missing-field', path: 'order.line_items.2.price', message: 'This field is required',
    });
  });

  it('refuses a missing order id, a missing currency and missing line items with their paths', () => {
    for (const field of ['id', 'currency', 'line_items', 'updated_at']) {
      const payload = order();
      delete payload[field];
      expect(refusalOf(shopifyAdapter.mapWebhook('orders/updated', payload))).toMatchObject({ reason: 'missing-field', path: field });
    }
  });

  it('refuses a time without its zone and a price that is not a decimal', () => {
    const noZone = order();
    noZone.created_at = '2008-01-10T11:00:00';
    expect(refusalOf(shopifyAdapter.mapWebhook('orders/updated', noZone))).toMatchObject({ reason: 'invalid-field', path: 'created_at' });
    const badPrice = order();
    badPrice.line_items[1].price = '1e3';
    expect(refusalOf(shopifyAdapter.mapWebhook('orders/updated', badPrice))).toMatchObject({ reason: 'invalid-field', path: 'line_items.1.price' });
  });

  it('refuses cents a currency does not have, and maps JPY and KWD amounts exactly', () => {
    const fraction = order();
    fraction.total_price = '409.945';
    expect(refusalOf(shopifyAdapter.mapWebhook('orders/updated', fraction))).toMatchObject({ reason: 'invalid-field', path: 'total_price' });
    const yen = { ...order(), currency: 'JPY', total_price: '40994', subtotal_price: '39800.00', total_tax: '1194' };
    expect((entitiesOf(shopifyAdapter.mapWebhook('orders/updated', yen))[0] as CanonicalOrder).totalAmount).toBe(40994);
    const dinar = { ...order(), currency: 'KWD', total_price: '12.345' };
    expect((entitiesOf(shopifyAdapter.mapWebhook('orders/updated', dinar))[0] as CanonicalOrder).totalAmount).toBe(12345);
  });

  it('maps 0.1 + 0.2 style amounts exactly (no float arithmetic)', () => {
    const payload = { ...order(), total_price: '0.30', subtotal_price: '90071992547409.91' };
    const [mapped] = entitiesOf(shopifyAdapter.mapWebhook('orders/updated', payload)) as CanonicalOrder[];
    expect(mapped.totalAmount).toBe(30);
    expect(mapped.subtotalAmount).toBe(9007199254740991);
  });

  it('keeps ids beyond 2^53 exact when the body is parsed with parseWebhookJson', () => {
    const raw = fixtureBytes('shopify/order.json').toString('utf8')
      .replace('"id": 450789469', '"id": 820982911946154508')
      .replace('"id": 466157049', '"id": 9007199254740993');
    const [mapped] = entitiesOf(shopifyAdapter.mapWebhook('orders/create', parsed(raw))) as CanonicalOrder[];
    expect(mapped.platformId).toBe('820982911946154508');
    expect(mapped.lines[0].platformId).toBe('9007199254740993');
  });

  it('refuses an id JSON.parse has already rounded instead of storing a wrong one', () => {
    const raw = fixtureBytes('shopify/order.json').toString('utf8').replace('"id": 450789469', '"id": 820982911946154508');
    expect(refusalOf(shopifyAdapter.mapWebhook('orders/create', JSON.parse(raw)))).toMatchObject({ reason: 'invalid-field', path: 'order.id' });
  });

  it('maps an order of 5,000 line items', () => {
    const payload = order();
    const template = payload.line_items[0];
    payload.line_items = Array.from({ length: 5000 }, (_, i) => ({ ...template, id: 1_000_000 + i, quantity: 1 + (i % 3) }));
    const body = Buffer.from(JSON.stringify(payload));
    const result = parseWebhookJson(body);
    const [mapped] = entitiesOf(shopifyAdapter.mapWebhook('orders/create', result.ok ? result.value : null)) as CanonicalOrder[];
    expect(mapped.lines).toHaveLength(5000);
    expect(mapped.lines[4999]).toMatchObject({ platformId: '1004999', quantity: 2, unitAmount: 19900 });
  });

  it('gives each delivery its updatedAt, so an older one can be told from a newer one', () => {
    const newer = { ...order(), updated_at: '2008-01-11T09:00:00-05:00' };
    const [older] = entitiesOf(shopifyAdapter.mapWebhook('orders/updated', order())) as CanonicalOrder[];
    const [latest] = entitiesOf(shopifyAdapter.mapWebhook('orders/updated', newer)) as CanonicalOrder[];
    expect(Date.parse(latest.updatedAt) > Date.parse(older.updatedAt)).toBe(true);
  });

  it('maps a cancelled order as cancelled', () => {
    const payload = { ...order(), cancelled_at: '2008-01-10T12:00:00-05:00', cancel_reason: 'customer' };
    expect(entitiesOf(shopifyAdapter.mapWebhook('orders/cancelled', payload))[0]).toMatchObject({
      status: 'cancelled', cancelledAt: '2008-01-10T17:00:00.000Z',
    });
  });

  it('drops a tracking link that is not http(s)', () => {
    const payload = clone(fixtureJson('shopify/fulfillment.json'));
    payload.fulfillment.tracking_url = 'javascript:alert(1)';
    expect(entitiesOf(shopifyAdapter.mapWebhook('fulfillments/update', payload))[0]).toMatchObject({ trackingUrl: null });
  });

  it('refuses a topic it does not map, including names of Object.prototype', () => {
    expect(refusalOf(shopifyAdapter.mapWebhook('carts/create', {}))).toMatchObject({ reason: 'unsupported-topic' });
    expect(refusalOf(shopifyAdapter.mapWebhook('constructor', {}))).toMatchObject({ reason: 'unsupported-topic' });
  });

  it('maps deletions to removals', () => {
    expect(entitiesOf(shopifyAdapter.mapWebhook('products/delete', { id: 632910392 }))).toEqual([
      { kind: 'removal', entity: 'product', platformId: '632910392' },
    ]);
  });
});
