import { describe, expect, it } from 'vitest';
import { ease, gram, invertSpd, itemKnn, popularity } from '../../bench/recs/baselines.ts';
import { engineLister, ratingMapper, trainEngine } from '../../bench/recs/engine-model.ts';
import { evaluate } from '../../bench/recs/evaluate.ts';
import { hitFromList, hitFromScores, rankAmong, Tally } from '../../bench/recs/metrics.ts';
import { parseRatings } from '../../bench/recs/read.ts';
import { buildDataset, holdOut, type Entry } from '../../bench/recs/split.ts';
import { objective, START } from '../../bench/recs/tune.ts';

const entries = (...items: number[]): Entry[] => items.map((item, k) => ({ item, rating: 1, timestamp: k, line: k }));

describe('HR@10 and NDCG@10', () => {
  it('a target ranked first scores 1 and 1', () => {
    expect(hitFromScores(0, 0)).toEqual({ hr: 1, ndcg: 1 });
  });

  it('a target in third place: NDCG 1/log2(4) = 0.5', () => {
    expect(hitFromScores(2, 0)).toEqual({ hr: 1, ndcg: 0.5 });
  });

  it('a target in 11th place scores nothing', () => {
    expect(hitFromScores(10, 0)).toEqual({ hr: 0, ndcg: 0 });
  });

  it('ties are split fairly: tied with one other at the 10th place, half a hit', () => {
    expect(hitFromScores(9, 1)).toEqual({ hr: 0.5, ndcg: 1 / Math.log2(11) / 2 });
    // Tied with 3 others for places 1–4: every place equally likely.
    const h = hitFromScores(0, 3);
    expect(h.hr).toBe(1);
    expect(h.ndcg).toBeCloseTo((1 + 1 / Math.log2(3) + 1 / Math.log2(4) + 1 / Math.log2(5)) / 4, 15);
  });

  it('counts the candidates above and level with the target (NaN as the lowest), skipping the target itself', () => {
    const scores = [0.5, 0.9, 0.5, NaN, 0.1];
    expect(rankAmong(scores, 0, [0, 1, 2, 3, 4])).toEqual({ greater: 1, ties: 1 });
    expect(rankAmong(scores, 3, [1, 3, 4])).toEqual({ greater: 2, ties: 0 });
  });

  it('reads a ranked list', () => {
    expect(hitFromList([7, 3, 5], 5)).toEqual({ hr: 1, ndcg: 0.5 });
    expect(hitFromList([7, 3, 5], 9)).toEqual({ hr: 0, ndcg: 0 });
    expect(hitFromList([...Array(20).keys()], 10)).toEqual({ hr: 0, ndcg: 0 });
  });

  it('averages over users', () => {
    const t = new Tally();
    t.add({ hr: 1, ndcg: 1 }, { hr: 0, ndcg: 0 });
    t.add({ hr: 0, ndcg: 0 }, { hr: 1, ndcg: 0.5 });
    expect(t.means()).toEqual({ hr10_sampled: 0.5, ndcg10_sampled: 0.5, hr10_full: 0.5, ndcg10_full: 0.25 });
    expect(t.count).toBe(2);
  });
});

describe('evaluation', () => {
  it('ranks the target among the sampled negatives and among every item not in training', () => {
    // 12 items; the user trained on 0 and 1, the target is 2: behind item 3 among the sampled, behind 3 and 6–11 in full.
    const phase = { name: 'test' as const, train: [entries(0, 1)], target: Int32Array.of(2) };
    const scores = Float64Array.from([100, 100, 5, 9, 1, 1, 9, 9, 9, 9, 9, 9]);
    const q = evaluate(phase, [Int32Array.of(3, 4, 5)], 12, { scores: () => scores });
    expect(q).toEqual({ hr10_sampled: 1, ndcg10_sampled: 1 / Math.log2(3), hr10_full: 1, ndcg10_full: 1 / Math.log2(9), users: 1 });
  });

  it('asks a listing model for the full catalogue minus training, and for the sampled candidates', () => {
    const calls: Array<[number[], number[] | undefined]> = [];
    const phase = { name: 'test' as const, train: [entries(0, 1)], target: Int32Array.of(2) };
    evaluate(phase, [Int32Array.of(3, 4)], 5, {
      top: (_u, _h, _k, excluded, candidates) => (calls.push([[...excluded].sort(), candidates && [...candidates].sort()]), [2]),
    });
    expect(calls).toEqual([[[0, 1], [2, 3, 4]], [[0, 1], undefined]]);
  });
});

describe('baselines', () => {
  // Users: {0,1}, {0,1}, {0,2}, {1,2,3}
  const train = [entries(0, 1), entries(0, 1), entries(0, 2), entries(1, 2, 3)];

  it('popularity counts users per item', () => {
    expect([...popularity(train, 4)([])]).toEqual([3, 3, 2, 1]);
  });

  it('the Gram matrix holds co-occurrences, item counts on the diagonal', () => {
    expect([...gram(train, 4)]).toEqual([3, 2, 1, 0, 2, 3, 1, 1, 1, 1, 2, 1, 0, 1, 1, 1]);
  });

  it('item-kNN sums cosine similarities of the history to each item, over each item’s k nearest', () => {
    // cos(0,1) = 2/3, cos(0,2) = 1/√6, cos(1,2) = 1/√6, cos(1,3) = 1/√3, cos(2,3) = 1/√2.
    const scores = itemKnn(train, 4, 20)(entries(0));
    expect(scores[1]).toBeCloseTo(2 / 3, 12);
    expect(scores[2]).toBeCloseTo(1 / Math.sqrt(6), 12);
    expect(scores[3]).toBe(0);
    // With k = 1, item 2 keeps only its nearest neighbour (3), so 0 no longer scores it.
    expect(itemKnn(train, 4, 1)(entries(0))[2]).toBe(0);
  });

  it('inverts a symmetric positive definite matrix', () => {
    const a = Float64Array.of(4, 1, 0, 1, 3, 1, 0, 1, 2);
    const inv = invertSpd(Float64Array.from(a), 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += a[i * 3 + k] * inv[k * 3 + j];
        expect(s).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
  });

  it('EASE: B = I − P·diag(1/diag P), zero diagonal; with λ = 1 on one pair, B(0,1) = 2/3', () => {
    // Two items always together for 2 users: G + λI = [[3,2],[2,3]], P = [[3,−2],[−2,3]]/5, B(0,1) = −P01/P11 = 2/3.
    const scores = ease([entries(0, 1), entries(0, 1)], 2, 1)(entries(0));
    expect(scores[0]).toBe(0);
    expect(scores[1]).toBeCloseTo(2 / 3, 12);
  });
});

describe('the engine on a rating file', () => {
  const data = buildDataset('t', parseRatings(['userId,itemId,rating,timestamp', ...['a', 'b', 'c', 'd'].flatMap((i, k) => [`u1,${i},${k + 1},${k}`, `u2,${i},5,${k}`, `u3,${i},3,${k}`])].join('\n')));

  it('maps a rating to a view weighing 1 + slope × (rating − mid) / range, at the timestamp in ms', () => {
    const toEvent = ratingMapper(data, 0.5);
    const u1 = data.sequences[0];
    expect(toEvent(0, u1[0])).toEqual({ user: 'u1', item: 'a', kind: 'view', weight: 0.75, at: 0 });
    expect(toEvent(0, u1[3]).weight).toBe(1.125);
    expect(ratingMapper(data, 0)(0, u1[3])).toMatchObject({ weight: 1, at: 3000 });
  });

  it('answers through recommend: the next item of the journey, never an excluded one, only candidates when given', () => {
    const test = holdOut(data, 1);
    const model = trainEngine(data, test.train, START);
    const lister = engineLister(data, model, START);
    const [a, b, c] = ['a', 'b', 'c'].map((i) => data.items.indexOf(i));
    const justA = test.train[0].slice(0, 1);
    expect(lister.top(0, justA, 1, new Set([a]))).toEqual([b]);
    expect(lister.top(0, justA, 3, new Set([a]), new Set([a, c]))).toEqual([c]);
  });
});

describe('choosing the engine settings', () => {
  it('weighs the four figures by their geometric mean', () => {
    expect(objective({ hr10_sampled: 0.5, ndcg10_sampled: 0.5, hr10_full: 0.5, ndcg10_full: 0.5 })).toBeCloseTo(0.5, 15);
    expect(objective({ hr10_sampled: 0.8, ndcg10_sampled: 0.4, hr10_full: 0.2, ndcg10_full: 0.1 })).toBeCloseTo(Math.pow(0.8 * 0.4 * 0.2 * 0.1, 0.25), 15);
    expect(objective({ hr10_sampled: 1, ndcg10_sampled: 1, hr10_full: 1, ndcg10_full: 0 })).toBe(0);
  });
});
