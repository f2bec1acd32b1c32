/**
 * @module Shopify's app proxy, for signed-in shoppers: the store's `/apps/rapport/session`
 * is forwarded here with a query Shopify signs with the app's secret, naming the logged-in
 * customer (`logged_in_customer_id`, empty for nobody). A genuine request gets a short-lived
 * identity proof for that Shopify customer, which the theme's app embed hands to
 * `Rapport.identify` — so on Shopify, as anywhere, a shopper is signed in only by the shop.
 */
import type { Context } from 'hono';
import { SignJWT } from 'jose';
import { shopifyAdapter } from '../../plugin-adapters/index.ts';
import type { Sql } from '../kernel/db/client.ts';
import { findShopById, type Shop } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { Problem } from '../kernel/http/errors.ts';
import type { BaseEnv } from '../kernel/http/router.ts';
import { findWebhookSecret } from './db.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How long the proof is good for: the page exchanges it at once. */
export const PROXY_PROOF_SECONDS = 300;

/** An identity proof for Shopify customer `customerId` of `shop`, signed with the shop's secret. */
export async function shopifyProof(shop: Shop, customerId: string, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ platform: 'shopify' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(customerId)
    .setAudience(shop.publicKey)
    .setIssuedAt(iat)
    .setExpirationTime(iat + PROXY_PROOF_SECONDS)
    .sign(new TextEncoder().encode(shop.signingSecret));
}

/** `GET /shopify/proxy/:shopId/session`: `{ token }` for the logged-in customer, `{ token: null }` for nobody. */
export async function proxySession(c: Context<BaseEnv>, sql: Sql) {
  const shopId = c.req.param('shopId') ?? '';
  const shop = UUID.test(shopId) ? await findShopById(sql, shopId) : undefined;
  if (!shop) throw new Problem('unknown-shop', { detail: 'No shop has this id' });
  const secret = await withShop(sql, shop.id, (tx) => findWebhookSecret(tx, 'shopify'));
  if (!secret) throw new Problem('unauthorized', { detail: "This shop has no Shopify app secret (npm run rapport -- webhook:secret --platform shopify)" });
  const query = new URL(c.req.url).search.replace(/^\?/, '');
  const verified = await shopifyAdapter.verifyIdentity({ kind: 'app-proxy', query }, secret);
  if (!verified.ok) throw new Problem('unauthorized', { detail: verified.message, extra: { reason: verified.reason } });
  const token = verified.customerId ? await shopifyProof(shop, verified.customerId) : null;
  return c.json({ token }, 200, { 'cache-control': 'private, no-store' });
}
