/**
 * @module Shopify's other resources mapped field by field from the real fixtures:
 * fulfillment, fulfillment event, refund, customer, product; and the privacy topics from
 * Shopify's documented payloads.
 */
import { describe, expect, it } from 'vitest';
import { shopifyAdapter } from '../../../plugin-adapters/index.ts';
import { entitiesOf, fixtureJson, refusalOf } from '../helpers.ts';

describe('Shopify resources', () => {
  it('maps fulfillment.json: pending, carrier as sent, Google tracking link', () => {
    expect(entitiesOf(shopifyAdapter.mapWebhook('fulfillments/create', fixtureJson('shopify/fulfillment.json')))).toEqual([{
      kind: 'fulfillment',
      platformId: '255858046',
      orderRef: '450789469',
      status: 'pending',
      platformStatus: 'pending',
      carrier: 'null-company',
      trackingNumber: '1Z2345',
      trackingUrl: 'http://www.google.com/search?q=1Z2345',
      shippedAt: null,
      deliveredAt: null,
      estimatedDelivery: null,
      updatedAt: '2013-11-01T20:06:08.000Z',
      lines: [{ lineRef: '466157049', quantity: 1 }],
      events: [],
    }]);
  });

  it('maps fulfillment_event.json: label printed is packed, 13-digit ids as text', () => {
    expect(entitiesOf(shopifyAdapter.mapWebhook('fulfillment_events/create', fixtureJson('shopify/fulfillment_event.json')))).toEqual([{
      kind: 'fulfillment-event',
      platformId: '12584341209251',
      fulfillmentRef: '2608403447971',
      orderRef: '2776493818019',
      status: 'packed',
      platformStatus: 'label_printed',
      message: null,
      location: null,
      occurredAt: '2021-01-25T21:32:23.000Z',
      estimatedDelivery: null,
    }]);
  });

  it('maps refund.json: the 209.00 refund transaction, two restocked lines, the note as reason', () => {
    expect(entitiesOf(shopifyAdapter.mapWebhook('refunds/create', fixtureJson('shopify/refund.json')))).toEqual([{
      kind: 'refund',
      platformId: '509562969',
      orderRef: '450789469',
      currency: 'USD',
      amount: 20900,
      reason: 'it broke during shipping',
      restock: true,
      createdAt: '2016-06-20T17:35:06.000Z',
      lines: [
        { platformId: '104689539', lineRef: '703073504', quantity: 1, subtotalAmount: null, taxAmount: null },
        { platformId: '709875399', lineRef: '466157049', quantity: 1, subtotalAmount: null, taxAmount: null },
      ],
    }]);
  });

  it('maps customer.json', () => {
    expect(entitiesOf(shopifyAdapter.mapWebhook('customers/update', fixtureJson('shopify/customer.json')))).toEqual([{
      kind: 'customer', platformId: '207119551', email: 'bob.norman@hostmail.com', name: 'Bob Norman', locale: null,
      updatedAt: '2015-05-27T22:11:24.000Z',
    }]);
  });

  it("maps product.json with its four variants in the shop's currency", () => {
    const variant = (platformId: string, sku: string, title: string, inventory: number) => ({
      platformId, sku, title, priceAmount: 19900, currency: 'USD', inventory,
    });
    expect(entitiesOf(shopifyAdapter.mapWebhook('products/update', fixtureJson('shopify/product.json'), { shopCurrency: 'usd' }))).toEqual([{
      kind: 'product',
      platformId: '632910392',
      handle: 'ipod-nano',
      title: 'IPod Nano - 8GB',
      category: 'Cult Products',
      tags: ['Emotive', 'Flash Memory', 'MP3', 'Music'],
      imageUrl: 'http://static.shopify.com/s/files/1/6909/3384/products/ipod-nano.png?0',
      published: true,
      updatedAt: '2011-10-20T18:05:13.000Z',
      variants: [
        variant('808950810', 'IPOD2008PINK', 'Pink', 10),
        variant('49148385', 'IPOD2008RED', 'Red', 20),
        variant('39072856', 'IPOD2008GREEN', 'Green', 30),
        variant('457924702', 'IPOD2008BLACK', 'Black', 40),
      ],
    }]);
  });

  it('refuses a product without the shop currency (its payload carries none)', () => {
    expect(refusalOf(shopifyAdapter.mapWebhook('products/update', fixtureJson('shopify/product.json')))).toEqual({
      reason: 'missing-context', path: 'product.variants.0.price', message: expect.stringContaining('shopCurrency'),
    });
  });
});

describe('Shopify privacy topics', () => {
  const shop = { shop_id: 954889, shop_domain: 'shop-name.myshopify.com' };
  const customer = { id: 191167, email: ' John@Example.com ', phone: '555-625-1199' };

  it('records customers/data_request with the orders asked for', () => {
    const payload = { ...shop, orders_requested: [299938, 280263, 220458], customer, data_request: { id: 9999 } };
    expect(entitiesOf(shopifyAdapter.mapWebhook('customers/data_request', payload))).toEqual([{
      kind: 'privacy-request', type: 'customer-data-request', platformId: '9999', shopDomain: 'shop-name.myshopify.com',
      customerRef: '191167', email: 'john@example.com', orderRefs: ['299938', '280263', '220458'],
    }]);
  });

  it('records customers/redact with the orders to erase', () => {
    const payload = { ...shop, customer, orders_to_redact: [299938, 280263, 220458] };
    expect(entitiesOf(shopifyAdapter.mapWebhook('customers/redact', payload))).toEqual([{
      kind: 'privacy-request', type: 'customer-redact', platformId: null, shopDomain: 'shop-name.myshopify.com',
      customerRef: '191167', email: 'john@example.com', orderRefs: ['299938', '280263', '220458'],
    }]);
  });

  it('records shop/redact', () => {
    expect(entitiesOf(shopifyAdapter.mapWebhook('shop/redact', shop))).toEqual([{
      kind: 'privacy-request', type: 'shop-redact', platformId: null, shopDomain: 'shop-name.myshopify.com',
      customerRef: null, email: null, orderRefs: [],
    }]);
  });

  it('refuses customers/redact without the customer, naming the path', () => {
    expect(refusalOf(shopifyAdapter.mapWebhook('customers/redact', shop))).toMatchObject({ reason: 'missing-field', path: 'customer' });
  });
});
