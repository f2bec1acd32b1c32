/**
 * @module Uploads: photos sent on their own (`POST /v1/uploads`) before the submission that
 * names them — checked, cleaned and measured — and taken by that submission inside its
 * transaction. Unused uploads are pruned hourly. What other features may use.
 */
import type { Feature } from '../kernel/http/router.ts';
import { pruneUploads } from './db.ts';
import { UPLOAD_KEEP_HOURS } from './limits.ts';
import { uploadRoutes } from './routes.ts';

const PRUNE = 'uploads.prune';

export const uploads: Feature = {
  name: 'uploads',
  routes: uploadRoutes,
  rawBodies: ['/v1/uploads'],
  jobs: ({ db, log }) => ({
    async [PRUNE]() {
      log.info('pruned unused uploads', { removed: await pruneUploads(db.sql, UPLOAD_KEEP_HOURS) });
    },
  }),
  schedules: [{ kind: PRUNE, everySeconds: 3600 }],
};

export { takeUploads, type UploadRow } from './db.ts';
export { PhotoRef, type UploadReceipt } from './contract.ts';
export { PREVIEW_MAX_SIDE } from './limits.ts';
