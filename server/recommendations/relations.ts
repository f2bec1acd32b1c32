/**
 * @module Recommendation engine, training: the item-to-item relations, each kept as every
 * item's strongest few links — `next` (what shoppers went on to, and came from, within a few
 * steps: the order-aware part), `similar` (co-occurrence in the same shoppers' histories,
 * cosine) and `together` (co-occurrence in baskets, cosine).
 */
import type { Sequence } from './digest.ts';

/** Per source item, its links as parallel arrays, strongest first. */
export interface Relation {
  to: Int32Array[];
  score: Float64Array[];
}

export interface TransitionOptions {
  /** How many steps ahead (and back) a transition reaches. */
  window: number;
  /** Each further step counts this much less (geometric). */
  windowDecay: number;
  /** Weight of "came from" relative to "went on to". */
  backward: number;
  /**
   * 0 scores a transition by its share of the source's transitions (favours popular
   * targets); 1 by the target's popularity alone (favours rare ones); in between, both.
   */
  alpha: number;
  /** Links kept per item. */
  keep: number;
}

/** A scratch row reused for every source item: dense values, plus the touched indices. */
class Accumulator {
  readonly values: Float64Array;
  private touched: number[] = [];

  constructor(n: number) {
    this.values = new Float64Array(n);
  }

  add(i: number, v: number) {
    if (!(v > 0)) return;
    if (this.values[i] === 0) this.touched.push(i);
    this.values[i] += v;
  }

  /** The `keep` largest entries after `transform`, then clears the row. */
  take(keep: number, transform: (i: number, v: number) => number): { to: Int32Array; score: Float64Array } {
    const touched = this.touched;
    const scores = new Float64Array(touched.length);
    for (let k = 0; k < touched.length; k++) {
      scores[k] = transform(touched[k], this.values[touched[k]]);
      this.values[touched[k]] = 0;
    }
    this.touched = [];
    // Everything below the keep-th score goes before anything is sorted with its tie-break.
    const floor = touched.length > keep ? kthLargest(scores.slice(), keep) : 0;
    const top: number[] = [];
    for (let k = 0; k < touched.length; k++) if (scores[k] > 0 && scores[k] >= floor) top.push(k);
    top.sort((a, b) => scores[b] - scores[a] || touched[a] - touched[b]);
    top.length = Math.min(top.length, keep);
    return { to: Int32Array.from(top, (k) => touched[k]), score: Float64Array.from(top, (k) => scores[k]) };
  }

  get sum(): number {
    let s = 0;
    for (const i of this.touched) s += this.values[i];
    return s;
  }
}

/** The k-th largest value (1-based) of `a`, which it reorders: quickselect, O(n) on average. */
export function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const target = a.length - k;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target];
}

/** For each item, where it occurs: (sequence, position) pairs. */
function occurrences(lists: ArrayLike<number>[], n: number): Int32Array[] {
  const counts = new Int32Array(n);
  for (const l of lists) for (let p = 0; p < l.length; p++) counts[l[p]]++;
  const out = Array.from(counts, (c) => new Int32Array(2 * c));
  const fill = new Int32Array(n);
  lists.forEach((l, s) => {
    for (let p = 0; p < l.length; p++) {
      const i = l[p];
      out[i][fill[i]++] = s;
      out[i][fill[i]++] = p;
    }
  });
  return out;
}

/**
 * Transitions: for each occurrence of item a, the items up to `window` steps after it (and,
 * weighted by `backward`, before it), each further step decaying, weighted by the geometric
 * mean of both events' weights; normalised by the source's total and the target's popularity.
 */
export function transitions(seqs: Sequence[], n: number, popularity: Float64Array, o: TransitionOptions): Relation {
  const occ = occurrences(seqs.map((s) => s.items), n);
  const acc = new Accumulator(n);
  const rel: Relation = { to: [], score: [] };
  for (let a = 0; a < n; a++) {
    const where = occ[a];
    for (let k = 0; k < where.length; k += 2) {
      const { items, weights } = seqs[where[k]];
      const p = where[k + 1];
      const wa = weights[p];
      let d = 1;
      for (let q = p + 1; q < Math.min(items.length, p + 1 + o.window); q++, d *= o.windowDecay) {
        if (items[q] !== a) acc.add(items[q], d * Math.sqrt(wa * weights[q]));
      }
      if (o.backward > 0) {
        d = o.backward;
        for (let q = p - 1; q >= Math.max(0, p - o.window); q--, d *= o.windowDecay) {
          if (items[q] !== a) acc.add(items[q], d * Math.sqrt(wa * weights[q]));
        }
      }
    }
    const rowNorm = (acc.sum + 1) ** (1 - o.alpha);
    const { to, score } = acc.take(o.keep, (b, v) => v / rowNorm / (popularity[b] + 1) ** o.alpha);
    rel.to.push(to);
    rel.score.push(score);
  }
  return rel;
}

/** Cosine co-occurrence between items over a list of sets (histories or baskets). */
export function cooccurrence(sets: Int32Array[], n: number, keep: number): Relation {
  const occ = occurrences(sets, n);
  const size = Float64Array.from(occ, (o) => o.length / 2);
  const acc = new Accumulator(n);
  const rel: Relation = { to: [], score: [] };
  for (let a = 0; a < n; a++) {
    const where = occ[a];
    for (let k = 0; k < where.length; k += 2) {
      for (const b of sets[where[k]]) if (b !== a) acc.add(b, 1);
    }
    const { to, score } = acc.take(keep, (b, v) => v / Math.sqrt(size[a] * size[b]));
    rel.to.push(to);
    rel.score.push(score);
  }
  return rel;
}

/**
 * Divides a relation by the mean of its items' strongest link, so that relations of
 * different nature add up with weights of comparable meaning (1 = a typical best link).
 */
export function normalise(rel: Relation): Relation {
  let sum = 0;
  let rows = 0;
  for (const s of rel.score) {
    if (s.length) {
      sum += s[0];
      rows++;
    }
  }
  const scale = rows && sum > 0 ? rows / sum : 1;
  return { to: rel.to, score: rel.score.map((s) => s.map((v) => v * scale)) };
}
