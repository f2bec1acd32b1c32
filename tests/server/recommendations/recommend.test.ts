import { describe, expect, it } from 'vitest';
import {
  boughtTogether, loadModel, rankVariants, recentlyViewed, recommend, similar, train, trending, type Recommendation,
} from '../../../server/recommendations/index.ts';
import { ev, ITEMS, MIN, NOW, shopInteractions, shopModel, view } from './fixture.ts';

const model = shopModel();
const items = (r: Recommendation[]) => r.map((x) => x.item);
const position = (r: Recommendation[], item: string) => items(r).indexOf(item);
const ALL = 20;

describe('recommend: for you', () => {
  it('puts first what shoppers went on to from the item just viewed, saying which item brought it', () => {
    const [first] = recommend(model, { history: [view('me', 'A', NOW)], k: 5 });
    expect(first).toMatchObject({ item: 'B', reason: { kind: 'viewed-similar', because: 'A' } });
  });

  it('follows the order of journeys: after X2 comes X3 before X1', () => {
    const r = recommend(model, { history: [view('me', 'X2', NOW)], k: 5 });
    expect(items(r).slice(0, 2)).toEqual(['X3', 'X1']);
  });

  it('weighs the most recent interest most', () => {
    const cThenA = recommend(model, { history: [view('me', 'C', NOW - MIN), view('me', 'A', NOW)], k: 5 });
    const aThenC = recommend(model, { history: [view('me', 'A', NOW - MIN), view('me', 'C', NOW)], k: 5 });
    expect(items(cThenA).slice(0, 2)).toEqual(['B', 'D']);
    expect(items(aThenC).slice(0, 2)).toEqual(['D', 'B']);
  });

  it('takes the history in time order whatever order it is given in', () => {
    const history = [view('me', 'C', NOW - MIN), view('me', 'A', NOW)];
    expect(recommend(model, { history: [...history].reverse(), k: 5 })).toEqual(recommend(model, { history, k: 5 }));
  });

  it('changes as soon as the shopper does something new', () => {
    const before = recommend(model, { history: [view('me', 'C', NOW - MIN)], k: 3 });
    const after = recommend(model, { history: [view('me', 'C', NOW - MIN), view('me', 'A', NOW)], k: 3 });
    expect(before[0].item).toBe('D');
    expect(after[0].item).toBe('B');
  });

  it('can weigh recency by time as well: an interest from weeks ago fades behind one from today', () => {
    const timed = loadModel(train(shopInteractions(), { items: ITEMS, params: { halfLifeMs: 86_400_000, positionTau: 1000 } }));
    const history = [view('me', 'A', NOW - 14 * 86_400_000), view('me', 'C', NOW)];
    const scoreOf = (r: Recommendation[], item: string) => r.find((x) => x.item === item)!.score;
    const timedAnswer = recommend(timed, { history, k: ALL });
    expect(timedAnswer[0].item).toBe('D');
    expect(scoreOf(timedAnswer, 'B')).toBeLessThan(scoreOf(timedAnswer, 'D') / 10);
    const untimed = loadModel(train(shopInteractions(), { items: ITEMS, params: { halfLifeMs: 0, positionTau: 1000 } }));
    const untimedAnswer = recommend(untimed, { history, k: ALL });
    expect(scoreOf(untimedAnswer, 'B') / scoreOf(untimedAnswer, 'D')).toBeGreaterThan(0.99);
  });

  it('says "bought together" when a basket links the items', () => {
    const [first] = recommend(model, { history: [ev('me', 'cart', 'P', NOW)], k: 3 });
    expect(first).toMatchObject({ item: 'Q', reason: { kind: 'bought-together', because: 'P' } });
  });

  it('gives every answer a reason the widget can show', () => {
    const r = recommend(model, { history: [view('me', 'A', NOW), ev('me', 'cart', 'P', NOW)], k: ALL });
    const kinds = new Set(r.map((x) => x.reason.kind));
    expect([...kinds].sort()).toEqual(['bought-together', 'popular', 'popular-in-category', 'trending', 'viewed-similar']);
    for (const x of r) {
      if (x.reason.kind === 'viewed-similar' || x.reason.kind === 'bought-together') expect(['A', 'P']).toContain(x.reason.because);
      if (x.reason.kind === 'popular-in-category') expect(['shoes', 'coffee']).toContain(x.reason.category);
    }
  });

  it('never answers an excluded or filtered-out item (out of stock, unpublished), and still fills k', () => {
    const r = recommend(model, { history: [view('me', 'A', NOW)], k: 5, exclude: new Set(['T']), filter: (i) => i !== 'B' });
    expect(items(r)).not.toContain('B');
    expect(items(r)).not.toContain('T');
    expect(r).toHaveLength(5);
  });

  it('fills from the few items a filter lets through, however far down the catalogue they are', () => {
    const r = recommend(model, { history: [view('me', 'A', NOW)], k: 3, filter: (i) => ['N', 'O', 'X1'].includes(i) });
    expect(items(r).sort()).toEqual(['N', 'O', 'X1']);
  });

  it('asks the filter at most once per item', () => {
    const asked = new Map<string, number>();
    recommend(model, { history: [view('me', 'A', NOW), view('me', 'C', NOW)], k: ALL, filter: (i) => (asked.set(i, (asked.get(i) ?? 0) + 1), true) });
    expect(Math.max(...asked.values())).toBe(1);
  });

  it('does not recommend what the shopper bought again, unless it is a consumable', () => {
    const history = [ev('me', 'purchase', 'P', NOW - MIN), view('me', 'A', NOW)];
    expect(items(recommend(model, { history, k: ALL }))).not.toContain('P');
    expect(items(recommend(model, { history, k: ALL, consumable: (i) => i === 'P' }))).toContain('P');
  });

  it('leaves out items the shopper viewed (they are in "recently viewed"), unless asked to include them', () => {
    const history = [view('me', 'C', NOW - MIN), view('me', 'A', NOW)];
    expect(items(recommend(model, { history, k: ALL }))).not.toContain('C');
    expect(items(recommend(model, { history, k: ALL, includeSeen: true }))).toContain('C');
  });

  it('lets an error from the filter through, and answers the next request as if nothing had happened', () => {
    const history = [view('me', 'C', NOW - MIN), view('me', 'A', NOW)];
    const before = recommend(model, { history, k: ALL });
    expect(() => recommend(model, { history, k: ALL, filter: (i) => { if (i === 'T') throw new Error('stock service down'); return true; } })).toThrow('stock service down');
    expect(recommend(model, { history, k: ALL })).toEqual(before);
  });

  it('works when a filter itself asks for recommendations', () => {
    const history = [view('me', 'A', NOW)];
    const inner = recommend(model, { history: [view('me', 'C', NOW)], k: 2 });
    const r = recommend(model, { history, k: 3, filter: () => recommend(model, { history: [view('me', 'C', NOW)], k: 2 }).length === inner.length });
    expect(r).toEqual(recommend(model, { history, k: 3 }));
  });

  it('answers nothing for k = 0', () => {
    expect(recommend(model, { history: [view('me', 'A', NOW)], k: 0 })).toEqual([]);
  });
});

describe('recommend: what the shopper said against an item', () => {
  const history = [view('me', 'C', NOW - MIN), view('me', 'A', NOW)];

  it.each([
    ['a complaint', ev('me', 'complaint', 'B', NOW)],
    ['a return (not for the size)', ev('me', 'return', 'B', NOW, { reason: 'damaged' })],
    ['a low satisfaction score', ev('me', 'satisfaction', 'B', NOW, { score: 1 })],
  ])('%s pushes that item down', (_, against) => {
    const plain = recommend(model, { history, k: 5 });
    const after = recommend(model, { history: [...history, against], k: 5 });
    expect(position(plain, 'B')).toBe(0);
    expect(position(after, 'B')).toBeGreaterThan(position(after, 'D'));
    expect(after.find((x) => x.item === 'B')!.score).toBeLessThan(plain.find((x) => x.item === 'B')!.score / 2);
  });

  it('a good satisfaction score does not', () => {
    const after = recommend(model, { history: [...history, ev('me', 'satisfaction', 'B', NOW, { score: 5 })], k: 5, includeSeen: true });
    expect(position(after, 'B')).toBe(0);
  });

  it('an item the shopper complained about brings nothing "because" of it', () => {
    const r = recommend(model, { history: [view('me', 'A', NOW), ev('me', 'complaint', 'A', NOW)], k: ALL, includeSeen: true });
    expect(r.some((x) => 'because' in x.reason && x.reason.because === 'A')).toBe(false);
  });

  it('complaints from many shoppers lower a product for everybody', () => {
    const complaints = Array.from({ length: 8 }, (_, u) => ev(`ab${u}`, 'return', 'B', NOW - 60 * MIN, { reason: 'broken' }));
    const troubled = shopModel(complaints);
    const score = (m: typeof model) => recommend(m, { history: [view('me', 'A', NOW)], k: 1 })[0];
    expect(score(troubled).item).toBe('B');
    expect(score(troubled).score).toBeLessThan(score(model).score * 0.9);
  });
});

describe('recommend: a return for the size', () => {
  const variantsOf = (i: string) => (['S', 'B', 'D'].includes(i) ? [{ id: `${i}-42`, size: '42' }, { id: `${i}-43`, size: '43' }] : undefined);
  const bought = [view('me', 'A', NOW - 3 * MIN), ev('me', 'purchase', 'S', NOW - 2 * MIN, { variant: 'S-42', size: '42' })];
  const sizeReturn = ev('me', 'return', 'S', NOW, { reason: 'too-small', variant: 'S-42', size: '42' });

  it('does not hold the product against the shopper: it may come back, in another size', () => {
    expect(items(recommend(model, { history: bought, k: ALL }))).not.toContain('S');
    const r = recommend(model, { history: [...bought, sizeReturn], k: ALL, variantsOf });
    expect(r.find((x) => x.item === 'S')).toMatchObject({ variant: 'S-43' });
  });

  it('pushes that size down for products of the same category, not for others', () => {
    const r = recommend(model, { history: [...bought, sizeReturn], k: ALL, variantsOf });
    expect(r.find((x) => x.item === 'B')?.variant).toBe('B-43');
    expect(r.find((x) => x.item === 'D')?.variant).toBe('D-42');
  });

  it('scores the product as if nothing had happened, where any other return pushes it down', () => {
    const consumable = () => true;
    const size = recommend(model, { history: [...bought, sizeReturn], k: ALL, consumable }).find((x) => x.item === 'S')!;
    const damaged = recommend(model, { history: [...bought, ev('me', 'return', 'S', NOW, { reason: 'damaged' })], k: ALL, consumable }).find((x) => x.item === 'S')!;
    expect(damaged.score).toBeLessThan(size.score / 2);
  });

  it('rankVariants orders a product page the same way', () => {
    const v = rankVariants(model, [...bought, sizeReturn], 'B', [{ id: 'B-41', size: '41' }, { id: 'B-42', size: '42' }, { id: 'B-43', size: '43' }]);
    expect(v.map((x) => x.id)).toEqual(['B-41', 'B-43', 'B-42']);
  });
});

describe('cold start', () => {
  it('shows a new visitor what is trending and popular', () => {
    const r = recommend(model, { history: [], k: 3 });
    expect(r[0]).toMatchObject({ item: 'T', reason: { kind: 'trending' } });
    expect(r.every((x) => x.reason.kind === 'trending' || x.reason.kind === 'popular')).toBe(true);
  });

  it("shows a new visitor on a category page what is popular in that category first", () => {
    const r = recommend(model, { history: [], k: 3, categories: ['hats'] });
    expect(r.slice(0, 2)).toMatchObject([
      { item: 'T', reason: { kind: 'popular-in-category', category: 'hats' } },
      { item: 'O', reason: { kind: 'popular-in-category', category: 'hats' } },
    ]);
  });

  it('calls a product popular rather than trending when its activity is old', () => {
    const r = recommend(model, { history: [], k: ALL });
    expect(r.find((x) => x.item === 'O')?.reason.kind).toBe('popular');
  });

  it('finds neighbours for a new product in its category', () => {
    const r = similar(model, 'N', 3);
    expect(items(r).sort()).toEqual(['A', 'B', 'S']);
    expect(r.every((x) => x.reason.kind === 'popular-in-category' && x.reason.category === 'shoes')).toBe(true);
  });

  it('takes the categories of a product the model has never heard of from the caller', () => {
    expect(items(similar(model, 'brand-new', 5, { categories: ['shirts'] })).sort()).toEqual(['C', 'D']);
    expect(similar(model, 'brand-new', 5)).toEqual([]);
  });
});

describe('per product, trending, recently viewed', () => {
  it('similar: linked items first, then its category; never the product itself', () => {
    const r = similar(model, 'A', 3);
    expect(r[0]).toMatchObject({ item: 'B', reason: { kind: 'viewed-similar', because: 'A' } });
    expect(items(r)).not.toContain('A');
    expect(r.slice(1).every((x) => x.reason.kind === 'popular-in-category')).toBe(true);
  });

  it('boughtTogether: only basket links', () => {
    expect(boughtTogether(model, 'P', 5)).toMatchObject([{ item: 'Q', reason: { kind: 'bought-together', because: 'P' } }]);
    expect(boughtTogether(model, 'A', 5)).toEqual([]);
    expect(boughtTogether(model, 'P', 5, { filter: (i) => i !== 'Q' })).toEqual([]);
  });

  it('trending: by recent activity, in the shop or one category', () => {
    expect(trending(model, 1)[0]).toMatchObject({ item: 'T', reason: { kind: 'trending' } });
    expect(items(trending(model, 5, { category: 'shirts' })).sort()).toEqual(['C', 'D']);
    expect(trending(model, 5, { category: 'shirts' })[0].reason).toEqual({ kind: 'popular-in-category', category: 'shirts' });
  });

  it('recentlyViewed: most recent first, each once, without what was only bought or complained about', () => {
    const history = [view('me', 'A', NOW - 3 * MIN), view('me', 'C', NOW - 2 * MIN), view('me', 'A', NOW - MIN), ev('me', 'purchase', 'P', NOW), ev('me', 'complaint', 'D', NOW)];
    expect(recentlyViewed(history, 5)).toEqual([
      { item: 'A', score: 1, reason: { kind: 'recently-viewed' } },
      { item: 'C', score: 0.5, reason: { kind: 'recently-viewed' } },
    ]);
    expect(items(recentlyViewed(history, 5, { filter: (i) => i !== 'A' }))).toEqual(['C']);
  });
});

describe('determinism', () => {
  it('the same history gives the same answer, call after call', () => {
    const req = { history: [view('me', 'C', NOW - MIN), view('me', 'A', NOW)], k: ALL };
    expect(recommend(model, req)).toEqual(recommend(model, req));
  });

  it('a model loaded from its rows in another order answers the same', () => {
    const rows = train(shopInteractions(), { items: ITEMS });
    const shuffled = { ...rows, items: [...rows.items].reverse(), links: [...rows.links].reverse() };
    const req = { history: [view('me', 'X2', NOW - MIN), ev('me', 'cart', 'P', NOW)], k: ALL };
    expect(recommend(loadModel(shuffled), req)).toEqual(recommend(loadModel(rows), req));
  });

  it('equal scores are ordered by item id', () => {
    const r = recommend(model, { history: [], k: ALL }).filter((x) => x.score === recommend(model, { history: [], k: ALL }).find((y) => y.item === 'A')!.score);
    expect(items(r)).toEqual([...items(r)].sort());
    expect(r.length).toBeGreaterThan(1);
  });
});
