/**
 * @module Shopify webhook verification: the signatures.md vector, every real fixture
 * signed with the vector secret, and forged, missing and malformed signatures refused.
 */
import { describe, expect, it } from 'vitest';
import { shopifyAdapter } from '../../../plugin-adapters/index.ts';
import { base64Hmac, fixtureBytes, VECTOR_SECRET } from '../helpers.ts';

const FIXTURES = ['order.json', 'orders.json', 'fulfillment.json', 'fulfillment_event.json', 'refund.json', 'customer.json', 'product.json'];

function headers(signature: string | null, extra: Record<string, string> = {}): Headers {
  const h = new Headers({ 'X-Shopify-Topic': 'orders/updated', 'X-Shopify-Webhook-Id': 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043', ...extra });
  if (signature !== null) h.set('X-Shopify-Hmac-Sha256', signature);
  return h;
}

describe('Shopify webhook signature', () => {
  it('accepts the signatures.md vector (secret "hush", its exact body and base64 HMAC)', () => {
    const body = Buffer.from('{"id":450789469,"name":"#1001"}');
    const result = shopifyAdapter.verifyWebhook(body, headers('Y3S0OcgdRab3yE7clVq/m9rzY5a6y13OKkjMFe0FjeI='), VECTOR_SECRET);
    expect(result).toEqual({
      ok: true, kind: 'delivery', topic: 'orders/updated', dedupKey: 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043', occurredAt: null,
    });
  });

  it.each(FIXTURES)('accepts the real %s signed over its raw bytes', (name) => {
    const body = fixtureBytes(`shopify/${name}`);
    const result = shopifyAdapter.verifyWebhook(body, headers(base64Hmac(VECTOR_SECRET, body)), VECTOR_SECRET);
    expect(result.ok && result.kind).toBe('delivery');
  });

  it('takes the delivery id as the dedup key and the trigger time as when it happened', () => {
    const body = fixtureBytes('shopify/order.json');
    const h = headers(base64Hmac(VECTOR_SECRET, body), { 'X-Shopify-Triggered-At': '2023-03-29T18:00:27.877041743Z' });
    const first = shopifyAdapter.verifyWebhook(body, h, VECTOR_SECRET);
    const redelivery = shopifyAdapter.verifyWebhook(body, h, VECTOR_SECRET);
    expect(first).toEqual({
      ok: true, kind: 'delivery', topic: 'orders/updated', dedupKey: 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043',
      occurredAt: '2023-03-29T18:00:27.877Z',
    });
    expect(redelivery).toEqual(first);
  });

  it('reads Node-style header objects, whatever the case of their names', () => {
    const body = fixtureBytes('shopify/customer.json');
    const result = shopifyAdapter.verifyWebhook(body, {
      'x-shopify-hmac-sha256': base64Hmac(VECTOR_SECRET, body), 'x-shopify-topic': 'customers/update', 'x-shopify-webhook-id': 'd1',
    }, VECTOR_SECRET);
    expect(result).toMatchObject({ ok: true, topic: 'customers/update', dedupKey: 'd1' });
  });

  it('refuses a signature made with another secret', () => {
    const body = fixtureBytes('shopify/order.json');
    expect(shopifyAdapter.verifyWebhook(body, headers(base64Hmac('not-hush', body)), VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a body changed by one byte after signing', () => {
    const body = fixtureBytes('shopify/order.json');
    const signature = base64Hmac(VECTOR_SECRET, body);
    const changed = Buffer.from(body.toString('utf8').replace('"409.94"', '"409.95"'));
    expect(shopifyAdapter.verifyWebhook(changed, headers(signature), VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses the JSON re-serialized (the HMAC is over the bytes as sent)', () => {
    const body = fixtureBytes('shopify/refund.json');
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(body.toString('utf8'))));
    expect(shopifyAdapter.verifyWebhook(reserialized, headers(base64Hmac(VECTOR_SECRET, body)), VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a missing signature, an empty one, one cut short and one that is not base64', () => {
    const body = fixtureBytes('shopify/product.json');
    const good = base64Hmac(VECTOR_SECRET, body);
    expect(shopifyAdapter.verifyWebhook(body, headers(null), VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'missing-signature' });
    expect(shopifyAdapter.verifyWebhook(body, headers(''), VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'missing-signature' });
    expect(shopifyAdapter.verifyWebhook(body, headers(good.slice(0, 20)), VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(shopifyAdapter.verifyWebhook(body, headers(`${good.slice(0, -2)}!!`), VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(shopifyAdapter.verifyWebhook(body, headers(Buffer.from(good, 'base64').toString('hex')), VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a signed delivery without its topic or webhook id', () => {
    const body = fixtureBytes('shopify/order.json');
    const h = headers(base64Hmac(VECTOR_SECRET, body));
    h.delete('X-Shopify-Webhook-Id');
    expect(shopifyAdapter.verifyWebhook(body, h, VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'missing-header' });
    h.set('X-Shopify-Webhook-Id', 'x');
    h.delete('X-Shopify-Topic');
    expect(shopifyAdapter.verifyWebhook(body, h, VECTOR_SECRET)).toMatchObject({ ok: false, reason: 'missing-header' });
  });
});
