/**
 * @module Loading a stored model in a worker thread (see loading.ts): its own connection,
 * one shop's model of one version, and the finished model posted back with its buffers moved.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../kernel/db/client.ts';
import { loadStoredModel, modelBuffers } from './loading.ts';

const { url, shopId, version } = workerData as { url: string; shopId: string; version: number };
const db = await connect({ url, max: 1 });
try {
  const stored = await loadStoredModel(db.sql, shopId, version);
  parentPort!.postMessage({ ok: true, stored }, stored ? modelBuffers(stored.model) : []);
} catch (err) {
  parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) });
} finally {
  await db.close();
}
