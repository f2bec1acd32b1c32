/**
 * @module Loading a shop's stored model into an API process: its items, then its link rows
 * page by page into the engine's flat arrays. On PostgreSQL this runs in a worker thread with
 * its own connection — reading and indexing millions of links is seconds of CPU and hundreds
 * of megabytes of short-lived rows, which on the API's thread would hold requests back and
 * leave the heap to collect — and only the finished arrays come back (moved, not copied).
 * The embedded database is one session, so there it loads in place.
 */
import { Worker } from 'node:worker_threads';
import type { Sql } from '../kernel/db/client.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { currentModel, readItems, readLinks, type ModelMeta } from './db.ts';
import { ModelLoader, type Model } from './model.ts';

export interface StoredModel {
  meta: ModelMeta;
  model: Model;
}

/** The shop's model of `version` built from its rows, or undefined when another version is in use by now. */
export async function loadStoredModel(sql: Sql, shopId: string, version: number): Promise<StoredModel | undefined> {
  return withShop(sql, shopId, async (tx) => {
    const meta = await currentModel(tx);
    if (!meta || meta.version !== version) return undefined;
    const loader = new ModelLoader(meta.meta, await readItems(tx, version));
    await readLinks(tx, version, (rows) => {
      for (const row of rows) loader.add(row);
    });
    return { meta, model: loader.finish() };
  });
}

/** `loadStoredModel` in a worker thread with its own connection to `url`. */
export function loadInWorker(url: string, shopId: string, version: number): Promise<StoredModel | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { url, shopId, version } });
    let answer: { ok: true; stored: StoredModel | undefined } | { ok: false; error: string } | undefined;
    worker.once('message', (m) => (answer = m));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (answer?.ok) resolve(answer.stored);
      else reject(new Error(answer ? answer.error : `the model loading worker exited with ${code}`));
    });
  });
}

/** The buffers under a model's arrays: what a worker moves to the thread that asked instead of copying. */
export function modelBuffers(model: Model): ArrayBuffer[] {
  const arrays = [
    model.itemCategories.start, model.itemCategories.of, model.quality, model.trending, model.prior, model.trendLeads,
    model.byPrior, model.byTrend, ...model.byCategory.values(),
    ...Object.values(model.links).flatMap((l) => [l.start, l.to, l.score]),
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
