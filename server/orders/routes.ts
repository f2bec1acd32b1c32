/**
 * @module The shopper's orders API: `POST /v1/orders/lookup` (a guest's order number +
 * email, or a verified customer's number; limited per client, per shop and per order
 * number, with a proof-of-work challenge before any refusal), `GET /v1/orders` (the
 * verified customer's orders) and `GET /v1/orders/{number}` (one of them, tracked: what a
 * widget acting on an order shows, and the parcels). An unknown number, a wrong email and
 * another customer's order all answer the same 404.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { withShop } from '../kernel/db/tenancy.ts';
import { hit } from '../kernel/db/rate-limits.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { problem, ShopHeader, storefrontErrors } from '../kernel/http/contract.ts';
import { sessionCustomer } from '../kernel/http/customer-session.ts';
import { Problem } from '../kernel/http/errors.ts';
import { checkHuman, POW_HEADER } from '../kernel/http/human-check.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { CustomerOrderList, OrderLookupBody, OrderNumberParam, OrderTrackingView } from './contract.ts';
import { listOrders } from './db.ts';
import { CUSTOMER_ORDERS_MAX, ORDER_LOOKUP_RATE } from './limits.ts';
import { lookupOrder, numberKey } from './lookup.ts';

const Authorization = z.string().max(4096).optional().openapi({ description: 'Bearer <customer session token>' });
const PRIVATE = { 'cache-control': 'private, no-store' };
/** One answer for every miss: nothing in it says whether the number exists. */
const notFound = (guest: boolean) =>
  new Problem('not-found', { detail: guest ? 'No order matches this number and email or postcode' : 'No order with this number belongs to you' });

const lookup = createRoute({
  method: 'post',
  path: '/orders/lookup',
  tags: ['Orders'],
  summary: 'Track an order: a guest by number and email, a verified customer by number',
  request: {
    headers: ShopHeader.extend({
      authorization: Authorization,
      [POW_HEADER]: z.string().max(4000).optional().openapi({ description: 'A solved proof-of-work challenge (base64 JSON), when a 429 asked for one' }),
    }),
    body: { required: true, content: { 'application/json': { schema: OrderLookupBody } } },
  },
  responses: {
    200: { description: 'The order, tracked', content: { 'application/json': { schema: OrderTrackingView } } },
    401: problem('Invalid or expired customer session'),
    ...storefrontErrors,
    404: problem('No order matches (the same answer for an unknown number and a wrong email)'),
    429: problem('Past a limit: solve `challenge` (PowChallenge) and send again with the solution in X-Rapport-Pow'),
  },
});

const mine = createRoute({
  method: 'get',
  path: '/orders',
  tags: ['Orders'],
  summary: "The verified customer's orders, newest first",
  request: { headers: ShopHeader.extend({ authorization: Authorization }) },
  responses: {
    200: { description: 'Their orders', content: { 'application/json': { schema: CustomerOrderList } } },
    401: problem('Not a verified customer (send the session as Authorization: Bearer)'),
    ...storefrontErrors,
  },
});

const one = createRoute({
  method: 'get',
  path: '/orders/{number}',
  tags: ['Orders'],
  summary: "One of the verified customer's orders, with its parcels",
  request: { headers: ShopHeader.extend({ authorization: Authorization }), params: OrderNumberParam },
  responses: {
    200: { description: 'The order', content: { 'application/json': { schema: OrderTrackingView } } },
    401: problem('Not a verified customer (send the session as Authorization: Bearer)'),
    ...storefrontErrors,
    404: problem('No order with this number belongs to this customer'),
  },
});

export function orderRoutes({ db }: AppDeps) {
  const { sql } = db;
  const app = router<ShopEnv>();

  app.openapi(lookup, async (c) => {
    const shop = c.var.shop;
    const { number, email, postcode } = c.req.valid('json');
    const customerId = await sessionCustomer(c);
    const guest = email !== undefined || postcode !== undefined;
    if (!guest && !customerId) {
      throw new Problem('validation', { errors: [{ path: 'body.email', message: 'The email the order was placed with (or its shipping postcode)' }] });
    }
    // A customer looks among their own orders only; a guest's guesses are what needs limiting.
    if (guest) {
      const perOrder = await hit(sql, `order-lookup:order:${shop.id}:${numberKey(number)}`, ORDER_LOOKUP_RATE.perOrder.seconds);
      const gate = await checkHuman(sql, shop, clientIp(c) ?? 'unknown', {
        scope: 'order-lookup', ...ORDER_LOOKUP_RATE, suspicious: perOrder.hits > ORDER_LOOKUP_RATE.perOrder.hits, pow: c.req.valid('header')[POW_HEADER],
      });
      await gate.accepted();
    }
    const view = await lookupOrder(sql, shop, { number, email, postcode, customerId, record: true });
    if (!view) throw notFound(guest);
    return c.json(view, 200, PRIVATE);
  });

  app.openapi(mine, async (c) => {
    const customerId = await sessionCustomer(c);
    if (!customerId) throw new Problem('unauthorized', { detail: 'Sign in to the store to see your orders' });
    const orders = await withShop(sql, c.var.shop.id, (tx) => listOrders(tx, { customerId, limit: CUSTOMER_ORDERS_MAX }));
    const items = orders.map((o) => ({
      number: o.number, status: o.status, placedAt: o.placedAt.toISOString(), currency: o.currency, totalAmount: o.totalAmount, lineCount: o.lineCount,
    }));
    return c.json({ items }, 200, PRIVATE);
  });

  app.openapi(one, async (c) => {
    const customerId = await sessionCustomer(c);
    if (!customerId) throw new Problem('unauthorized', { detail: 'Sign in to the store to see your orders' });
    const view = await lookupOrder(sql, c.var.shop, { number: c.req.valid('param').number, customerId, record: false });
    if (!view) throw notFound(false);
    return c.json(view, 200, PRIVATE);
  });
  return app;
}
