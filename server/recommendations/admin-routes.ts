/**
 * @module Recommendations in the admin API: what a customer (or a visitor, or a new
 * visitor) is shown on a placement and why — the same code the storefront calls, with the
 * events it used — how each placement performs (impressions, clicks, attributed purchases),
 * and training on request (owners).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { findCustomer, findCustomerByEmail } from '../identity/index.ts';
import { audit } from '../kernel/db/audit.ts';
import { findShopById } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { adminErrors } from '../kernel/http/contract.ts';
import { Problem } from '../kernel/http/errors.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { StaffEnv } from '../kernel/http/staff-auth.ts';
import { shopSettings } from '../shops/index.ts';
import { PLACEMENTS } from '../interactions/limits.ts';
import { ExplainQuery, ExplainResult, RecommendationStats } from './contract.ts';
import { placementFigures } from './db.ts';
import { ATTRIBUTION_DAYS } from './limits.ts';
import type { ModelCache } from './models.ts';
import { productRefs } from './routes.ts';
import { recommendFor } from './serve.ts';
import { requestTraining } from './training.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const r = {
  explain: createRoute({
    method: 'get', path: '/admin/recommendations/explain', tags: ['Admin'], summary: 'What a shopper is recommended on a placement, and why',
    request: { query: ExplainQuery }, responses: { 200: json(ExplainResult, 'The list with its reasons and the events it used'), 404: adminErrors[400], ...adminErrors },
  }),
  stats: createRoute({
    method: 'get', path: '/admin/recommendations/stats', tags: ['Admin'], summary: 'Impressions, clicks and attributed purchases per placement',
    request: { query: z.object({ days: z.coerce.number().int().min(1).max(365).default(30) }) }, responses: { 200: json(RecommendationStats, 'Figures'), ...adminErrors },
  }),
  train: createRoute({
    method: 'post', path: '/admin/recommendations/train', tags: ['Admin'], summary: 'Train the model now (owners)',
    responses: { 202: { description: 'Queued' }, ...adminErrors },
  }),
};

export function recommendationAdminRoutes(deps: AppDeps & { models: ModelCache }) {
  const { sql } = deps.db;
  const app = router<StaffEnv>();
  const shopOf = async (id: string) => {
    const shop = await findShopById(sql, id);
    if (!shop) throw new Problem('unauthorized');
    return shop;
  };

  app.openapi(r.explain, async (c) => {
    const shop = await shopOf(c.var.session.staff.shopId);
    const q = c.req.valid('query');
    const who = q.who?.trim() ?? '';
    // A customer by email or id; anything else is taken as a visitor id; nothing: a new visitor.
    const customer = !who ? undefined : await withShop(sql, shop.id, async (tx) => (who.includes('@') ? findCustomerByEmail(tx, who) : UUID.test(who) ? findCustomer(tx, who) : undefined));
    if (who.includes('@') && !customer) throw new Problem('not-found', { detail: `No customer has the email ${who}` });
    const visitorId = who && !customer ? who : null;
    const answer = await recommendFor({ sql, models: deps.models, log: deps.log }, shop, {
      placement: q.placement, products: productRefs(q.product), limit: q.limit, locale: q.locale ?? shop.defaultLocale,
      customerId: customer?.id ?? null, visitorId,
    });
    const titles = new Map(answer.list.items.map((i) => [i.product.id, i.product.title]));
    return c.json({
      list: answer.list,
      person: { customerId: customer?.id ?? null, email: customer?.email ?? null, visitorId },
      history: answer.history.slice().reverse().slice(0, 50).map((e) => ({
        kind: e.kind, at: e.occurredAt.toISOString(),
        product: e.productId ? { id: e.productId, title: titles.get(e.productId) ?? e.productId } : null,
      })),
      model: { trainedAt: answer.model.trainedAt?.toISOString() ?? null, interactions: answer.model.interactions, shoppers: answer.model.shoppers },
    }, 200);
  });

  app.openapi(r.stats, async (c) => {
    const shop = await shopOf(c.var.session.staff.shopId);
    const { days } = c.req.valid('query');
    const figures = await withShop(sql, shop.id, (tx) => placementFigures(tx, new Date(Date.now() - days * 86_400_000), ATTRIBUTION_DAYS));
    const { placements } = shopSettings(shop).recommendations;
    return c.json({
      days, attributionDays: ATTRIBUTION_DAYS, currency: shop.currency,
      placements: PLACEMENTS.map((placement) => {
        const f = figures.find((x) => x.placement === placement) ?? { impressions: 0, clicks: 0, purchases: 0, revenue: 0 };
        return {
          placement, enabled: placements[placement].enabled, impressions: f.impressions, clicks: f.clicks,
          clickThrough: f.impressions ? Math.round((f.clicks / f.impressions) * 10_000) / 10_000 : 0, purchases: f.purchases, revenue: f.revenue,
        };
      }),
    }, 200);
  });

  app.openapi(r.train, async (c) => {
    const { staff } = c.var.session;
    if (staff.role !== 'owner') throw new Problem('forbidden', { detail: 'Only an owner can start a training' });
    await requestTraining(sql, staff.shopId);
    await withShop(sql, staff.shopId, (tx) => audit(tx, { shopId: staff.shopId, actorType: 'staff', actorId: staff.id, action: 'recommendations.train', data: {}, ip: clientIp(c) }));
    deps.nudgeJobs?.();
    return c.body(null, 202);
  });
  return app;
}
