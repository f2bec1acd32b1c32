/**
 * @module WooCommerce reconciliation: webhooks get lost (a store offline, a webhook switched
 * off by WooCommerce after failures), so a scheduled job asks the store's REST API with the
 * merchant's read-only key for the orders changed since its last pull and applies them the
 * way an import does (once per order version; never over newer state; no shipment emails).
 */
import { wooOrdersModifiedAfter } from '../../plugin-adapters/index.ts';
import type { Sql } from '../kernel/db/client.ts';
import { findShopById } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import type { Logger } from '../kernel/log.ts';
import { findWooConnection, markReconciled, shopsWithWooConnection } from './db.ts';
import { importOrders, type ImportSummary } from './import.ts';

export const RECONCILE_JOB = 'orders.reconcile-woocommerce';
/** A first pull looks this far back; later ones start this much before the last, so an order saved during a pull is not missed. */
const FIRST_PULL_DAYS = 30;
const OVERLAP_MS = 10 * 60_000;

export interface ReconcileReport extends ImportSummary {
  pages: number;
}

/** Pulls the shop's orders changed since the last pull and applies them; `fetchImpl` is the network (tests pass a loopback fake's). */
export async function reconcileWooCommerce(sql: Sql, shopId: string, fetchImpl: typeof fetch = fetch, now = new Date()): Promise<ReconcileReport | undefined> {
  const shop = await findShopById(sql, shopId);
  const conn = shop && (await withShop(sql, shop.id, (tx) => findWooConnection(tx)));
  if (!shop || !conn) return undefined;
  const since = conn.reconciledUntil ? new Date(conn.reconciledUntil.getTime() - OVERLAP_MS) : new Date(now.getTime() - FIRST_PULL_DAYS * 86_400_000);
  const orders: unknown[] = [];
  let pages = 0;
  try {
    for await (const page of wooOrdersModifiedAfter({ storeUrl: conn.storeUrl, consumerKey: conn.consumerKey, consumerSecret: conn.consumerSecret, fetch: fetchImpl }, since)) {
      orders.push(...page.orders);
      pages++;
    }
  } catch (err) {
    await withShop(sql, shop.id, (tx) => markReconciled(tx, null, String((err as Error).message ?? err).slice(0, 500)));
    throw err;
  }
  const summary: ImportSummary = orders.length
    ? await importOrders(sql, shop, 'woocommerce', JSON.stringify(orders))
    : { total: 0, imported: 0, unchanged: 0, stale: 0, refused: [] };
  await withShop(sql, shop.id, (tx) => markReconciled(tx, now, null));
  return { ...summary, pages };
}

export function reconcileJobs(sql: Sql, log: Logger) {
  return {
    async [RECONCILE_JOB]() {
      for (const shopId of await shopsWithWooConnection(sql)) {
        try {
          const r = await reconcileWooCommerce(sql, shopId);
          if (r?.imported || r?.refused.length) log.info('woocommerce reconciled', { shop: shopId, imported: r.imported, refused: r.refused.length });
        } catch (err) {
          log.warn('woocommerce reconciliation failed', { shop: shopId, err: String(err) });
        }
      }
    },
  };
}
