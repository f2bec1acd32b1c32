/**
 * @module The training job: reads a shop's interaction log (the last `TRAIN_DAYS`, at most
 * `TRAIN_MAX_EVENTS`, newest kept), teaches the engine, and stores the model as the shop's
 * next version, which every API process then loads. A scheduled check queues a shop when
 * enough happened since its model (or it has none); the admin and the demo can ask at once.
 */
import { listAvailability } from '../catalog/index.ts';
import { Worker } from 'node:worker_threads';
import type { Database, Sql } from '../kernel/db/client.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { enqueueJob } from '../kernel/jobs/db.ts';
import type { JobHandler } from '../kernel/jobs/runner.ts';
import type { Logger } from '../kernel/log.ts';
import { currentModel, eventsSince, readLog, saveModel, shopsWithEvents } from './db.ts';
import { toInteraction } from './from-log.ts';
import { RETRAIN_AFTER_EVENTS, TRAIN_DAYS, TRAIN_MAX_EVENTS } from './limits.ts';
import { train } from './train.ts';
import type { EngineParams, Interaction } from './types.ts';

export const TRAIN_JOB = 'recommendations.train';
export const TRAIN_DUE_JOB = 'recommendations.train-due';
const DAY = 86_400_000;

export interface TrainReport {
  version: number;
  events: number;
  items: number;
  links: number;
  seconds: number;
}

/**
 * What a shop's model adds to the engine's defaults: a shopper's events lose half their weight
 * every week, so what they browse today steers "for you" over what they bought months ago
 * (the offline benchmark tunes its own settings on its dataset; a live shop's shoppers come
 * and go in sessions).
 */
export const SHOP_PARAMS: Partial<EngineParams> = { halfLifeMs: 7 * DAY };

/** Trains the shop's model now and stores it as the version in use. */
export async function trainShop(sql: Sql, shopId: string, log?: Logger, now = Date.now()): Promise<TrainReport> {
  const t0 = performance.now();
  const products = await withShop(sql, shopId, (tx) => listAvailability(tx));
  const interactions: Interaction[] = [];
  const events = await withShop(sql, shopId, (tx) =>
    readLog(tx, new Date(now - TRAIN_DAYS * DAY), TRAIN_MAX_EVENTS, (page) => {
      for (const e of page) {
        const i = toInteraction(e);
        if (i) interactions.push(i);
      }
    }),
  );
  const rows = train(interactions, { items: products.map((p) => ({ item: p.id, categories: p.category ? [p.category] : [] })), now, params: SHOP_PARAMS });
  const seconds = (performance.now() - t0) / 1000;
  const version = await withShop(sql, shopId, (tx) => saveModel(tx, shopId, rows, seconds));
  const report = { version, events, items: rows.items.length, links: rows.links.length, seconds: Math.round(seconds * 100) / 100 };
  log?.info('recommendation model trained', { shop: shopId, ...report });
  return report;
}

/** Queues a training of the shop (once per few minutes however often asked). */
export async function requestTraining(sql: Sql, shopId: string, now = Date.now()): Promise<void> {
  await withShop(sql, shopId, (tx) => enqueueJob(tx, { kind: TRAIN_JOB, shopId, dedupKey: `${shopId}:${Math.floor(now / 120_000)}`, maxAttempts: 3 }));
}

/** Trains one shop in a worker thread with its own connection to `url`; resolves with the report. */
export function trainInWorker(url: string, shopId: string, log?: Logger): Promise<TrainReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./train-worker.mjs', import.meta.url), { workerData: { url, shopId } });
    let answer: { ok: true; report: TrainReport } | { ok: false; error: string } | undefined;
    worker.once('message', (m) => (answer = m));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (answer?.ok) {
        log?.info('recommendation model trained', { shop: shopId, worker: true, ...answer.report });
        resolve(answer.report);
      } else reject(new Error(answer ? answer.error : `the training worker exited with ${code}`));
    });
  });
}

export function trainingJobs(db: Database, log: Logger): Record<string, JobHandler> {
  const sql = db.sql;
  return {
    async [TRAIN_JOB](job) {
      if (!job.shopId) return;
      // Off the API's thread on PostgreSQL; the embedded database (one session) trains in place.
      if (db.kind === 'postgres') await trainInWorker(db.url, job.shopId, log);
      else await trainShop(sql, job.shopId, log);
    },
    /** Which shops learned enough since their model: the ones with none, many new events, or any new event for an hour. */
    async [TRAIN_DUE_JOB]() {
      const now = Date.now();
      for (const shopId of await shopsWithEvents(sql, new Date(now - TRAIN_DAYS * DAY))) {
        const due = await withShop(sql, shopId, async (tx) => {
          const model = await currentModel(tx);
          if (!model) return true;
          const fresh = await eventsSince(tx, model.trainedAt);
          return fresh >= RETRAIN_AFTER_EVENTS || (fresh > 0 && now - model.trainedAt.getTime() > 3600_000);
        });
        if (due) await requestTraining(sql, shopId, now);
      }
    },
  };
}
