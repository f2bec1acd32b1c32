/**
 * @module Housekeeping, a scheduled job (`kernel.prune`, hourly): removes what would
 * otherwise grow forever — ended rate-limit windows, spent proof-of-work solutions,
 * idempotency keys past any retry, expired staff sessions, stale sign-in counters, and
 * finished jobs.
 */
import type { Sql } from '../db/client.ts';
import type { Logger } from '../log.ts';
import { pruneExpired } from './db.ts';
import type { JobHandler, Schedule } from './runner.ts';

export const PRUNE_JOB = 'kernel.prune';
/** A shopper's client retries for minutes; a week covers any queued submission on a device. */
export const KEEP = { idempotencyDays: 7, jobsDays: 7 };

export const housekeepingSchedules: Schedule[] = [{ kind: PRUNE_JOB, everySeconds: 3600 }];

export function housekeepingJobs(sql: Sql, log: Logger): Record<string, JobHandler> {
  return {
    async [PRUNE_JOB]() {
      const removed = await pruneExpired(sql, KEEP);
      log.info('pruned', removed);
    },
  };
}
