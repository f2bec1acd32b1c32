/**
 * @module `GET /v1/orders/{number}`: one of the verified customer's own orders, in brief
 * (number, date, status, items) — what a widget shows when it acts on an order. Another
 * customer's order and an unknown number answer the same 404.
 */
import { createRoute } from '@hono/zod-openapi';
import { withShop } from '../kernel/db/tenancy.ts';
import { problem, ShopHeader, storefrontErrors } from '../kernel/http/contract.ts';
import { sessionCustomer } from '../kernel/http/customer-session.ts';
import { Problem } from '../kernel/http/errors.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { OrderNumberParam, OrderSummaryView } from './contract.ts';
import { findOrderByNumber, listOrderLines } from './db.ts';

const one = createRoute({
  method: 'get',
  path: '/orders/{number}',
  tags: ['Orders'],
  summary: "One of the signed-in customer's orders, in brief",
  request: { headers: ShopHeader, params: OrderNumberParam },
  responses: {
    200: { description: 'The order', content: { 'application/json': { schema: OrderSummaryView } } },
    401: problem('Not a verified customer (send the session as Authorization: Bearer)'),
    ...storefrontErrors,
    404: problem('No order with this number belongs to this customer'),
  },
});

export function orderRoutes({ db }: AppDeps) {
  const app = router<ShopEnv>();
  app.openapi(one, async (c) => {
    const customerId = await sessionCustomer(c);
    if (!customerId) throw new Problem('unauthorized', { detail: 'Sign in to the store to see your orders' });
    const shop = c.var.shop;
    const view = await withShop(db.sql, shop.id, async (tx) => {
      const o = await findOrderByNumber(tx, c.req.valid('param').number);
      if (!o || o.customerId !== customerId) return undefined;
      const lines = await listOrderLines(tx, o.id);
      return {
        number: o.number, status: o.status, placedAt: o.placedAt.toISOString(), currency: o.currency, totalAmount: o.totalAmount,
        lines: lines.map((l) => ({ title: l.title, quantity: l.quantity })),
      };
    });
    if (!view) throw new Problem('not-found', { detail: 'No order with this number belongs to you' });
    return c.json(view, 200, { 'cache-control': 'private, no-store' });
  });
  return app;
}
