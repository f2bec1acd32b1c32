/**
 * @module `npm run bench:recs -- --data <file> [--json]`: the recommendation engine's offline
 * quality against popularity, item-kNN and EASE, leave-one-out by time (docs/recommendations.md).
 * Reads a RecBole `.inter` file or a `userId,itemId|movieId,rating,timestamp` CSV; prints a
 * table, or with --json exactly {dataset, users, items, results}. `recsQuality(file)` gives the
 * same figures to the main benchmark.
 */
import { parseArgs } from 'node:util';
import { ease, itemKnn, MAX_DENSE_ITEMS, popularity, type Scorer } from './recs/baselines.ts';
import { engineLister, trainEngine } from './recs/engine-model.ts';
import { evaluate, type EvaluatedModel } from './recs/evaluate.ts';
import type { Quality } from './recs/metrics.ts';
import { readRatings } from './recs/read.ts';
import { buildDataset, holdOut, sampleNegatives } from './recs/split.ts';
import { tune, type Tuned } from './recs/tune.ts';

export const MODELS = ['popularity', 'itemknn', 'ease', 'engine'] as const;
export type ModelName = (typeof MODELS)[number];

/** What --json prints. A baseline the catalogue is too large for is null. */
export interface RecsQuality {
  dataset: string;
  users: number;
  items: number;
  results: Record<ModelName, Quality | null>;
}

export interface RecsRun {
  quality: RecsQuality;
  /** Users scored (those with at least 3 interactions). */
  evaluated: number;
  tuned: Tuned;
  /** Training the shipped engine on the test phase's training set (ms). */
  engineTrainMs: number;
  /** Mean time of one `recommend` call during the test evaluation (ms). */
  engineRequestMs: number;
  seconds: Record<ModelName | 'tuning', number>;
}

/** Independent figures on ml-100k with this protocol (HR@10 sampled / full). */
export const REFERENCE: Record<string, Partial<Record<ModelName, [number, number]>>> = {
  'ml-100k': { popularity: [0.328, 0.059], itemknn: [0.59, 0.098], ease: [0.608, 0.101] },
};

/** Runs the whole protocol on one file; `log` hears the progress. */
export function recsBenchmark(file: string, log: (line: string) => void = () => {}): RecsRun {
  const input = readRatings(file);
  const data = buildDataset(input.name, input.rows);
  const n = data.items.length;
  const test = holdOut(data, 1);
  const validation = holdOut(data, 2);
  const negatives = sampleNegatives(data);
  log(`${data.name}: ${input.rows.length} interactions, ${data.users.length} users, ${n} items`);

  const seconds = {} as RecsRun['seconds'];
  const results = {} as RecsQuality['results'];
  const time = <T>(name: keyof RecsRun['seconds'], f: () => T): T => {
    const t = performance.now();
    const out = f();
    seconds[name] = Math.round(performance.now() - t) / 1000;
    return out;
  };
  const scoring = (s: Scorer): EvaluatedModel => ({ scores: (_u, history) => s(history) });
  const baselines: Record<Exclude<ModelName, 'engine'>, () => Scorer> = {
    popularity: () => popularity(test.train, n),
    itemknn: () => itemKnn(test.train, n, 20),
    ease: () => ease(test.train, n, 200),
  };
  for (const [name, build] of Object.entries(baselines) as [Exclude<ModelName, 'engine'>, () => Scorer][]) {
    if (name !== 'popularity' && n > MAX_DENSE_ITEMS) {
      log(`${name}: skipped (${n} items; the dense baseline takes at most ${MAX_DENSE_ITEMS})`);
      results[name] = null;
      continue;
    }
    results[name] = time(name, () => strip(evaluate(test, negatives, n, scoring(build()))));
    log(`${name}: done in ${seconds[name]} s`);
  }

  log('engine: choosing its settings on the validation phase');
  const tuned = time('tuning', () => tune(data, validation, negatives, log));
  let engineTrainMs = 0;
  let engineRequestMs = 0;
  results.engine = time('engine', () => {
    let t = performance.now();
    const model = trainEngine(data, test.train, tuned.setup);
    engineTrainMs = Math.round(performance.now() - t);
    t = performance.now();
    const q = evaluate(test, negatives, n, engineLister(data, model, tuned.setup));
    engineRequestMs = (performance.now() - t) / (2 * q.users);
    return strip(q);
  });
  const evaluated = test.target.filter((t) => t >= 0).length;
  return {
    quality: { dataset: data.name, users: data.users.length, items: n, results },
    evaluated, tuned, engineTrainMs, engineRequestMs, seconds,
  };
}

/** The four figures per model, for the main benchmark (`npm run bench`). */
export function recsQuality(file: string): RecsQuality {
  return recsBenchmark(file).quality;
}

function strip(q: Quality & { users?: number }): Quality {
  return { hr10_sampled: q.hr10_sampled, ndcg10_sampled: q.ndcg10_sampled, hr10_full: q.hr10_full, ndcg10_full: q.ndcg10_full };
}

function printTable(run: RecsRun) {
  const { quality: q } = run;
  const ref = REFERENCE[q.dataset.replace(/\.[^.]+$/, '')];
  const f = (v: number | undefined) => (v === undefined ? '' : v.toFixed(3));
  console.log(`\n${q.dataset}: ${q.users} users (${run.evaluated} evaluated), ${q.items} items; leave-one-out by time, @10`);
  console.table(
    Object.fromEntries(
      MODELS.map((m) => {
        const r = q.results[m];
        const row: Record<string, string> = r
          ? { 'HR sampled': f(r.hr10_sampled), 'NDCG sampled': f(r.ndcg10_sampled), 'HR full': f(r.hr10_full), 'NDCG full': f(r.ndcg10_full) }
          : { 'HR sampled': 'skipped' };
        if (ref) row['reference HR sampled / full'] = ref[m] ? `${f(ref[m][0])} / ${f(ref[m][1])}` : '';
        row.seconds = String(run.seconds[m] ?? '');
        return [m, row];
      }),
    ),
  );
  const v = run.tuned.validation;
  console.log(`engine settings chosen on validation (${run.tuned.tried} tried in ${run.seconds.tuning} s): ${JSON.stringify(run.tuned.setup)}`);
  console.log(`  validation: HR sampled ${f(v.hr10_sampled)}, NDCG sampled ${f(v.ndcg10_sampled)}, HR full ${f(v.hr10_full)}, NDCG full ${f(v.ndcg10_full)}`);
  console.log(`engine training on the test phase's training set: ${run.engineTrainMs} ms; one recommend call: ${run.engineRequestMs.toFixed(2)} ms on average`);
  const best = (key: keyof Quality) => Math.max(...(['popularity', 'itemknn', 'ease'] as const).map((m) => q.results[m]?.[key] ?? 0));
  const e = q.results.engine!;
  console.log(`engine ÷ best baseline: ${(['hr10_sampled', 'ndcg10_sampled', 'hr10_full', 'ndcg10_full'] as const).map((k) => `${k} ${(e[k] / best(k)).toFixed(2)}×`).join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let values: { data?: string; json?: boolean };
  try {
    ({ values } = parseArgs({ options: { data: { type: 'string' }, json: { type: 'boolean' } } }));
  } catch (e) {
    console.error(`${(e as Error).message}\nusage: npm run bench:recs -- --data <file.inter|file.csv> [--json]`);
    process.exit(2);
  }
  if (!values.data) {
    console.error('usage: npm run bench:recs -- --data <file.inter|file.csv> [--json]');
    process.exit(2);
  }
  try {
    const run = recsBenchmark(values.data, values.json ? () => {} : (line) => console.error(line));
    if (values.json) console.log(JSON.stringify(run.quality));
    else printTable(run);
  } catch (e) {
    console.error(`bench:recs: ${(e as Error).message}`);
    process.exit(1);
  }
}
