/**
 * @module The Medusa v2 adapter. The subscriber in medusa/subscriber/ forwards Medusa's
 * events signed with Rapport's own scheme (shared/signed-envelope.ts: the generic
 * webhook's headers) as `{ "topic": "<Medusa event>", "data": <order or customer> }`;
 * this adapter maps Medusa's shapes. Identity: the HS256 JWT the subscriber's
 * `/store/rapport-token` route mints for the logged-in customer.
 */
import type { PlatformAdapter } from '../contract.ts';
import { verifyJwtIdentity } from '../shared/jwt-identity.ts';
import { mapperOf, mapTopic, removalOf, unwrap, type Locate, type TopicMapper } from '../shared/payload.ts';
import { verifySignedEnvelope } from '../shared/signed-envelope.ts';
import { mapMedusaCustomer, MedusaCustomer } from './customer.ts';
import { mapMedusaOrder, MedusaOrder } from './order.ts';

/** The envelope's `data`, itself unwrapped when it is a store API response (`{ "order": {...} }`). */
function dataOf(payload: unknown, key: string): ReturnType<Locate> {
  const data = payload && typeof payload === 'object' ? (payload as { data?: unknown }).data : undefined;
  const inner = unwrap(data, key);
  return { value: inner.value, prefix: ['data', ...inner.prefix] };
}

const order = mapperOf(MedusaOrder, (payload) => dataOf(payload, 'order'), mapMedusaOrder);
const customer = mapperOf(MedusaCustomer, (payload) => dataOf(payload, 'customer'), (c) => [mapMedusaCustomer(c)]);

/** Medusa's event names; every order and parcel event carries the whole order. */
const MAPPERS: Record<string, TopicMapper> = {
  'order.placed': order,
  'order.updated': order,
  'order.completed': order,
  'order.canceled': order,
  'order.fulfillment_created': order,
  'order.fulfillment_canceled': order,
  'shipment.created': order,
  'delivery.created': order,
  'customer.created': customer,
  'customer.updated': customer,
  'customer.deleted': removalOf('customer', (payload) => dataOf(payload, 'customer')),
};

export const medusaAdapter: PlatformAdapter = {
  platform: 'medusa',
  topics: Object.keys(MAPPERS),
  verifyWebhook: verifySignedEnvelope,
  mapWebhook: (topic, payload, context) => mapTopic(MAPPERS, topic, payload, context),
  verifyIdentity: verifyJwtIdentity,
};
