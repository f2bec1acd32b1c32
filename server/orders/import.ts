/**
 * @module Backfill: a platform's export of existing orders (`npm run rapport -- import:orders`)
 * through the same adapter mapping and the same writes as the webhooks. Every order is
 * mapped before anything is written, so a file that is not JSON or not the named platform's
 * imports nothing; then each order is written in its own transaction, once per (order,
 * source time): importing the same file again changes nothing.
 */
import { ADAPTERS, parseWebhookJson, PLATFORMS, type CanonicalEntity, type MappingRefusal } from '../../plugin-adapters/index.ts';
import type { Sql } from '../kernel/db/client.ts';
import type { Shop } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { toProblem } from '../kernel/http/errors.ts';
import { claimDelivery, logDelivery, markDeliveryStale, type DeliveryRecord, type SyncPlatform } from './db.ts';
import { applyEntities, recordSyncedPurchases, SyncRefusal } from './sync.ts';

export const IMPORT_PLATFORMS = PLATFORMS;

/** A file that cannot be imported at all: nothing was written. */
export class ImportError extends Error {}

export interface ImportRefusal {
  /** The record's place in the file (0-based). */
  index: number;
  /** The platform's order id, when the record had one. */
  orderId: string | null;
  reason: string;
  path: string;
  message: string;
}

export interface ImportSummary {
  total: number;
  imported: number;
  /** Already imported in this state (same order, same source time). */
  unchanged: number;
  /** Older than what the shop already holds (a webhook brought a newer state). */
  stale: number;
  refused: ImportRefusal[];
}

/** How each platform's order topic reads one exported order. */
const ORDER_TOPIC: Record<SyncPlatform, { topic: string; wrap: (record: unknown) => unknown }> = {
  shopify: { topic: 'orders/updated', wrap: (r) => r },
  woocommerce: { topic: 'order.updated', wrap: (r) => r },
  medusa: { topic: 'order.updated', wrap: (r) => ({ data: r }) },
  generic: { topic: 'order.updated', wrap: (r) => ({ data: r }) },
};

/** The orders of an export: an array, `{ "orders": [...] }` (Shopify, Medusa), or one order (`{ "order": {...} }` or bare). */
function recordsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.orders)) return v.orders;
    return [value];
  }
  throw new ImportError('The file must hold an order, a list of orders or { "orders": [...] }');
}

function idOf(record: unknown): string | null {
  const r = (record && typeof record === 'object' ? ((record as { order?: unknown }).order ?? record) : null) as Record<string, unknown> | null;
  const id = r?.id ?? r?.platformId;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/**
 * Imports the orders in `file` (the export's bytes) for `shop` as `platform`'s; `progress`
 * is told after each order. Throws ImportError, writing nothing, for a file that is not JSON
 * or holds no order of that platform.
 */
export async function importOrders(
  sql: Sql,
  shop: Shop,
  platform: string,
  file: Uint8Array | string,
  progress: (done: number, total: number) => void = () => {},
): Promise<ImportSummary> {
  if (!(IMPORT_PLATFORMS as readonly string[]).includes(platform)) {
    throw new ImportError(`--platform must be one of ${IMPORT_PLATFORMS.join(', ')}`);
  }
  const p = platform as SyncPlatform;
  const parsed = parseWebhookJson(file);
  if (!parsed.ok) throw new ImportError(`The file is not JSON: ${parsed.message}`);
  const records = recordsOf(parsed.value);
  if (!records.length) throw new ImportError('The file holds no orders');

  const { topic, wrap } = ORDER_TOPIC[p];
  const summary: ImportSummary = { total: records.length, imported: 0, unchanged: 0, stale: 0, refused: [] };
  const mapped: { index: number; entities: CanonicalEntity[] }[] = [];
  const refusals: { index: number; refusal: MappingRefusal }[] = [];
  records.forEach((record, index) => {
    const result = ADAPTERS[p].mapWebhook(topic, wrap(record), { shopCurrency: shop.currency });
    if (result.ok) mapped.push({ index, entities: result.entities });
    else refusals.push({ index, refusal: result.refusal });
  });
  if (!mapped.length) {
    const first = refusals[0].refusal;
    throw new ImportError(
      `No order in this file reads as a ${p} order, so nothing was imported. Is it a ${p} export? ` +
      `The first order: ${first.message}${first.path ? ` at ${first.path}` : ''}`,
    );
  }

  let done = 0;
  for (const { index, refusal } of refusals) {
    summary.refused.push({ index, orderId: idOf(records[index]), reason: refusal.reason, path: refusal.path, message: refusal.message });
    const d: DeliveryRecord = { platform: p, source: 'import', topic, dedupKey: null, occurredAt: null };
    await withShop(sql, shop.id, (tx) => logDelivery(tx, shop.id, { ...d, outcome: 'refused', reason: refusal.reason, path: refusal.path, detail: refusal.message }));
    progress(++done, records.length);
  }
  for (const { index, entities } of mapped) {
    const order = entities[0];
    const key = order.kind === 'order' ? `import:order:${order.platformId}:${order.updatedAt}` : `import:${index}`;
    const d: DeliveryRecord = { platform: p, source: 'import', topic, dedupKey: key, occurredAt: order.kind === 'order' ? order.updatedAt : null };
    try {
      const outcome = await withShop(sql, shop.id, async (tx) => {
        const claim = await claimDelivery(tx, shop.id, d);
        if (!claim) return { kind: 'unchanged' as const, orderIds: [] as string[] };
        const result = await applyEntities(tx, { shopId: shop.id, platform: p, shopCurrency: shop.currency, deliveryKey: key }, entities);
        if (result.primaryStale) {
          await markDeliveryStale(tx, claim);
          return { kind: 'stale' as const, orderIds: [] };
        }
        return { kind: 'imported' as const, orderIds: result.orderIds };
      });
      if (outcome.kind === 'imported') {
        summary.imported++;
        await recordSyncedPurchases(sql, shop.id, outcome.orderIds);
      } else summary[outcome.kind]++;
    } catch (err) {
      const reason = err instanceof SyncRefusal ? err.reason : toProblem(err).slug;
      if (!(err instanceof SyncRefusal) && toProblem(err).status >= 500) throw err;
      const message = (err as Error).message;
      summary.refused.push({ index, orderId: idOf(records[index]), reason, path: '', message });
      await withShop(sql, shop.id, (tx) => logDelivery(tx, shop.id, { ...d, outcome: 'refused', reason, detail: message }));
    }
    progress(++done, records.length);
  }
  summary.refused.sort((a, b) => a.index - b.index);
  return summary;
}
