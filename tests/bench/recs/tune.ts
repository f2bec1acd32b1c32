/**
 * @module Recommendation benchmark: chooses the engine's settings on the validation phase
 * only (trained on all but each user's last two interactions, scored on the second-to-last)
 * — a short coordinate search from the engine's defaults over a fixed, small grid, so it
 * works the same on any interaction file and never sees a test item.
 */
import { PARAM_DEFAULTS, TRAIN_DEFAULTS, type EngineParams } from '../../../server/recommendations/index.ts';
import { engineLister, trainEngine, type EngineSetup } from './engine-model.ts';
import { evaluate } from './evaluate.ts';
import type { Quality } from './metrics.ts';
import type { Dataset, Phase } from './split.ts';

/** One knob: where it lives in the setup and the values tried. */
interface Knob {
  name: string;
  values: readonly number[];
  set: (s: EngineSetup, v: number) => EngineSetup;
  /** Whether changing it needs a new training (else only the per-request parameters change). */
  retrain: boolean;
}

const param = (name: keyof EngineParams, values: number[]): Knob => ({
  name, values, retrain: false, set: (s, v) => ({ ...s, params: { ...s.params, [name]: v } }),
});

const trainOption = (name: 'window' | 'backward' | 'alpha', values: number[]): Knob => ({
  name, values, retrain: true, set: (s, v) => ({ ...s, train: { ...s.train, [name]: v } }),
});

/** Per-request knobs first (cheap: no retraining), then the training ones. */
export const KNOBS: readonly Knob[] = [
  param('positionTau', [2, 3, 5, 8]),
  {
    name: 'similarWeight', values: [0, 0.1, 0.2, 0.5], retrain: false,
    set: (s, v) => ({ ...s, params: { ...s.params, relationWeights: { ...PARAM_DEFAULTS.relationWeights, similar: v } } }),
  },
  param('prior', [0.02, 0.05, 0.1]),
  trainOption('window', [10, 20, 40]),
  trainOption('backward', [0, 0.3, 0.6]),
  trainOption('alpha', [0.3, 0.5, 0.7]),
  { name: 'ratingSlope', values: [0, 0.5], retrain: true, set: (s, v) => ({ ...s, ratingSlope: v }) },
];

/** The engine's defaults as a setup (ratings flat), spelt out so that trying a default again is recognised. */
export const START: EngineSetup = {
  ratingSlope: 0,
  train: { window: TRAIN_DEFAULTS.window, backward: TRAIN_DEFAULTS.backward, alpha: TRAIN_DEFAULTS.alpha },
  params: { positionTau: PARAM_DEFAULTS.positionTau, relationWeights: { ...PARAM_DEFAULTS.relationWeights }, prior: PARAM_DEFAULTS.prior },
};

/**
 * What a setting is worth on validation: the geometric mean of the four figures, so each
 * counts by its relative change and none can be traded away for another's absolute size.
 */
export function objective(q: Quality): number {
  return Math.pow(q.hr10_sampled * q.ndcg10_sampled * q.hr10_full * q.ndcg10_full, 1 / 4);
}

export interface Tuned {
  setup: EngineSetup;
  validation: Quality;
  /** How many settings were scored. */
  tried: number;
}

/** One pass of coordinate search over `KNOBS` on the validation phase. */
export function tune(data: Dataset, validation: Phase, negatives: Int32Array[], log: (line: string) => void = () => {}): Tuned {
  const models = new Map<string, ReturnType<typeof trainEngine>>();
  const scores = new Map<string, Quality>();
  const score = (s: EngineSetup): Quality => {
    const key = JSON.stringify(s);
    let q = scores.get(key);
    if (!q) {
      const trainKey = JSON.stringify([s.ratingSlope, s.train]);
      let model = models.get(trainKey);
      if (!model) models.set(trainKey, (model = trainEngine(data, validation.train, { ...s, params: {} })));
      q = evaluate(validation, negatives, data.items.length, engineLister(data, model, s, s.params));
      scores.set(key, q);
    }
    return q;
  };
  let best = START;
  let bestScore = objective(score(best));
  for (const knob of KNOBS) {
    for (const v of knob.values) {
      const candidate = knob.set(best, v);
      const s = objective(score(candidate));
      if (s > bestScore) [best, bestScore] = [candidate, s];
    }
    log(`  ${knob.name}: best so far ${JSON.stringify(best)} (validation objective ${bestScore.toFixed(4)})`);
  }
  return { setup: best, validation: score(best), tried: scores.size };
}
