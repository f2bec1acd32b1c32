/**
 * @module Storefront identity: `POST /v1/identity/exchange` swaps the store's signed proof
 * of who is logged in for a short-lived Rapport session token.
 */
import { createRoute } from '@hono/zod-openapi';
import { ShopHeader, storefrontErrors, problem } from '../kernel/http/contract.ts';
import { IdentityExchangeBody, IdentityExchangeResult } from './contract.ts';
import { verifyStorefrontToken } from './proof.ts';
import { issueSessionToken } from '../kernel/http/customer-session.ts';
import { upsertCustomerByIdentity } from './db.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';

const exchange = createRoute({
  method: 'post',
  path: '/identity/exchange',
  tags: ['Identity'],
  summary: 'Exchange a storefront identity proof for a customer session token',
  request: {
    headers: ShopHeader,
    body: { required: true, content: { 'application/json': { schema: IdentityExchangeBody } } },
  },
  responses: {
    200: { description: 'Session token', content: { 'application/json': { schema: IdentityExchangeResult } } },
    401: problem('Forged, expired or other-shop token'),
    ...storefrontErrors,
  },
});

export function identityRoutes({ db }: AppDeps) {
  const app = router<ShopEnv>();
  app.openapi(exchange, async (c) => {
    const shop = c.var.shop;
    const { token } = c.req.valid('json');
    const claims = await verifyStorefrontToken(token, shop);
    const customer = await withShop(db.sql, shop.id, (tx) =>
      upsertCustomerByIdentity(tx, shop.id, {
        platform: claims.platform,
        externalId: claims.sub,
        email: claims.email,
        name: claims.name,
      }),
    );
    const session = await issueSessionToken(shop, customer.id);
    return c.json(
      {
        sessionToken: session.token,
        expiresAt: session.expiresAt.toISOString(),
        customer: { id: customer.id, email: customer.email, name: customer.name },
      },
      200,
    );
  });
  return app;
}
