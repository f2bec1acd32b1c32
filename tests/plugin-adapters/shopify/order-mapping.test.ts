/**
 * @module Shopify orders mapped field by field: order.json (a REST `{ "order": … }` with a
 * customer and a failed fulfillment) and orders.json's order (discounts, a USPS
 * fulfillment, a partial refund). Expected values are written out from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { shopifyAdapter } from '../../../plugin-adapters/index.ts';
import { entitiesOf, fixtureJson } from '../helpers.ts';

const ipodLine = (platformId: string, variantRef: string, sku: string, variantTitle: string, discountAmount: number) => ({
  platformId, productRef: '632910392', variantRef, sku, title: 'IPod Nano - 8gb', variantTitle,
  quantity: 1, unitAmount: 19900, discountAmount, finalSale: false,
});

describe('Shopify order.json', () => {
  const [order, customer, fulfillment, ...rest] = entitiesOf(shopifyAdapter.mapWebhook('orders/create', fixtureJson('shopify/order.json')));

  it('maps the order: number as shown, money in cents, times in UTC, status from the authorized payment', () => {
    expect(order).toEqual({
      kind: 'order',
      platformId: '450789469',
      number: '#1001',
      email: 'bob.norman@hostmail.com',
      customerRef: '207119551',
      status: 'paid',
      currency: 'USD',
      subtotalAmount: 39800,
      shippingAmount: 0,
      taxAmount: 1194,
      discountAmount: 0,
      totalAmount: 40994,
      placedAt: '2008-01-10T16:00:00.000Z',
      updatedAt: '2008-01-10T16:00:00.000Z',
      cancelledAt: null,
      locale: null,
      shippingPostcode: '40202',
      shippingMethod: 'Free Shipping',
      lines: [
        ipodLine('466157049', '39072856', 'IPOD2008GREEN', 'green', 0),
        ipodLine('518995019', '49148385', 'IPOD2008RED', 'red', 0),
        ipodLine('703073504', '457924702', 'IPOD2008BLACK', 'black', 0),
      ],
    });
  });

  it('maps the customer it carries', () => {
    expect(customer).toEqual({
      kind: 'customer', platformId: '207119551', email: 'bob.norman@hostmail.com', name: 'Bob Norman', locale: null,
      updatedAt: '2014-01-22T20:58:27.000Z',
    });
  });

  it('maps its failed fulfillment as an exception with the UPS tracking', () => {
    expect(fulfillment).toEqual({
      kind: 'fulfillment',
      platformId: '255858046',
      orderRef: '450789469',
      status: 'exception',
      platformStatus: 'failure',
      carrier: null,
      trackingNumber: '1Z2345',
      trackingUrl: 'http://wwwapps.ups.com/etracking/tracking.cgi?InquiryNumber1=1Z2345&TypeOfInquiryNumber=T&AcceptUPSLicenseAgreement=yes&submit=Track',
      shippedAt: null,
      deliveredAt: null,
      estimatedDelivery: null,
      updatedAt: '2014-01-22T20:58:27.000Z',
      lines: [{ lineRef: '466157049', quantity: 1 }],
      events: [],
    });
    expect(rest).toEqual([]);
  });

  it('maps the bare order the same way as the wrapped one (webhooks send it bare)', () => {
    const bare = shopifyAdapter.mapWebhook('orders/updated', fixtureJson('shopify/order.json').order);
    expect(entitiesOf(bare)).toEqual([order, customer, fulfillment]);
  });
});

describe("Shopify orders.json's order", () => {
  const [order, customer, fulfillment, refund, ...rest] = entitiesOf(
    shopifyAdapter.mapWebhook('orders/updated', fixtureJson('shopify/orders.json').orders[0]),
  );

  it('maps the order with its line discount allocations and shipping from total_shipping_price_set', () => {
    expect(order).toEqual({
      kind: 'order',
      platformId: '450789469',
      number: '#1001',
      email: 'bob.norman@hostmail.com',
      customerRef: '207119551',
      status: 'paid',
      currency: 'USD',
      subtotalAmount: 59700,
      shippingAmount: 0,
      taxAmount: 1194,
      discountAmount: 1000,
      totalAmount: 59894,
      placedAt: '2008-01-10T16:00:00.000Z',
      updatedAt: '2008-01-10T16:00:00.000Z',
      cancelledAt: null,
      locale: null,
      shippingPostcode: '40202',
      shippingMethod: 'Free Shipping',
      lines: [
        ipodLine('466157049', '39072856', 'IPOD2008GREEN', 'green', 334),
        ipodLine('518995019', '49148385', 'IPOD2008RED', 'red', 333),
        ipodLine('703073504', '457924702', 'IPOD2008BLACK', 'black', 333),
      ],
    });
  });

  it('maps the customer', () => {
    expect(customer).toEqual({
      kind: 'customer', platformId: '207119551', email: 'bob.norman@hostmail.com', name: 'Bob Norman', locale: null,
      updatedAt: '2021-02-12T18:51:00.000Z',
    });
  });

  it('maps the USPS fulfillment', () => {
    expect(fulfillment).toEqual({
      kind: 'fulfillment',
      platformId: '255858046',
      orderRef: '450789469',
      status: 'exception',
      platformStatus: 'failure',
      carrier: 'USPS',
      trackingNumber: '1Z2345',
      trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1=1Z2345',
      shippedAt: null,
      deliveredAt: null,
      estimatedDelivery: null,
      updatedAt: '2021-02-12T18:51:00.000Z',
      lines: [{ lineRef: '466157049', quantity: 1 }],
      events: [],
    });
  });

  it('maps the refund: 209.00 from its transaction, line subtotals and taxes sent as JSON numbers', () => {
    expect(refund).toEqual({
      kind: 'refund',
      platformId: '509562969',
      orderRef: '450789469',
      currency: 'USD',
      amount: 20900,
      reason: 'it broke during shipping',
      restock: true,
      createdAt: '2021-02-12T18:51:00.000Z',
      lines: [
        { platformId: '104689539', lineRef: '703073504', quantity: 1, subtotalAmount: 19567, taxAmount: 398 },
        { platformId: '709875399', lineRef: '466157049', quantity: 1, subtotalAmount: 19566, taxAmount: 398 },
      ],
    });
    expect(rest).toEqual([]);
  });
});
