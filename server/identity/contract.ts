/**
 * @module Contract: customer identity exchange (storefront proof → session token).
 */
import { z } from '@hono/zod-openapi';

export const IdentityExchangeBody = z
  .object({
    token: z.string().min(10).max(4096).openapi({ description: 'HS256 JWT signed by the store with the shop secret' }),
  })
  .openapi('IdentityExchangeRequest');

export const IdentityExchangeResult = z
  .object({
    sessionToken: z.string(),
    expiresAt: z.iso.datetime(),
    customer: z.object({ id: z.uuid(), email: z.string().nullable(), name: z.string().nullable() }),
  })
  .openapi('IdentityExchangeResult');

export type IdentityExchangeResult = z.infer<typeof IdentityExchangeResult>;
