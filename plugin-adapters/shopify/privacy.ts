/**
 * @module Shopify's mandatory privacy topics → a canonical privacy request:
 * customers/data_request (send the customer their data), customers/redact (erase one
 * customer), shop/redact (erase the shop, 48 hours after it uninstalled the app).
 */
import { z } from 'zod';
import type { CanonicalPrivacyRequest } from '../canonical.ts';
import { platformId } from '../shared/payload.ts';
import { normalizeEmail, textOrNull } from '../shared/text.ts';

export const PRIVACY_TOPICS = {
  'customers/data_request': 'customer-data-request',
  'customers/redact': 'customer-redact',
  'shop/redact': 'shop-redact',
} as const;

const PrivacyCustomer = z.object({ id: platformId, email: z.string().nullish() });

export const ShopifyPrivacyPayload = {
  'customers/data_request': z.object({
    shop_domain: z.string().nullish(),
    customer: PrivacyCustomer,
    orders_requested: z.array(platformId).nullish(),
    data_request: z.object({ id: platformId }).nullish(),
  }),
  'customers/redact': z.object({
    shop_domain: z.string().nullish(),
    customer: PrivacyCustomer,
    orders_to_redact: z.array(platformId).nullish(),
  }),
  'shop/redact': z.object({ shop_domain: z.string().min(1) }),
} as const;

type PrivacyInput = {
  shop_domain?: string | null;
  customer?: z.output<typeof PrivacyCustomer>;
  orders_requested?: string[] | null;
  orders_to_redact?: string[] | null;
  data_request?: { id: string } | null;
};

export function mapShopifyPrivacy(topic: keyof typeof PRIVACY_TOPICS, input: PrivacyInput): CanonicalPrivacyRequest {
  return {
    kind: 'privacy-request',
    type: PRIVACY_TOPICS[topic],
    platformId: input.data_request?.id ?? null,
    shopDomain: textOrNull(input.shop_domain),
    customerRef: input.customer?.id ?? null,
    email: normalizeEmail(input.customer?.email),
    orderRefs: input.orders_requested ?? input.orders_to_redact ?? [],
  };
}
