/**
 * @module The generic adapter, for any store (and the demo store): a signed JSON webhook
 * whose `data` IS a canonical entity (canonical.ts, without `kind`), validated with its
 * zod schema, and the HS256 JWT identity. Headers and signature: shared/signed-envelope.ts;
 * the format for store developers: generic/README.md.
 */
import { z } from 'zod';
import {
  CanonicalCustomer, CanonicalFulfillment, CanonicalOrder, CanonicalPrivacyRequest, CanonicalProduct, CanonicalRefund,
  PlatformId, type CanonicalEntity,
} from '../canonical.ts';
import type { PlatformAdapter } from '../contract.ts';
import { verifyJwtIdentity } from '../shared/jwt-identity.ts';
import { mapperOf, mapTopic, type Locate, type TopicMapper } from '../shared/payload.ts';
import { verifySignedEnvelope } from '../shared/signed-envelope.ts';

/** The envelope's `data` with the entity's `kind` set, so the canonical schema applies as is. */
function dataAs(kind: CanonicalEntity['kind']): Locate {
  return (payload) => {
    const data = payload && typeof payload === 'object' ? (payload as { data?: unknown }).data : undefined;
    const value = data && typeof data === 'object' && !Array.isArray(data) ? { ...data, kind } : data;
    return { value, prefix: ['data'] };
  };
}

function entity<S extends z.ZodType<CanonicalEntity>>(schema: S, kind: CanonicalEntity['kind']): TopicMapper {
  return mapperOf(schema, dataAs(kind), (input) => [input]);
}

function removal(of: 'order' | 'customer' | 'product'): TopicMapper {
  return mapperOf(z.object({ platformId: PlatformId }), dataAs('removal'), ({ platformId }) => [
    { kind: 'removal', entity: of, platformId },
  ]);
}

const customer = entity(CanonicalCustomer, 'customer');
const product = entity(CanonicalProduct, 'product');
const order = entity(CanonicalOrder, 'order');
const fulfillment = entity(CanonicalFulfillment, 'fulfillment');

/** The generic webhook's topics; `data` is the entity named before the dot. */
const MAPPERS: Record<string, TopicMapper> = {
  'customer.created': customer,
  'customer.updated': customer,
  'customer.deleted': removal('customer'),
  'product.created': product,
  'product.updated': product,
  'product.deleted': removal('product'),
  'order.created': order,
  'order.updated': order,
  'order.cancelled': order,
  'order.deleted': removal('order'),
  'fulfillment.created': fulfillment,
  'fulfillment.updated': fulfillment,
  'refund.created': entity(CanonicalRefund, 'refund'),
  'privacy.requested': entity(CanonicalPrivacyRequest, 'privacy-request'),
};

export const genericAdapter: PlatformAdapter = {
  platform: 'generic',
  topics: Object.keys(MAPPERS),
  verifyWebhook: verifySignedEnvelope,
  mapWebhook: (topic, payload, context) => mapTopic(MAPPERS, topic, payload, context),
  verifyIdentity: verifyJwtIdentity,
};
