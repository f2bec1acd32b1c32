/**
 * @module Shopify customers → canonical (customers/* topics and the customer inside an order).
 */
import { z } from 'zod';
import type { CanonicalCustomer } from '../canonical.ts';
import { instant, platformId } from '../shared/payload.ts';
import { fullName, normalizeEmail, textOrNull } from '../shared/text.ts';

export const ShopifyCustomer = z.object({
  id: platformId,
  email: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  locale: z.string().nullish(),
  updated_at: instant.nullish(),
});

export function mapShopifyCustomer(c: z.output<typeof ShopifyCustomer>): CanonicalCustomer {
  return {
    kind: 'customer',
    platformId: c.id,
    email: normalizeEmail(c.email),
    name: fullName(c.first_name, c.last_name),
    locale: textOrNull(c.locale),
    updatedAt: c.updated_at ?? null,
  };
}
