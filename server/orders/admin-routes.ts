/**
 * @module Orders in the admin API (issue 9): search by number, email or customer name with
 * late or exception parcels first, one order with the very timeline the shopper sees
 * (`trackingView`), and the platforms' webhook deliveries with their outcome and why.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { findShopById } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { adminErrors, problem } from '../kernel/http/contract.ts';
import { Problem } from '../kernel/http/errors.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { StaffEnv } from '../kernel/http/staff-auth.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { DeliverySettings, DeliverySettingsView, saveSettingsSection, shopSettings } from '../shops/index.ts';
import { AdminOrderDetail, AdminOrderPage, AdminOrderQuery, DeliveryPage, DeliveryQuery } from './contract.ts';
import { findAdminOrder, knownShippingMethods, listDeliveryLog, listOrderLines, listParcels, searchAdminOrders, type AdminOrderCursor, type OrderSummary } from './db.ts';
import { deliveryRule } from './lookup.ts';
import { dayIn, trackingView } from './tracking-view.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const notFound = { 404: problem('No such order in this shop') };

const r = {
  list: createRoute({
    method: 'get', path: '/admin/orders', tags: ['Admin orders'], summary: 'Orders by number, email or name; late or exception parcels first, then the newest',
    request: { query: AdminOrderQuery }, responses: { 200: json(AdminOrderPage, 'A page of orders'), ...adminErrors },
  }),
  detail: createRoute({
    method: 'get', path: '/admin/orders/{id}', tags: ['Admin orders'], summary: 'One order, its lines and the timeline the shopper sees',
    request: { params: z.object({ id: z.uuid() }) }, responses: { 200: json(AdminOrderDetail, 'The order'), ...notFound, ...adminErrors },
  }),
  deliveries: createRoute({
    method: 'get', path: '/admin/webhook-deliveries', tags: ['Admin orders'], summary: "The platforms' webhook deliveries, newest first, with their outcome and why",
    request: { query: DeliveryQuery }, responses: { 200: json(DeliveryPage, 'Deliveries'), ...adminErrors },
  }),
  deliveryRulesGet: createRoute({
    method: 'get', path: '/admin/settings/delivery', tags: ['Admin'], summary: "Delivery rules (the shop's estimate when a carrier gives none), with the shipping methods its orders came with",
    responses: { 200: json(DeliverySettingsView, 'Rules'), ...adminErrors },
  }),
  deliveryRulesPut: createRoute({
    method: 'put', path: '/admin/settings/delivery', tags: ['Admin'], summary: 'Change the delivery rules: the default days and each shipping method\'s (owners)',
    request: { body: { required: true, content: { 'application/json': { schema: DeliverySettings } } } },
    responses: { 200: json(DeliverySettingsView, 'Saved'), ...adminErrors },
  }),
};

/** The cursor is opaque to clients: base64url of the last row's sort key. */
const encodeCursor = (key: AdminOrderCursor) => Buffer.from(JSON.stringify(key)).toString('base64url');
function decodeCursor(text: string): AdminOrderCursor {
  try {
    const key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 3 && (key[0] === 0 || key[0] === 1)
      && typeof key[1] === 'string' && /^\d{1,12}(\.\d{1,6})?$/.test(key[1])
      && typeof key[2] === 'string' && z.uuid().safeParse(key[2]).success) return key as AdminOrderCursor;
  } catch { /* answered below */ }
  throw new Problem('validation', { detail: 'The cursor is not one this list gave', errors: [{ path: 'query.cursor', message: 'Not a cursor of this list' }] });
}

const item = (o: OrderSummary & { customerName: string | null }) => ({
  id: o.id, number: o.number, email: o.email, customerName: o.customerName, status: o.status, placedAt: o.placedAt.toISOString(),
  currency: o.currency, totalAmount: o.totalAmount, lineCount: o.lineCount,
});

export function orderAdminRoutes(deps: AppDeps) {
  const { sql } = deps.db;
  const app = router<StaffEnv>();
  const shopOf = async (c: Context<StaffEnv>) => {
    const shop = await findShopById(sql, c.var.session.staff.shopId);
    if (!shop) throw new Problem('unauthorized');
    return shop;
  };

  app.openapi(r.list, async (c) => {
    const shop = await shopOf(c);
    const q = c.req.valid('query');
    const cursor = q.cursor ? decodeCursor(q.cursor) : undefined;
    const rule = deliveryRule(shop);
    // One row more than asked tells whether another page exists.
    const rows = await withShop(sql, shop.id, (tx) => searchAdminOrders(tx, { q: q.q, limit: q.limit + 1, cursor, rule, today: dayIn(new Date(), rule.timeZone) }));
    const page = rows.slice(0, q.limit);
    return c.json({
      items: page.map((o) => ({ ...item(o), late: o.late, exception: o.exception })),
      nextCursor: rows.length > q.limit ? encodeCursor(page.at(-1)!.sortKey) : null,
    }, 200);
  });

  app.openapi(r.detail, async (c) => {
    const shop = await shopOf(c);
    const { id } = c.req.valid('param');
    const found = await withShop(sql, shop.id, async (tx) => {
      const order = await findAdminOrder(tx, id);
      if (!order) return undefined;
      return { order, lines: await listOrderLines(tx, id), parcels: await listParcels(tx, id) };
    });
    if (!found) throw new Problem('not-found', { detail: 'No such order in this shop' });
    const { order, lines, parcels } = found;
    return c.json({
      order: { ...item(order), subtotalAmount: order.subtotalAmount, shippingAmount: order.shippingAmount, customerId: order.customerId },
      lines: lines.map((l) => ({ title: l.title, quantity: l.quantity, unitAmount: l.unitAmount, finalSale: l.finalSale })),
      tracking: trackingView(order, lines, parcels, deliveryRule(shop)),
    }, 200);
  });

  app.openapi(r.deliveries, async (c) => {
    const shop = await shopOf(c);
    const q = c.req.valid('query');
    const rows = await withShop(sql, shop.id, (tx) => listDeliveryLog(tx, q));
    return c.json({ items: rows.map((d) => ({ ...d, receivedAt: d.receivedAt.toISOString() })) }, 200);
  });

  const rulesView = async (shopId: string, rules: DeliverySettings): Promise<DeliverySettingsView> =>
    ({ ...rules, knownMethods: await withShop(sql, shopId, (tx) => knownShippingMethods(tx)) });

  app.openapi(r.deliveryRulesGet, async (c) => {
    const shop = await shopOf(c);
    return c.json(await rulesView(shop.id, shopSettings(shop).delivery), 200);
  });

  app.openapi(r.deliveryRulesPut, async (c) => {
    const body = c.req.valid('json');
    const { staff } = c.var.session;
    await saveSettingsSection(sql, { staff, ip: clientIp(c) }, 'delivery', body);
    return c.json(await rulesView(staff.shopId, body), 200);
  });
  return app;
}
