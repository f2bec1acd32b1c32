/**
 * @module Storefront requests: resolves the shop from the `X-Rapport-Shop` public key,
 * enforces the shop's allowed origins on the request itself (not only in CORS headers,
 * which only stop the browser from reading the answer), and answers CORS for them.
 */
import type { MiddlewareHandler } from 'hono';
import { Problem } from './errors.ts';
import type { Sql } from '../db/client.ts';
import type { BaseEnv } from './router.ts';
import { shopByPublicKey, type Shop } from '../db/shops.ts';

export const SHOP_HEADER = 'x-rapport-shop';
const ALLOW_HEADERS = 'content-type, authorization, x-rapport-shop, idempotency-key, x-rapport-pow';
const PUBLIC_KEY = /^pk_[a-z0-9]{8,64}$/;

export type ShopEnv = { Variables: BaseEnv['Variables'] & { shop: Shop } };

/** The origin of the Rapport server itself: its own pages (demo, admin) may call any shop. */
function ownOrigin(url: string): string {
  return new URL(url).origin;
}

function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'false',
    'access-control-expose-headers': 'retry-after, x-request-id',
    vary: 'Origin',
  };
}

/**
 * Answers CORS preflights. The storefront API takes no cookies (credentials are never
 * allowed), so the preflight lets any origin ask; the request itself is then checked
 * against the shop's allowed origins and refused with a 403 the page can read — a widget
 * on a store the owner has not allowed says so instead of queueing its submission forever
 * as if the network were down.
 */
export function storefrontPreflight(): MiddlewareHandler {
  return async function storefrontPreflight(c, next) {
    if (c.req.method !== 'OPTIONS') return next();
    const origin = c.req.header('origin');
    if (!origin) return c.body(null, 204);
    return c.body(null, 204, {
      ...corsHeaders(origin),
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers': ALLOW_HEADERS,
      'access-control-max-age': '600',
    });
  };
}

/**
 * Resolves the shop before anything reads the body (app.ts mounts the body parser after
 * it), from the few seconds' memory of shops by key (`shopByPublicKey`: no database round
 * trip on most requests). Its own refusals carry CORS for the asking origin, so the page can read them; the
 * answers of the routes behind it carry CORS for the shop's allowed origins.
 */
export function shopContext(sql: Sql): MiddlewareHandler<ShopEnv> {
  return async function shopContext(c, next) {
    const origin = c.req.header('origin');
    const refuse = (p: Problem) => {
      if (origin) Object.assign(p.headers, corsHeaders(origin));
      return p;
    };
    const key = c.req.header(SHOP_HEADER) ?? c.req.query('shop');
    if (!key) {
      throw refuse(new Problem('validation', {
        detail: 'Name the shop with the X-Rapport-Shop header (its public key)',
        errors: [{ path: `header.${SHOP_HEADER}`, message: 'Required' }],
      }));
    }
    const shop = PUBLIC_KEY.test(key) ? await shopByPublicKey(sql, key) : undefined;
    if (!shop) throw refuse(new Problem('unknown-shop'));
    if (origin && origin !== ownOrigin(c.req.url) && !shop.allowedOrigins.includes(origin)) {
      throw refuse(new Problem('origin-not-allowed', { detail: `${origin} is not among this shop's allowed origins` }));
    }
    c.set('shop', shop);
    await next();
    if (origin) for (const [k, v] of Object.entries(corsHeaders(origin))) c.header(k, v);
  };
}
