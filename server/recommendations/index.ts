/**
 * @module The recommendation engine (all that other rooms, the API and the benchmarks use):
 * `train` in the offline job, its rows stored, `loadModel` in any API process, then
 * `recommend`, `similar`, `boughtTogether`, `trending`, `recentlyViewed`, `rankVariants` per request.
 */
export { boughtTogether, rankVariants, recentlyViewed, recommend, similar, trending, type ItemQuery } from './engine.ts';
export { loadModel, withParams, type Model } from './model.ts';
export { KIND_WEIGHTS, SIZE_REASONS } from './signals.ts';
export { PARAM_DEFAULTS, train, TRAIN_DEFAULTS, type TrainOptions } from './train.ts';
export type * from './types.ts';
