/**
 * @module `GET /v1/shop`: what a widget may know of the shop — name, language, currency,
 * and what each widget offers (the feedback kinds the owner takes, promised response times).
 */
import { createRoute } from '@hono/zod-openapi';
import { FEEDBACK_KINDS } from '../feedback/limits.ts';
import { ShopHeader, storefrontErrors } from '../kernel/http/contract.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { ShopPublic } from './contract.ts';
import { shopSettings } from './settings.ts';

const shopInfo = createRoute({
  method: 'get',
  path: '/shop',
  tags: ['Shop'],
  summary: "The shop's public settings for widgets",
  request: { headers: ShopHeader },
  responses: {
    200: { description: 'Shop', content: { 'application/json': { schema: ShopPublic } } },
    ...storefrontErrors,
  },
});

export function shopRoutes(_deps: AppDeps) {
  const app = router<ShopEnv>();
  app.openapi(shopInfo, (c) => {
    const shop = c.var.shop;
    const { feedback, interactions } = shopSettings(shop);
    return c.json({
      name: shop.name, defaultLocale: shop.defaultLocale, currency: shop.currency,
      feedback: { kinds: FEEDBACK_KINDS.filter((k) => !feedback.hiddenKinds.includes(k)), responseHours: feedback.responseTargets },
      tracking: { consentRequired: interactions.consent === 'required' },
    }, 200);
  });
  return app;
}
