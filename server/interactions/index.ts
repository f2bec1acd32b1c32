/**
 * @module Interactions: the log of what shoppers do — `POST /v1/events` from the tracker
 * and the store's pages, `recordServerEvents` for what the server sees (purchases,
 * returns) — partitioned by month and kept as long as each shop says. What other
 * features may use.
 */
import type { Feature } from '../kernel/http/router.ts';
import { applyRetention, preparePartitions } from './retention.ts';
import { interactionRoutes } from './routes.ts';
import { EventWriter } from './writer.ts';

const PARTITIONS = 'interactions.partitions';
const RETENTION = 'interactions.retention';

export const interactions: Feature = {
  name: 'interactions',
  routes: (deps) => interactionRoutes({ ...deps, writer: new EventWriter(deps.db.sql, deps.log) }),
  beaconBodies: ['/v1/events'],
  jobs: ({ db, log }) => ({
    async [PARTITIONS]() {
      await preparePartitions(db.sql);
    },
    async [RETENTION]() {
      await applyRetention(db.sql, log);
    },
  }),
  schedules: [
    { kind: PARTITIONS, everySeconds: 6 * 3600 },
    { kind: RETENTION, everySeconds: 24 * 3600 },
  ],
};

export type { EventInput, EventBatch, EventReceipt } from './contract.ts';
export { personHistory, findInteractions, countByKind, type StoredInteraction } from './db.ts';
export { readyFor, recordServerEvents, recordServerEventsIn, type Person } from './ingest.ts';
export { EventWriter, WRITER_DEFAULTS, type WriterOptions } from './writer.ts';
