/**
 * @module The WooCommerce adapter: webhooks signed with `X-WC-Webhook-Signature` (base64
 * HMAC-SHA256 of the raw body with the webhook's secret); the unsigned ping WooCommerce
 * sends when a webhook is created (`webhook_id=…`) answered as a ping; deliveries
 * deduplicated on (resource, id, `date_modified_gmt`) because WooCommerce's delivery ids
 * are not unique per event; the plugin's HS256 JWT as the identity proof.
 */
import type { PlatformAdapter, WebhookVerification } from '../contract.ts';
import { verifyJwtIdentity } from '../shared/jwt-identity.ts';
import { parseJsonKeepingBigIntegers } from '../shared/lossless-json.ts';
import { bare, mapperOf, mapTopic, removalOf, type TopicMapper } from '../shared/payload.ts';
import { digestMatches, headerValue, hmacSha256, type HeadersLike } from '../shared/signatures.ts';
import { mapWooCustomer, mapWooProduct, WooCustomer, WooProduct } from './catalog.ts';
import { mapWooOrder, WooOrder } from './order.ts';

export const WOO_SIGNATURE_HEADER = 'X-WC-Webhook-Signature';
export const WOO_TOPIC_HEADER = 'X-WC-Webhook-Topic';

const order = mapperOf(WooOrder, bare, mapWooOrder);
const customer = mapperOf(WooCustomer, bare, (c) => [mapWooCustomer(c)]);
const product = mapperOf(WooProduct, bare, (p, context) => [mapWooProduct(p, context)]);

const MAPPERS: Record<string, TopicMapper> = {
  'order.created': order,
  'order.updated': order,
  'order.restored': order,
  'order.deleted': removalOf('order'),
  'customer.created': customer,
  'customer.updated': customer,
  'customer.deleted': removalOf('customer'),
  'product.created': product,
  'product.updated': product,
  'product.restored': product,
  'product.deleted': removalOf('product'),
};

const PING = /^webhook_id=(\d{1,20})$/;
const TOPIC = /^(order|customer|product|coupon|action)\.[a-z_]+$/;
const GMT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

function refuse(reason: Extract<WebhookVerification, { ok: false }>['reason'], message: string): WebhookVerification {
  return { ok: false, reason, message };
}

/**
 * The key that names one state of one resource: a redelivery of it is a duplicate, a later
 * change is not. A deletion carries only the id, so the event stands in for the time.
 */
function dedupKey(topic: string, body: Record<string, unknown>): { key: string; modifiedAt: string | null } | null {
  const [resource, event] = topic.split('.');
  const id = body.id;
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  const modified = body.date_modified_gmt;
  if (typeof modified === 'string' && GMT.test(modified)) return { key: `${resource}:${id}:${modified}`, modifiedAt: `${modified}Z` };
  return { key: `${resource}:${id}:${event}`, modifiedAt: null };
}

export function verifyWooWebhook(rawBody: Uint8Array, headers: HeadersLike, secret: string): WebhookVerification {
  const signature = headerValue(headers, WOO_SIGNATURE_HEADER);
  if (!signature) {
    const ping = PING.exec(Buffer.from(rawBody).toString('latin1').trim());
    if (ping) return { ok: true, kind: 'ping', topic: 'ping', dedupKey: `ping:${ping[1]}`, occurredAt: null };
    return refuse('missing-signature', `No ${WOO_SIGNATURE_HEADER} header`);
  }
  if (!digestMatches(hmacSha256(secret, rawBody), signature, 'base64')) return refuse('bad-signature', 'The signature does not match the body');
  const topic = headerValue(headers, WOO_TOPIC_HEADER)?.trim() ?? '';
  if (!TOPIC.test(topic)) return refuse('missing-header', `No ${WOO_TOPIC_HEADER} header such as order.updated`);
  const body = parseJsonKeepingBigIntegers(rawBody);
  const key = body.ok && body.value && typeof body.value === 'object' ? dedupKey(topic, body.value as Record<string, unknown>) : null;
  if (!key) return refuse('malformed-body', 'The body must be a JSON object with an id');
  const modified = key.modifiedAt ? Date.parse(key.modifiedAt) : NaN;
  const occurredAt = Number.isFinite(modified) ? new Date(modified).toISOString() : null;
  return { ok: true, kind: 'delivery', topic, dedupKey: key.key, occurredAt };
}

export const woocommerceAdapter: PlatformAdapter = {
  platform: 'woocommerce',
  topics: Object.keys(MAPPERS),
  verifyWebhook: (rawBody, headers, secret) => verifyWooWebhook(rawBody, headers, secret),
  mapWebhook: (topic, payload, context) => mapTopic(MAPPERS, topic, payload, context),
  verifyIdentity: verifyJwtIdentity,
};
