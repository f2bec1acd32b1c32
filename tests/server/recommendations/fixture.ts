/**
 * @module A small hand-made shop for the recommendation engine's tests: shoes, shirts, hats
 * and coffee, shoppers whose journeys make clear links (A → B, C → D, X1 → X2 → X3), baskets
 * (P with Q), a trending hat and a once-popular one, and a new product nobody has seen.
 */
import { loadModel, train, type Interaction, type ItemInfo, type Model, type TrainOptions } from '../../../server/recommendations/index.ts';

export const MIN = 60_000;
export const DAY = 86_400_000;
/** "Now" for the shop: the last interaction happens here. */
export const NOW = Date.UTC(2025, 0, 31);

export const ITEMS: ItemInfo[] = [
  { item: 'A', categories: ['shoes'] },
  { item: 'B', categories: ['shoes'] },
  { item: 'S', categories: ['shoes'] },
  { item: 'N', categories: ['shoes'] },
  { item: 'C', categories: ['shirts'] },
  { item: 'D', categories: ['shirts'] },
  { item: 'X1', categories: ['books'] },
  { item: 'X2', categories: ['books'] },
  { item: 'X3', categories: ['books'] },
  { item: 'P', categories: ['coffee'] },
  { item: 'Q', categories: ['coffee'] },
  { item: 'T', categories: ['hats'] },
  { item: 'O', categories: ['hats'] },
];

export const view = (user: string, item: string, at: number, extra: Partial<Interaction> = {}): Interaction => ({ user, item, kind: 'view', at, ...extra });
export const ev = (user: string, kind: string, item: string, at: number, data?: Interaction['data']): Interaction => ({ user, item, kind, at, ...(data ? { data } : {}) });

/** A journey: one view per item, a minute apart, starting at `at`. */
export function journey(user: string, items: string[], at: number): Interaction[] {
  return items.map((item, k) => view(user, item, at + k * MIN));
}

export function shopInteractions(): Interaction[] {
  const out: Interaction[] = [];
  const day = (d: number) => NOW - d * DAY;
  for (let u = 0; u < 10; u++) out.push(...journey(`ab${u}`, ['A', 'B'], day(3) + u * MIN * 10));
  for (let u = 0; u < 10; u++) out.push(...journey(`cd${u}`, ['C', 'D'], day(3) + u * MIN * 10));
  for (let u = 0; u < 8; u++) out.push(...journey(`x${u}`, ['X1', 'X2', 'X3'], day(4) + u * MIN * 10));
  for (let u = 0; u < 6; u++) {
    const t = day(5) + u * DAY / 10;
    out.push(ev(`pq${u}`, 'cart', 'P', t), ev(`pq${u}`, 'cart', 'Q', t + MIN), ev(`pq${u}`, 'purchase', 'P', t + 2 * MIN), ev(`pq${u}`, 'purchase', 'Q', t + 2 * MIN));
  }
  // S is viewed now and then, alone.
  for (let u = 0; u < 4; u++) out.push(view(`s${u}`, 'S', day(6) + u * MIN));
  // T: many views in the last day; O: more shoppers long ago.
  for (let u = 0; u < 40; u++) out.push(view(`t${u}`, 'T', NOW - u * MIN));
  for (let u = 0; u < 30; u++) out.push(view(`o${u}`, 'O', day(90) + u * MIN));
  return out;
}

export function shopModel(extra: Interaction[] = [], options: TrainOptions = {}): Model {
  return loadModel(train([...shopInteractions(), ...extra], { items: ITEMS, ...options }));
}
