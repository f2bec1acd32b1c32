import { describe, expect, it } from 'vitest';
import { loadModel, train, type Interaction, type ModelRows } from '../../../server/recommendations/index.ts';
import { linkCount } from '../../../server/recommendations/model.ts';
import { kthLargest } from '../../../server/recommendations/relations.ts';
import { DAY, ev, ITEMS, journey, MIN, NOW, shopInteractions, view } from './fixture.ts';

const link = (rows: ModelRows, kind: string, from: string, to: string) => {
  const row = rows.links.find((l) => l.kind === kind && l.from === from);
  const j = row?.to.indexOf(to) ?? -1;
  return j >= 0 ? row!.scores[j] : undefined;
};
const item = (rows: ModelRows, id: string) => rows.items.find((r) => r.item === id)!;
const exact = { window: 2, windowDecay: 0.5, backward: 0, alpha: 0 };

describe('train: the "next" relation (what shoppers went on to)', () => {
  it('counts each step ahead within the window, decaying, shared over the source, scaled to a typical best link of 1', () => {
    // A → B (1), A → C (0.5): row total 1.5, divided by 1.5 + 1 → 0.4 and 0.2; B → C: 1 / 2 = 0.5.
    // The mean of the rows' best links is (0.4 + 0.5) / 2 = 0.45.
    const rows = train(journey('u', ['A', 'B', 'C'], NOW), exact);
    expect(link(rows, 'next', 'A', 'B')).toBeCloseTo(0.4 / 0.45, 12);
    expect(link(rows, 'next', 'A', 'C')).toBeCloseTo(0.2 / 0.45, 12);
    expect(link(rows, 'next', 'B', 'C')).toBeCloseTo(0.5 / 0.45, 12);
    expect(link(rows, 'next', 'B', 'A')).toBeUndefined();
  });

  it('reaches no further than the window', () => {
    const rows = train(journey('u', ['A', 'B', 'C'], NOW), { ...exact, window: 1 });
    expect(link(rows, 'next', 'A', 'C')).toBeUndefined();
  });

  it('links backwards too, weaker, with `backward`', () => {
    const rows = train([...journey('u', ['A', 'B'], NOW), ...journey('v', ['A', 'B'], NOW)], { ...exact, backward: 0.3 });
    expect(link(rows, 'next', 'B', 'A')! / link(rows, 'next', 'A', 'B')!).toBeCloseTo(((0.3 * 2) / (0.6 + 1)) / (2 / 3), 12);
  });

  it('takes a second look in a row as one step, at its strongest', () => {
    const twice = train([view('u', 'A', NOW), view('u', 'A', NOW + MIN), view('u', 'B', NOW + 2 * MIN)], exact);
    const once = train([view('u', 'A', NOW), view('u', 'B', NOW + 2 * MIN)], exact);
    expect(twice.links).toEqual(once.links);
  });

  it('orders each shopper by time, equal times in the order given', () => {
    const given = train([view('u', 'B', NOW + MIN), view('u', 'A', NOW), view('u', 'C', NOW + MIN)], exact);
    expect(link(given, 'next', 'A', 'B')).toBeDefined();
    expect(link(given, 'next', 'B', 'C')).toBeDefined();
    expect(link(given, 'next', 'C', 'B')).toBeUndefined();
  });

  it('keeps at most `keep` links per item', () => {
    const rows = train(journey('u', ['A', 'B', 'C', 'D', 'E'], NOW), { window: 10, keep: 2 });
    expect(rows.links.find((l) => l.kind === 'next' && l.from === 'A')?.to).toEqual(['B', 'C']);
  });
});

describe('train: "similar" and "together" (cosine co-occurrence)', () => {
  it('similar: shoppers in common over the root of both counts', () => {
    // A with B for two shoppers, A with C for one: cos(A,B) = 2/√(3·2), cos(A,C) = 1/√(3·1).
    const rows = train([...journey('u1', ['A', 'B'], NOW), ...journey('u2', ['B', 'A'], NOW), ...journey('u3', ['A', 'C'], NOW)]);
    expect(link(rows, 'similar', 'A', 'B')! / link(rows, 'similar', 'A', 'C')!).toBeCloseTo(2 / Math.sqrt(6) / (1 / Math.sqrt(3)), 12);
    expect(link(rows, 'similar', 'A', 'B')).toBeCloseTo(link(rows, 'similar', 'B', 'A')!, 12);
  });

  it('together: only items put in a cart or bought within the basket window', () => {
    const rows = train([
      ev('u', 'purchase', 'P', NOW), ev('u', 'cart', 'Q', NOW + MIN),
      ev('u', 'purchase', 'R', NOW + 10 * DAY), view('u', 'V', NOW + MIN),
    ]);
    expect(link(rows, 'together', 'P', 'Q')).toBeGreaterThan(0);
    expect(link(rows, 'together', 'P', 'R')).toBeUndefined();
    expect(link(rows, 'together', 'P', 'V')).toBeUndefined();
  });
});

describe('train: items', () => {
  it('popularity: each shopper counts once, at their strongest interest', () => {
    const rows = train([view('u', 'A', NOW), view('u', 'A', NOW + MIN), ev('u', 'purchase', 'A', NOW + 2 * MIN), view('v', 'A', NOW)]);
    expect(item(rows, 'A').popularity).toBe(4 + 1);
  });

  it('trending: interest halves every half-life back from the training time', () => {
    const rows = train([view('u', 'A', NOW), view('v', 'A', NOW - 7 * DAY)], { trendingHalfLifeMs: 7 * DAY });
    expect(item(rows, 'A').trending).toBeCloseTo(1.5, 12);
  });

  it('quality: returns, complaints and low scores against buyers, smoothed', () => {
    const rows = train([
      ev('u', 'purchase', 'B', NOW), ev('v', 'purchase', 'B', NOW), ev('v', 'complaint', 'B', NOW + MIN),
      ev('w', 'purchase', 'S', NOW), ev('w', 'return', 'S', NOW + MIN, { reason: 'too-large' }),
    ]);
    expect(item(rows, 'B').quality).toBeCloseTo(1 - (0.5 * 1) / (1 + 2 + 5), 12);
    expect(item(rows, 'S').quality).toBe(1);
  });

  it('impressions and order tracking say nothing about taste', () => {
    const rows = train([ev('u', 'impression', 'A', NOW), ev('u', 'track', 'B', NOW + MIN), view('u', 'C', NOW + 2 * MIN)]);
    expect(item(rows, 'A').popularity).toBe(0);
    expect(rows.links).toEqual([]);
  });

  it('keeps known products nobody has seen yet, with their categories', () => {
    const rows = train(shopInteractions(), { items: ITEMS });
    expect(item(rows, 'N')).toEqual({ item: 'N', popularity: 0, trending: 0, quality: 1, categories: ['shoes'] });
  });
});

describe('the stored model', () => {
  it('is plain rows that survive JSON (and so a database) unchanged', () => {
    const rows = train(shopInteractions(), { items: ITEMS });
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
    expect(Object.keys(rows.links[0]).sort()).toEqual(['from', 'kind', 'scores', 'to']);
    expect(new Set(rows.links.map((l) => `${l.kind} ${l.from}`)).size).toBe(rows.links.length);
    expect(rows.meta).toMatchObject({ version: 1, trainedAt: NOW, users: expect.any(Number), interactions: shopInteractions().length });
  });

  it('is the same for the same interactions', () => {
    expect(train(shopInteractions(), { items: ITEMS })).toEqual(train(shopInteractions(), { items: ITEMS }));
  });

  it('carries the per-request parameters it was trained with', () => {
    const rows = train([] as Interaction[], { params: { positionTau: 3, relationWeights: { next: 1, similar: 0, together: 2 } } });
    expect(loadModel(rows).params).toMatchObject({ positionTau: 3, relationWeights: { next: 1, similar: 0, together: 2 } });
  });

  it('refuses rows of a version it does not know, saying so', () => {
    const rows = train([]);
    expect(() => loadModel({ ...rows, meta: { ...rows.meta, version: 2 as 1 } })).toThrow(/version 2 is not supported/);
  });

  it('ignores links to items it has no row for', () => {
    const rows = train(journey('u', ['A', 'B'], NOW));
    const m = loadModel({ ...rows, items: rows.items.filter((r) => r.item !== 'B') });
    expect(linkCount(m.links.next, m.index.get('A')!)).toBe(0);
  });
});

describe('kthLargest (keeping the strongest links without sorting them all)', () => {
  it('finds the k-th largest value, duplicates included', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const sorted = [...values].sort((a, b) => b - a);
    for (let k = 1; k <= values.length; k++) expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[k - 1]);
    expect(kthLargest(Float64Array.of(7, 7, 7), 2)).toBe(7);
    expect(kthLargest(Float64Array.of(2), 1)).toBe(2);
  });
});
