/**
 * @module Recommendation benchmark: scores one model on one phase — every evaluated user's
 * held-out item ranked among 99 sampled negatives and among the full catalogue (every item
 * the user did not interact with in training; the target always stays a candidate).
 */
import { hitFromList, hitFromScores, K, rankAmong, Tally, type Quality } from './metrics.ts';
import type { Entry, Phase } from './split.ts';

/** A model that scores every item (the baselines). */
export interface ScoringModel {
  scores(user: number, history: Entry[]): Float64Array;
}

/**
 * A model that answers a ranked list, as the engine does for the API: the best `k` items
 * that are not `excluded`, among `candidates` when given.
 */
export interface ListingModel {
  top(user: number, history: Entry[], k: number, excluded: Set<number>, candidates?: Set<number>): number[];
}

export type EvaluatedModel = ScoringModel | ListingModel;

export function evaluate(phase: Phase, negatives: Int32Array[], nItems: number, model: EvaluatedModel): Quality & { users: number } {
  const tally = new Tally();
  phase.target.forEach((target, u) => {
    if (target < 0) return;
    const history = phase.train[u];
    const excluded = new Set(history.map((e) => e.item));
    excluded.delete(target);
    const sampled = [target, ...negatives[u]];
    if ('scores' in model) {
      const scores = model.scores(u, history);
      const s = rankAmong(scores, target, sampled);
      const full = rankAmong(scores, target, fullCandidates(nItems, excluded));
      tally.add(hitFromScores(s.greater, s.ties), hitFromScores(full.greater, full.ties));
    } else {
      const s = model.top(u, history, K, excluded, new Set(sampled));
      const full = model.top(u, history, K, excluded);
      tally.add(hitFromList(s, target), hitFromList(full, target));
    }
  });
  return { ...tally.means(), users: tally.count };
}

function* fullCandidates(nItems: number, excluded: Set<number>): Generator<number> {
  for (let i = 0; i < nItems; i++) if (!excluded.has(i)) yield i;
}
