/**
 * @module Demo browsing: what a few hundred earlier visitors of the store did over the last
 * sixty days — sessions within an aisle they favour (views in a believable order, now and
 * then a cart), so the demo's recommendations have something to learn from before anyone
 * has clicked. The same on every seed; times are relative to the seed time.
 */
import type { EventInput } from '../../server/interactions/index.ts';
import { stableUuid } from '../../server/kernel/ids.ts';
import { DEMO_PRODUCTS } from './catalog.ts';
import { rng } from './prng.ts';
import { CATEGORIES, type Category } from './types.ts';

const DAY = 86_400_000;
export const DEMO_VISITORS = 300;

export interface DemoVisit {
  visitor: string;
  events: EventInput[];
}

export function demoBrowsing(now: Date): DemoVisit[] {
  const r = rng(11);
  const aisles = new Map<Category, string[]>(CATEGORIES.map((c) => [c, DEMO_PRODUCTS.filter((p) => p.category === c).map((p) => p.handle)]));
  const visits: DemoVisit[] = [];
  for (let v = 0; v < DEMO_VISITORS; v++) {
    const visitor = `v_demo_${String(v).padStart(5, '0')}`;
    const favourites = [r.pick(CATEGORIES), r.pick(CATEGORIES)];
    const events: EventInput[] = [];
    let at = now.getTime() - r.int(5, 60) * DAY;
    const sessions = r.int(1, 4);
    for (let s = 0; s < sessions; s++) {
      const aisle = aisles.get(r.next() < 0.85 ? favourites[s % 2] : r.pick(CATEGORIES))!;
      // Shoppers start at the aisle's best sellers and wander from there.
      let i = Math.min(aisle.length - 1, Math.floor(r.next() ** 2 * aisle.length));
      for (let k = r.int(2, 6); k > 0; k--) {
        at += r.int(20, 180) * 1000;
        const product = aisle[i];
        events.push({ id: stableUuid(`demo-view:${visitor}:${events.length}`), kind: 'product.view', at, product });
        if (r.next() < 0.15) events.push({ id: stableUuid(`demo-cart:${visitor}:${events.length}`), kind: 'cart.add', at: at + 30_000, product, data: { quantity: 1 } });
        i = (i + r.int(1, 3)) % aisle.length;
      }
      at += r.int(1, 10) * DAY;
      if (at > now.getTime() - 3600_000) break;
    }
    visits.push({ visitor, events });
  }
  return visits;
}
