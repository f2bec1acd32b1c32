/**
 * @module Medusa v2 customers → canonical (customer.created, customer.updated, and the
 * customer inside an order).
 */
import { z } from 'zod';
import type { CanonicalCustomer } from '../canonical.ts';
import { instant, platformId } from '../shared/payload.ts';
import { fullName, normalizeEmail } from '../shared/text.ts';

export const MedusaCustomer = z.object({
  id: platformId,
  email: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  updated_at: instant.nullish(),
});

export function mapMedusaCustomer(c: z.output<typeof MedusaCustomer>): CanonicalCustomer {
  return {
    kind: 'customer',
    platformId: c.id,
    email: normalizeEmail(c.email),
    name: fullName(c.first_name, c.last_name),
    locale: null,
    updatedAt: c.updated_at ?? null,
  };
}
