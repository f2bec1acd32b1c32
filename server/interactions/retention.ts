/**
 * @module Keeping the log in bounds: partitions made ready ahead of time (this month and
 * the next two), each shop's events past its retention deleted, and whole partitions past
 * every shop's longest retention dropped (no row-by-row work for the bulk).
 */
import type { Sql } from '../kernel/db/client.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import type { Logger } from '../kernel/log.ts';
import { shopSettings } from '../shops/index.ts';
import { deleteOlderThan, dropPartitionsBefore, ensurePartitions, forgetPartitions, pruneEventIds, shopsWithSettings } from './db.ts';
import { RETENTION_DAYS } from './limits.ts';

const DAY = 86_400_000;

export async function preparePartitions(sql: Sql, now = Date.now()): Promise<void> {
  const d = new Date(now);
  const months = [0, 1, 2].map((m) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + m, 1));
  await ensurePartitions(sql, months);
}

export async function applyRetention(sql: Sql, log: Logger, now = Date.now()): Promise<{ deleted: number; dropped: number }> {
  let deleted = 0;
  for (const shop of await shopsWithSettings(sql)) {
    const days = shopSettings({ settings: shop.settings as Record<string, unknown> }).interactions.retentionDays;
    deleted += await withShop(sql, shop.id, (tx) => deleteOlderThan(tx, new Date(now - days * DAY)));
  }
  const dropped = await dropPartitionsBefore(sql, new Date(now - RETENTION_DAYS.max * DAY));
  if (dropped > 0) forgetPartitions();
  const ids = await pruneEventIds(sql, new Date(now));
  log.info('interaction log retention', { deleted, dropped, ids });
  return { deleted, dropped };
}
