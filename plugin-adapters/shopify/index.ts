/**
 * @module The Shopify adapter: webhooks signed with `X-Shopify-Hmac-Sha256` (base64
 * HMAC-SHA256 of the raw body with the app's secret), deduplicated on
 * `X-Shopify-Webhook-Id`; order, fulfillment, refund, customer, product and privacy
 * topics mapped to canonical entities; app-proxy signatures as the identity proof.
 */
import type { PlatformAdapter, WebhookVerification } from '../contract.ts';
import { bare, mapperOf, mapTopic, removalOf, wrappedIn, type TopicMapper } from '../shared/payload.ts';
import { digestMatches, headerValue, hmacSha256, type HeadersLike } from '../shared/signatures.ts';
import { verifyAppProxy } from './app-proxy.ts';
import { mapShopifyCustomer, ShopifyCustomer } from './customer.ts';
import { mapShopifyFulfillment, mapShopifyFulfillmentEvent, ShopifyFulfillment, ShopifyFulfillmentEvent } from './fulfillment.ts';
import { mapShopifyOrder, ShopifyOrder } from './order.ts';
import { mapShopifyPrivacy, PRIVACY_TOPICS, ShopifyPrivacyPayload } from './privacy.ts';
import { mapShopifyProduct, ShopifyProduct } from './product.ts';
import { mapShopifyRefund, ShopifyRefund } from './refund.ts';

export const SHOPIFY_HMAC_HEADER = 'X-Shopify-Hmac-Sha256';
export const SHOPIFY_TOPIC_HEADER = 'X-Shopify-Topic';
export const SHOPIFY_WEBHOOK_ID_HEADER = 'X-Shopify-Webhook-Id';
export const SHOPIFY_TRIGGERED_AT_HEADER = 'X-Shopify-Triggered-At';

const order = mapperOf(ShopifyOrder, wrappedIn('order'), mapShopifyOrder);
const fulfillment = mapperOf(ShopifyFulfillment, wrappedIn('fulfillment'), (f) => [mapShopifyFulfillment(f)]);
const fulfillmentEvent = mapperOf(ShopifyFulfillmentEvent, wrappedIn('fulfillment_event'), (e) => [mapShopifyFulfillmentEvent(e)]);
const refund = mapperOf(ShopifyRefund, wrappedIn('refund'), (r, context) => [mapShopifyRefund(r, [], context?.shopCurrency ?? null)]);
const customer = mapperOf(ShopifyCustomer, wrappedIn('customer'), (c) => [mapShopifyCustomer(c)]);
const product = mapperOf(ShopifyProduct, wrappedIn('product'), (p, context) => [mapShopifyProduct(p, context)]);
const privacy = (topic: keyof typeof PRIVACY_TOPICS) =>
  mapperOf(ShopifyPrivacyPayload[topic], bare, (input) => [mapShopifyPrivacy(topic, input)]);

const MAPPERS: Record<string, TopicMapper> = {
  'orders/create': order,
  'orders/updated': order,
  'orders/fulfilled': order,
  'orders/cancelled': order,
  'orders/delete': removalOf('order'),
  'fulfillments/create': fulfillment,
  'fulfillments/update': fulfillment,
  'fulfillment_events/create': fulfillmentEvent,
  'refunds/create': refund,
  'customers/create': customer,
  'customers/update': customer,
  'customers/delete': removalOf('customer'),
  'products/create': product,
  'products/update': product,
  'products/delete': removalOf('product'),
  'customers/data_request': privacy('customers/data_request'),
  'customers/redact': privacy('customers/redact'),
  'shop/redact': privacy('shop/redact'),
};

function refuse(reason: Extract<WebhookVerification, { ok: false }>['reason'], message: string): WebhookVerification {
  return { ok: false, reason, message };
}

/** Checks the HMAC of the raw body; the topic and webhook id come from Shopify's headers. */
export function verifyShopifyWebhook(rawBody: Uint8Array, headers: HeadersLike, secret: string): WebhookVerification {
  const signature = headerValue(headers, SHOPIFY_HMAC_HEADER);
  if (!signature) return refuse('missing-signature', `No ${SHOPIFY_HMAC_HEADER} header`);
  if (!digestMatches(hmacSha256(secret, rawBody), signature, 'base64')) return refuse('bad-signature', 'The HMAC does not match the body');
  const topic = headerValue(headers, SHOPIFY_TOPIC_HEADER)?.trim();
  const webhookId = headerValue(headers, SHOPIFY_WEBHOOK_ID_HEADER)?.trim();
  if (!topic) return refuse('missing-header', `No ${SHOPIFY_TOPIC_HEADER} header`);
  if (!webhookId || webhookId.length > 200) return refuse('missing-header', `No ${SHOPIFY_WEBHOOK_ID_HEADER} header`);
  const triggered = Date.parse(headerValue(headers, SHOPIFY_TRIGGERED_AT_HEADER) ?? '');
  return {
    ok: true,
    kind: 'delivery',
    topic,
    dedupKey: webhookId,
    occurredAt: Number.isFinite(triggered) ? new Date(triggered).toISOString() : null,
  };
}

export const shopifyAdapter: PlatformAdapter = {
  platform: 'shopify',
  topics: Object.keys(MAPPERS),
  verifyWebhook: (rawBody, headers, secret) => verifyShopifyWebhook(rawBody, headers, secret),
  mapWebhook: (topic, payload, context) => mapTopic(MAPPERS, topic, payload, context),
  verifyIdentity: async (proof, secret, now) => verifyAppProxy(proof, secret, now),
};
