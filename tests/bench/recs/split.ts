/**
 * @module Recommendation benchmark: leave-one-out by time. Each user's interactions in time
 * order (equal timestamps: the item that first appears earlier in the file comes first, as
 * RecBole's remapped item ids order them); the last one is the test target, the
 * second-to-last the validation target, and the training set of a phase is everything before
 * its target. Also the fixed-seed negatives of the sampled protocol.
 */
import type { RatingRow } from './read.ts';

/** One interaction with the item as an index into `Dataset.items`. */
export interface Entry {
  item: number;
  rating: number;
  timestamp: number;
  line: number;
}

export interface Dataset {
  name: string;
  /** User ids by index. */
  users: string[];
  /** Item ids by index (in order of first appearance in the file). */
  items: string[];
  /** Per user, every interaction in time order (see `byTime`). */
  sequences: Entry[][];
}

/** A phase of the protocol: what each user's model may see, and the item to find. */
export interface Phase {
  name: 'validation' | 'test';
  /** Per user, the interactions before the target (all of them for a user not evaluated). */
  train: Entry[][];
  /** Per user, the held-out item, or -1 for a user with fewer than 3 interactions (trained on, never evaluated). */
  target: Int32Array;
}

/** The smallest history that gives a training item, a validation target and a test target. */
export const MIN_INTERACTIONS = 3;

/**
 * Orders interactions by time. Equal timestamps (44% of ml-100k's users rated their last two
 * items in the same second) are ordered by the item's index — its first appearance in the
 * file, which is how RecBole numbers items — then by line. That is deterministic for a given
 * file, and it is the order under which the independent reference figures were produced.
 */
export function byTime(a: Entry, b: Entry): number {
  return a.timestamp - b.timestamp || a.item - b.item || a.line - b.line;
}

export function buildDataset(name: string, rows: RatingRow[]): Dataset {
  const userIndex = new Map<string, number>();
  const itemIndex = new Map<string, number>();
  const users: string[] = [];
  const items: string[] = [];
  const sequences: Entry[][] = [];
  for (const r of rows) {
    let u = userIndex.get(r.user);
    if (u === undefined) {
      userIndex.set(r.user, (u = users.length));
      users.push(r.user);
      sequences.push([]);
    }
    let i = itemIndex.get(r.item);
    if (i === undefined) {
      itemIndex.set(r.item, (i = items.length));
      items.push(r.item);
    }
    sequences[u].push({ item: i, rating: r.rating, timestamp: r.timestamp, line: r.line });
  }
  for (const s of sequences) s.sort(byTime);
  return { name, users, items, sequences };
}

/**
 * Holds out the `fromEnd`-th last interaction of every user with at least MIN_INTERACTIONS:
 * 1 gives the test phase (train on all but the last), 2 the validation phase (train on all
 * but the last two; the last is not seen at all).
 */
export function holdOut(data: Dataset, fromEnd: 1 | 2): Phase {
  const target = new Int32Array(data.users.length).fill(-1);
  const train = data.sequences.map((s, u) => {
    if (s.length < MIN_INTERACTIONS) return s;
    target[u] = s[s.length - fromEnd].item;
    return s.slice(0, s.length - fromEnd);
  });
  return { name: fromEnd === 1 ? 'test' : 'validation', train, target };
}

/** mulberry32: a small seeded generator, so the negatives are the same on every run and machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Per user, `count` items drawn uniformly without replacement from those the user never
 * interacted with (in any phase), from one seeded generator: every model and both phases
 * are scored against the same negatives. A user who has seen nearly everything gets all
 * the items left.
 */
export function sampleNegatives(data: Dataset, count = 99, seed = 20240601): Int32Array[] {
  const rand = seededRandom(seed);
  const n = data.items.length;
  return data.sequences.map((s) => {
    const seen = new Set(s.map((e) => e.item));
    const unseen = n - seen.size;
    if (unseen <= 2 * count) {
      const pool = [...Array(n).keys()].filter((i) => !seen.has(i));
      for (let k = 0; k < Math.min(count, pool.length); k++) {
        const j = k + Math.floor(rand() * (pool.length - k));
        [pool[k], pool[j]] = [pool[j], pool[k]];
      }
      return Int32Array.from(pool.slice(0, count));
    }
    const out = new Set<number>();
    while (out.size < count) {
      const i = Math.floor(rand() * n);
      if (!seen.has(i)) out.add(i);
    }
    return Int32Array.from(out);
  });
}
