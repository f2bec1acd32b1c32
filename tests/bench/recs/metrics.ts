/**
 * @module Recommendation benchmark: HR@k and NDCG@k of one held-out item, from its rank among
 * the candidates. A model that scores every item is ranked with ties split fairly (the
 * expected value over every order of the tied items, so a model that scores everything 0
 * earns chance, not a lucky index order); a model that answers a ranked list is read as is.
 */

export interface Hit {
  hr: number;
  ndcg: number;
}

export const K = 10;

/**
 * The expected HR@k and NDCG@k when `greater` candidates score above the target and `ties`
 * others score the same: the target's position is then equally likely to be any of
 * greater … greater + ties (0-based).
 */
export function hitFromScores(greater: number, ties: number, k = K): Hit {
  let hr = 0;
  let ndcg = 0;
  for (let p = greater; p <= greater + ties && p < k; p++) {
    hr += 1;
    ndcg += 1 / Math.log2(p + 2);
  }
  return { hr: hr / (ties + 1), ndcg: ndcg / (ties + 1) };
}

/** HR@k and NDCG@k of a ranked list (best first) for one target. */
export function hitFromList(list: ArrayLike<number>, target: number, k = K): Hit {
  for (let p = 0; p < Math.min(k, list.length); p++) {
    if (list[p] === target) return { hr: 1, ndcg: 1 / Math.log2(p + 2) };
  }
  return { hr: 0, ndcg: 0 };
}

/**
 * Where the target stands among the candidates by score. `candidates` may contain the
 * target (it is skipped); NaN scores count as the lowest.
 */
export function rankAmong(scores: ArrayLike<number>, target: number, candidates: Iterable<number>): { greater: number; ties: number } {
  const t = Number.isNaN(scores[target]) ? -Infinity : scores[target];
  let greater = 0;
  let ties = 0;
  for (const c of candidates) {
    if (c === target) continue;
    const s = Number.isNaN(scores[c]) ? -Infinity : scores[c];
    if (s > t) greater++;
    else if (s === t) ties++;
  }
  return { greater, ties };
}

/** The four figures the benchmark reports for a model (means over the evaluated users). */
export interface Quality {
  hr10_sampled: number;
  ndcg10_sampled: number;
  hr10_full: number;
  ndcg10_full: number;
}

/** Running means of the four figures. */
export class Tally {
  private n = 0;
  private sums: Quality = { hr10_sampled: 0, ndcg10_sampled: 0, hr10_full: 0, ndcg10_full: 0 };

  add(sampled: Hit, full: Hit): void {
    this.n++;
    this.sums.hr10_sampled += sampled.hr;
    this.sums.ndcg10_sampled += sampled.ndcg;
    this.sums.hr10_full += full.hr;
    this.sums.ndcg10_full += full.ndcg;
  }

  get count(): number {
    return this.n;
  }

  means(): Quality {
    const d = Math.max(1, this.n);
    const s = this.sums;
    return { hr10_sampled: s.hr10_sampled / d, ndcg10_sampled: s.ndcg10_sampled / d, hr10_full: s.hr10_full / d, ndcg10_full: s.ndcg10_full / d };
  }
}
