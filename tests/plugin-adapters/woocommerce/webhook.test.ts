/**
 * @module WooCommerce webhook verification: the signatures.md vector and the real order
 * 727 signed with the vector secret; the unsigned creation ping; dedup keys per state of
 * a resource; forged, missing and tampered signatures refused.
 */
import { describe, expect, it } from 'vitest';
import { woocommerceAdapter } from '../../../plugin-adapters/index.ts';
import { base64Hmac, fixtureBytes, VECTOR_SECRET } from '../helpers.ts';

function headers(topic: string, signature?: string): Record<string, string> {
  return {
    'x-wc-webhook-topic': topic,
    'x-wc-webhook-resource': topic.split('.')[0],
    'x-wc-webhook-delivery-id': '4cd8bbdc',
    ...(signature === undefined ? {} : { 'x-wc-webhook-signature': signature }),
  };
}

const verify = (body: Uint8Array, h: Record<string, string>, secret = VECTOR_SECRET) => woocommerceAdapter.verifyWebhook(body, h, secret);

describe('WooCommerce webhook signature', () => {
  it('accepts the signatures.md vector in X-WC-Webhook-Signature', () => {
    const body = Buffer.from('{"id":450789469,"name":"#1001"}');
    expect(verify(body, headers('order.updated', 'Y3S0OcgdRab3yE7clVq/m9rzY5a6y13OKkjMFe0FjeI='))).toEqual({
      ok: true, kind: 'delivery', topic: 'order.updated', dedupKey: 'order:450789469:updated', occurredAt: null,
    });
  });

  it('accepts the real order 727 and keys it by id and date_modified_gmt', () => {
    const body = fixtureBytes('woocommerce/order-727.json');
    expect(verify(body, headers('order.updated', base64Hmac(VECTOR_SECRET, body)))).toEqual({
      ok: true, kind: 'delivery', topic: 'order.updated', dedupKey: 'order:727:2017-03-22T19:28:08', occurredAt: '2017-03-22T19:28:08.000Z',
    });
  });

  it('gives a redelivery the same key and a later change of the order another', () => {
    const body = fixtureBytes('woocommerce/order-727.json');
    const again = verify(body, { ...headers('order.updated', base64Hmac(VECTOR_SECRET, body)), 'x-wc-webhook-delivery-id': 'other' });
    const changed = Buffer.from(body.toString('utf8').replace('"date_modified_gmt": "2017-03-22T19:28:08"', '"date_modified_gmt": "2017-03-23T08:00:00"'));
    const later = verify(changed, headers('order.updated', base64Hmac(VECTOR_SECRET, changed)));
    expect(again).toMatchObject({ ok: true, dedupKey: 'order:727:2017-03-22T19:28:08' });
    expect(later).toMatchObject({ ok: true, dedupKey: 'order:727:2017-03-23T08:00:00' });
  });

  it('keys a deletion, which carries only the id, by its event', () => {
    const body = Buffer.from('{"id":727}');
    expect(verify(body, headers('order.deleted', base64Hmac(VECTOR_SECRET, body)))).toMatchObject({ ok: true, dedupKey: 'order:727:deleted' });
  });

  it("answers WooCommerce's unsigned creation ping as a ping", () => {
    expect(verify(Buffer.from('webhook_id=15'), {})).toEqual({ ok: true, kind: 'ping', topic: 'ping', dedupKey: 'ping:15', occurredAt: null });
  });

  it('refuses any other unsigned body, and a signed "ping" whose signature is wrong', () => {
    expect(verify(Buffer.from('webhook_id=15&topic=order.updated'), {})).toMatchObject({ ok: false, reason: 'missing-signature' });
    expect(verify(fixtureBytes('woocommerce/order-727.json'), headers('order.updated'))).toMatchObject({ ok: false, reason: 'missing-signature' });
    expect(verify(Buffer.from('webhook_id=15'), headers('order.updated', base64Hmac('x', 'y')))).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses another secret, a changed total and a truncated signature', () => {
    const body = fixtureBytes('woocommerce/order-727.json');
    const good = base64Hmac(VECTOR_SECRET, body);
    expect(verify(body, headers('order.updated', base64Hmac('not-hush', body)))).toMatchObject({ ok: false, reason: 'bad-signature' });
    const tampered = Buffer.from(body.toString('utf8').replace('"total": "29.35"', '"total": "0.01"'));
    expect(verify(tampered, headers('order.updated', good))).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verify(body, headers('order.updated', good.slice(0, 43)))).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a signed delivery without a topic or without a JSON object with an id', () => {
    const body = fixtureBytes('woocommerce/order-727.json');
    const signature = base64Hmac(VECTOR_SECRET, body);
    expect(verify(body, { 'x-wc-webhook-signature': signature })).toMatchObject({ ok: false, reason: 'missing-header' });
    const notJson = Buffer.from('not json');
    expect(verify(notJson, headers('order.updated', base64Hmac(VECTOR_SECRET, notJson)))).toMatchObject({ ok: false, reason: 'malformed-body' });
  });
});
