/**
 * @module `GET /v1/recommendations`: a list for one placement — personal when the shopper is
 * known (a customer session, or the visitor id the tracker keeps with consent), popular and
 * trending otherwise — with an id for its impression and click events and a reason per item
 * in the shopper's language. Limited per client address.
 */
import { createRoute } from '@hono/zod-openapi';
import { clientIp } from '../kernel/http/client-address.ts';
import { problem, ShopHeader, storefrontErrors } from '../kernel/http/contract.ts';
import { sessionCustomer } from '../kernel/http/customer-session.ts';
import { Problem } from '../kernel/http/errors.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { TokenBuckets } from '../kernel/http/token-bucket.ts';
import { negotiateLocale } from '../kernel/i18n/locales.ts';
import { RecommendationList, RecommendationQuery } from './contract.ts';
import { PRODUCTS_MAX } from './limits.ts';
import type { ModelCache } from './models.ts';
import { recommendFor } from './serve.ts';

const list = createRoute({
  method: 'get',
  path: '/recommendations',
  tags: ['Recommendations'],
  summary: 'Recommended products for a placement',
  request: { headers: ShopHeader, query: RecommendationQuery },
  responses: {
    200: { description: 'The list (empty, with enabled=false, when the owner switched the placement off)', content: { 'application/json': { schema: RecommendationList } } },
    429: problem('Too many requests from this client'),
    ...storefrontErrors,
  },
});

/** The product references of a request: comma-separated, trimmed, each named once. */
export function productRefs(raw: string | undefined): string[] {
  const refs = [...new Set((raw ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
  if (refs.length > PRODUCTS_MAX) {
    throw new Problem('validation', { errors: [{ path: 'query.product', message: `At most ${PRODUCTS_MAX} products` }] });
  }
  return refs;
}

export function recommendationRoutes(deps: AppDeps & { models: ModelCache }) {
  const buckets = new TokenBuckets({ perSecond: 10, burst: 60 });
  const app = router<ShopEnv>();
  app.openapi(list, async (c) => {
    const shop = c.var.shop;
    const wait = buckets.take(`${shop.id}|${clientIp(c) ?? 'unknown'}`);
    if (wait > 0) throw new Problem('rate-limited', { detail: 'Too many requests from this client', headers: { 'retry-after': String(wait) } });
    const q = c.req.valid('query');
    // An expired session must not empty the shelf: the list is then for the visitor.
    const customerId = (await sessionCustomer(c).catch(() => undefined)) ?? null;
    const { list: body } = await recommendFor({ sql: deps.db.sql, models: deps.models, log: deps.log }, shop, {
      placement: q.placement, products: productRefs(q.product), limit: q.limit,
      locale: q.locale ?? negotiateLocale(c.req.header('accept-language'), shop.defaultLocale),
      customerId, visitorId: q.visitor ?? null,
    });
    return c.json(body, 200, { 'cache-control': 'private, no-store' });
  });
  return app;
}
