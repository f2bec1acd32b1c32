/**
 * @module `POST /webhooks/{platform}/{shopId}` (shopify, woocommerce, medusa, generic): a
 * platform's signed delivery, checked over the raw bytes by the platform's adapter with the
 * shop's webhook secret, then mapped to canonical entities and written once per delivery key
 * in one transaction. Every delivery is logged with its outcome (accepted, duplicate, stale,
 * refused and why, ping). Mounted outside `/v1`: platforms send neither the shop key nor an
 * origin, and the body must reach the signature check unchanged.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { adapterFor, parseWebhookJson, type PlatformAdapter } from '../../plugin-adapters/index.ts';
import type { Sql } from '../kernel/db/client.ts';
import { findShopById, type Shop } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { Problem, toProblem } from '../kernel/http/errors.ts';
import { readBodyLimited } from '../kernel/http/json-body.ts';
import type { AppDeps, BaseEnv } from '../kernel/http/router.ts';
import type { Logger } from '../kernel/log.ts';
import { claimDelivery, findWebhookSecret, logDelivery, markDeliveryStale, type DeliveryRecord, type SyncPlatform } from './db.ts';
import { proxySession } from './shopify-proxy.ts';
import { applyEntities, recordSyncedPurchases, SyncRefusal } from './sync.ts';

/** A platform order of 5,000 lines is a few megabytes; far more is not an order. */
export const WEBHOOK_MAX_BYTES = 32 * 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a delivery that took effect (or was a duplicate) answers. */
export interface DeliveryAnswer {
  outcome: 'accepted' | 'duplicate' | 'stale' | 'ping' | 'ignored';
  applied?: number;
  stale?: number;
}

async function secretFor(sql: Sql, shop: Shop, platform: SyncPlatform): Promise<string> {
  return (await withShop(sql, shop.id, (tx) => findWebhookSecret(tx, platform))) ?? shop.signingSecret;
}

/** Logs a refusal in its own transaction (the delivery's own was rolled back) and throws its problem. */
async function refuse(sql: Sql, shop: Shop, d: DeliveryRecord, p: Problem, reason: string, path: string | null = null): Promise<never> {
  await withShop(sql, shop.id, (tx) => logDelivery(tx, shop.id, { ...d, outcome: 'refused', reason, path, detail: p.message }));
  throw p;
}

/** Verifies, maps and applies one delivery (the route's whole work, without HTTP). */
export async function receiveDelivery(
  deps: { sql: Sql; log: Logger },
  shop: Shop,
  adapter: PlatformAdapter,
  raw: Uint8Array,
  headers: Headers,
): Promise<DeliveryAnswer> {
  const { sql } = deps;
  const platform = adapter.platform;
  const verified = adapter.verifyWebhook(raw, headers, await secretFor(sql, shop, platform));
  const base: DeliveryRecord = { platform, source: 'webhook', topic: null, dedupKey: null, occurredAt: null };
  if (!verified.ok) {
    return refuse(sql, shop, base, new Problem('unauthorized', { detail: verified.message, extra: { reason: verified.reason } }), verified.reason);
  }
  const d: DeliveryRecord = { ...base, topic: verified.topic, dedupKey: verified.dedupKey, occurredAt: verified.occurredAt };
  if (verified.kind === 'ping') {
    await withShop(sql, shop.id, (tx) => logDelivery(tx, shop.id, { ...d, outcome: 'ping' }));
    return { outcome: 'ping' };
  }
  const parsed = parseWebhookJson(raw);
  if (!parsed.ok) return refuse(sql, shop, d, new Problem('malformed-json', { detail: parsed.message }), 'malformed-body');
  const mapped = adapter.mapWebhook(verified.topic, parsed.value, { shopCurrency: shop.currency });
  if (!mapped.ok) {
    const r = mapped.refusal;
    if (r.reason === 'unsupported-topic') {
      // Answered 200 so the platform stops resending a topic we do not use; the log says so.
      await withShop(sql, shop.id, (tx) => logDelivery(tx, shop.id, { ...d, outcome: 'refused', reason: r.reason, detail: r.message }));
      return { outcome: 'ignored' };
    }
    const p = new Problem('unprocessable', {
      detail: `${r.message}${r.path ? ` (at ${r.path})` : ''}`,
      errors: [{ path: r.path, message: r.message }],
      extra: { reason: r.reason },
    });
    return refuse(sql, shop, d, p, r.reason, r.path);
  }
  let outcome: Awaited<ReturnType<typeof applyOnce>>;
  try {
    outcome = await applyOnce(sql, shop, d, mapped.entities);
  } catch (err) {
    if (err instanceof SyncRefusal) return refuse(sql, shop, d, new Problem('conflict', { detail: err.message, extra: { reason: err.reason } }), err.reason);
    const p = toProblem(err);
    if (p.status >= 500) throw err;
    return refuse(sql, shop, d, p, p.slug);
  }
  if (outcome.outcome === 'accepted') {
    try {
      await recordSyncedPurchases(sql, shop.id, outcome.orderIds);
    } catch (err) {
      // The order is stored; the next delivery or import of it records the purchases (their ids are stable).
      deps.log.error('purchases not recorded', { shopId: shop.id, err: String(err) });
    }
  }
  return { outcome: outcome.outcome, applied: outcome.applied, stale: outcome.stale };
}

/** Claims the delivery key and writes the entities in ONE transaction: all of it, or nothing and no claim. */
async function applyOnce(sql: Sql, shop: Shop, d: DeliveryRecord, entities: Parameters<typeof applyEntities>[2]) {
  return withShop(sql, shop.id, async (tx) => {
    const claim = await claimDelivery(tx, shop.id, d);
    if (!claim) {
      await logDelivery(tx, shop.id, { ...d, outcome: 'duplicate' });
      return { outcome: 'duplicate' as const, applied: 0, stale: 0, orderIds: [] };
    }
    const result = await applyEntities(tx, { shopId: shop.id, platform: d.platform, shopCurrency: shop.currency, deliveryKey: d.dedupKey! }, entities);
    const stale = result.primaryStale;
    if (stale) await markDeliveryStale(tx, claim);
    return { outcome: stale ? ('stale' as const) : ('accepted' as const), ...result };
  });
}

/** The webhook routes, mounted at `/` by the orders feature. */
export function webhookRoutes({ db, log }: AppDeps) {
  const app = new Hono<BaseEnv>();
  app.post('/webhooks/:platform/:shopId', async (c: Context<BaseEnv>) => {
    const adapter = adapterFor(c.req.param('platform') ?? '');
    if (!adapter) throw new Problem('not-found', { detail: 'Webhooks are received for shopify, woocommerce, medusa and generic' });
    const shopId = c.req.param('shopId') ?? '';
    const shop = UUID.test(shopId) ? await findShopById(db.sql, shopId) : undefined;
    if (!shop) throw new Problem('unknown-shop', { detail: 'No shop has this id' });
    const raw = await readBodyLimited(c.req.raw, WEBHOOK_MAX_BYTES);
    const answer = await receiveDelivery({ sql: db.sql, log }, shop, adapter, raw, c.req.raw.headers);
    return c.json(answer, 200);
  });
  // Shopify's app proxy forwards the store's /apps/rapport/session here (shopify-proxy.ts).
  app.get('/shopify/proxy/:shopId/session', (c) => proxySession(c, db.sql));
  return app;
}
