/**
 * @module A training in a worker thread: the engine's `train` is plain CPU work (seconds for
 * a shop with a million events), which on the API's own thread would hold every request
 * back for as long. The worker opens its own connection (PostgreSQL; the embedded database
 * is one session, so there the job trains in place), trains one shop, stores the model and
 * reports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../kernel/db/client.ts';
import { trainShop } from './training.ts';

const { url, shopId } = workerData as { url: string; shopId: string };
const db = await connect({ url, max: 2 });
try {
  parentPort!.postMessage({ ok: true, report: await trainShop(db.sql, shopId) });
} catch (err) {
  parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) });
} finally {
  await db.close();
}
