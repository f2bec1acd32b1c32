/**
 * @module Recommendation benchmark: the reference models, order-blind and on binary
 * interactions (a rating is an interaction whatever its value) — popularity, item-kNN
 * (cosine, each item's k nearest neighbours) and EASE (Steck 2019). Dense matrices: fine for
 * a catalogue of a few thousand items, which is what these baselines are for.
 */
import type { Entry } from './split.ts';

/** Scores every item for a user from the user's training history (higher is better). */
export type Scorer = (history: Entry[]) => Float64Array;

/** The largest catalogue the dense baselines take (an n×n Float64Array is 8·n² bytes). */
export const MAX_DENSE_ITEMS = 12_000;

/** The distinct items of each history. */
function itemSets(train: Entry[][]): Int32Array[] {
  return train.map((s) => Int32Array.from(new Set(s.map((e) => e.item))));
}

/** How many users interacted with each item. */
export function popularityCounts(train: Entry[][], nItems: number): Float64Array {
  const counts = new Float64Array(nItems);
  for (const s of itemSets(train)) for (const i of s) counts[i]++;
  return counts;
}

/** Most interacted-with items first, the same list for everybody. */
export function popularity(train: Entry[][], nItems: number): Scorer {
  const counts = popularityCounts(train, nItems);
  return () => counts;
}

/** XᵀX of the binary user × item matrix: co-occurrence counts, item counts on the diagonal. */
export function gram(train: Entry[][], nItems: number): Float64Array {
  if (nItems > MAX_DENSE_ITEMS) throw new Error(`${nItems} items: the dense baselines take at most ${MAX_DENSE_ITEMS}`);
  const g = new Float64Array(nItems * nItems);
  for (const s of itemSets(train)) {
    for (const i of s) {
      const row = i * nItems;
      for (const j of s) g[row + j]++;
    }
  }
  return g;
}

/** The historyʼs items summed over the rows of a dense n×n matrix: x_u · M. */
function rowSum(m: Float64Array, n: number, history: Entry[]): Float64Array {
  const out = new Float64Array(n);
  for (const i of new Set(history.map((e) => e.item))) {
    const row = i * n;
    for (let j = 0; j < n; j++) out[j] += m[row + j];
  }
  return out;
}

/**
 * Item-kNN: cosine similarity between items' user sets; every item keeps its k most similar
 * items, and a user's score for item j is the sum of j's similarities to the items in the
 * history (RecBole's ItemKNN with shrink 0).
 */
export function itemKnn(train: Entry[][], nItems: number, k = 20): Scorer {
  const g = gram(train, nItems);
  const n = nItems;
  const w = new Float64Array(n * n);
  const sims = new Float64Array(n);
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const dj = g[j * n + j];
    for (let i = 0; i < n; i++) {
      const d = dj * g[i * n + i];
      sims[i] = i === j || d === 0 ? 0 : g[i * n + j] / Math.sqrt(d);
      order[i] = i;
    }
    const top = Array.from(order).sort((a, b) => sims[b] - sims[a] || a - b).slice(0, k);
    for (const i of top) if (sims[i] > 0) w[i * n + j] = sims[i];
  }
  return (history) => rowSum(w, n, history);
}

/**
 * Inverts a symmetric positive definite matrix in place (Gauss–Jordan without pivoting,
 * which such a matrix does not need).
 */
export function invertSpd(a: Float64Array, n: number): Float64Array {
  for (let k = 0; k < n; k++) {
    const rk = k * n;
    const p = a[rk + k];
    if (!(p > 0)) throw new Error('matrix is not positive definite');
    const inv = 1 / p;
    for (let j = 0; j < n; j++) a[rk + j] *= inv;
    a[rk + k] = inv;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const ri = i * n;
      const f = a[ri + k];
      if (f === 0) continue;
      for (let j = 0; j < n; j++) a[ri + j] -= f * a[rk + j];
      a[ri + k] = -f * inv;
    }
  }
  return a;
}

/**
 * EASE (Steck 2019): B = I − P·diag(1/diag P) with P = (XᵀX + λI)⁻¹ and diag B = 0, the
 * closed-form item-item regression; a user's scores are x_u · B.
 */
export function ease(train: Entry[][], nItems: number, lambda = 200): Scorer {
  const n = nItems;
  const p = gram(train, n);
  for (let i = 0; i < n; i++) p[i * n + i] += lambda;
  invertSpd(p, n);
  const b = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) b[i * n + j] = i === j ? 0 : -p[i * n + j] / p[j * n + j];
  }
  return (history) => rowSum(b, n, history);
}
