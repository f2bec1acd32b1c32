/**
 * @module Recommendations: the engine (pure: `train` in the offline job, `loadModel` in any
 * API process, then `recommend`, `similar`, `boughtTogether`, `trending`, `recentlyViewed`,
 * `rankVariants` per request — the benchmarks use it too), and the feature around it:
 * `GET /v1/recommendations` for the widget, the admin's explain, statistics and training,
 * and the training job that stores each shop's model in PostgreSQL. What other rooms may use.
 */
import type { Database } from '../kernel/db/client.ts';
import type { AppDeps, Feature } from '../kernel/http/router.ts';
import { recommendationAdminRoutes } from './admin-routes.ts';
import { ModelCache } from './models.ts';
import { recommendationRoutes } from './routes.ts';
import { TRAIN_DUE_JOB, trainingJobs } from './training.ts';

/** One cache of models per app (its storefront and admin routes share it). */
const caches = new WeakMap<Database, ModelCache>();
const cacheOf = (deps: AppDeps) => {
  let cache = caches.get(deps.db);
  if (!cache) caches.set(deps.db, (cache = new ModelCache(deps.db, deps.log)));
  return cache;
};

export const recommendations: Feature = {
  name: 'recommendations',
  routes: (deps) => recommendationRoutes({ ...deps, models: cacheOf(deps) }),
  adminRoutes: (deps) => recommendationAdminRoutes({ ...deps, models: cacheOf(deps) }),
  jobs: ({ db, log }) => trainingJobs(db, log),
  schedules: [{ kind: TRAIN_DUE_JOB, everySeconds: 300 }],
};

export { boughtTogether, rankVariants, recentlyViewed, recommend, similar, trending, type ItemQuery } from './engine.ts';
export { loadModel, withParams, type Model } from './model.ts';
export { KIND_WEIGHTS, SIZE_REASONS } from './signals.ts';
export { PARAM_DEFAULTS, train, TRAIN_DEFAULTS, type TrainOptions } from './train.ts';
export { requestTraining, trainInWorker, trainShop, type TrainReport } from './training.ts';
export { CACHE_TIMING } from './models.ts';
export type { RecommendationList, RecommendationItem, ExplainResult, RecommendationStats } from './contract.ts';
export type * from './types.ts';
