/**
 * @module Recommendation benchmark: the engine as shipped, on a rating file. Ratings become
 * interactions (see `toInteractions`), the model is trained by the engine's `train`, goes
 * through its stored form (rows → JSON → rows, as the API would load it) and answers through
 * `recommend` with the same arguments the API passes: the shopper's history, k, the items
 * to exclude and a filter.
 */
import { loadModel, recommend, train, withParams, type EngineParams, type Interaction, type Model, type TrainOptions } from '../../../server/recommendations/index.ts';
import type { ListingModel } from './evaluate.ts';
import type { Dataset, Entry } from './split.ts';

/**
 * A rating is a `view` (it says the user watched or bought the item, whatever they thought
 * of it: the held-out item is the next one rated, low or high) weighing 1 + `ratingSlope` ×
 * (rating − mid) / (max − min) over the file's rating range — a mild preference for what was
 * liked when `ratingSlope` > 0. Timestamps (seconds) become ms.
 */
export function ratingMapper(data: Dataset, ratingSlope: number): (user: number, e: Entry) => Interaction {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of data.sequences) for (const e of s) [lo, hi] = [Math.min(lo, e.rating), Math.max(hi, e.rating)];
  const span = hi > lo ? hi - lo : 1;
  const mid = (hi + lo) / 2;
  return (user, e) => ({
    user: data.users[user],
    item: data.items[e.item],
    kind: 'view',
    weight: Math.max(0.05, 1 + (ratingSlope * (e.rating - mid)) / span),
    at: e.timestamp * 1000,
  });
}

export interface EngineSetup {
  ratingSlope: number;
  train: TrainOptions;
  params: Partial<EngineParams>;
}

/** Trains the engine on a phase's training histories and stores and reloads it as the API would. */
export function trainEngine(data: Dataset, histories: Entry[][], setup: EngineSetup): Model {
  const toEvent = ratingMapper(data, setup.ratingSlope);
  const rows = train(histories.flatMap((s, u) => s.map((e) => toEvent(u, e))), { ...setup.train, params: setup.params });
  return loadModel(JSON.parse(JSON.stringify(rows)));
}

/**
 * The engine behind the benchmark's list interface. `includeSeen` because the benchmark
 * excludes exactly the training items itself; `params` overrides the stored per-request ones.
 */
export function engineLister(data: Dataset, model: Model, setup: EngineSetup, params?: Partial<EngineParams>): ListingModel {
  const m = params ? withParams(model, params) : model;
  const index = new Map(data.items.map((id, i) => [id, i]));
  const toEvent = ratingMapper(data, setup.ratingSlope);
  return {
    top(user, history, k, excluded, candidates) {
      const answer = recommend(m, {
        history: history.map((e) => toEvent(user, e)),
        k,
        exclude: new Set([...excluded].map((i) => data.items[i])),
        filter: candidates ? (id) => candidates.has(index.get(id) ?? -1) : undefined,
        includeSeen: true,
      });
      return answer.map((r) => index.get(r.item) ?? -1);
    },
  };
}
