/**
 * @module A synthetic shop for the speed benchmarks (seeded, so every run sees the same
 * one): products in categories with skewed popularity, shoppers with favourite
 * categories who browse in sessions — views within a category, now and then a cart or a
 * purchase — spread over the last sixty days. Speed only: quality is measured on real data.
 */

export interface SyntheticShop {
  products: number;
  categories: number;
  shoppers: number;
  /** One entry per event, in time order. */
  events: { shopper: number; product: number; kind: 'product.view' | 'cart.add' | 'purchase'; at: number }[];
}

export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ranks 0..n-1 with probability ∝ 1/(r+1)^s, by inverse CDF over a precomputed table. */
function zipf(n: number, s: number) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / Math.pow(r + 1, s);
  for (let r = 0; r < n; r++) cdf[r] /= sum;
  return (u: number) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export const categoryOf = (product: number, perCategory: number) => Math.floor(product / perCategory);

export function syntheticShop(opts: { products: number; shoppers: number; events: number; seed?: number; now?: number }): SyntheticShop {
  const random = rng(opts.seed ?? 42);
  const perCategory = 100;
  const categories = Math.ceil(opts.products / perCategory);
  const inCategory = zipf(perCategory, 1.1);
  const pickCategory = zipf(categories, 0.8);
  const activity = zipf(opts.shoppers, 0.6);
  const now = opts.now ?? Date.now();
  const span = 60 * 86_400_000;
  const favourites: number[][] = [];
  const lastAt = new Float64Array(opts.shoppers);
  for (let u = 0; u < opts.shoppers; u++) {
    const n = 1 + Math.floor(random() * 3);
    favourites.push(Array.from({ length: n }, () => pickCategory(random())));
    lastAt[u] = now - span + random() * span * 0.5;
  }
  const events: SyntheticShop['events'] = [];
  while (events.length < opts.events) {
    // Every shopper has at least one session; busier ones more.
    const shopper = events.length < opts.shoppers * 3 ? Math.floor(events.length / 3) % opts.shoppers : activity(random());
    const fav = favourites[shopper];
    const category = random() < 0.8 ? fav[Math.floor(random() * fav.length)] : pickCategory(random());
    const views = 2 + Math.floor(random() * 5);
    let at = Math.min(now - 1000, lastAt[shopper] + random() * 3 * 86_400_000);
    for (let v = 0; v < views && events.length < opts.events; v++) {
      const product = Math.min(opts.products - 1, category * perCategory + inCategory(random()));
      at += 5_000 + random() * 60_000;
      events.push({ shopper, product, kind: 'product.view', at: Math.min(at, now - 1000) });
      if (random() < 0.12) events.push({ shopper, product, kind: 'cart.add', at: Math.min(at + 2000, now - 1000) });
      if (random() < 0.03) events.push({ shopper, product, kind: 'purchase', at: Math.min(at + 60_000, now - 1000) });
    }
    lastAt[shopper] = at;
  }
  events.length = opts.events;
  events.sort((a, b) => a.at - b.at);
  return { products: opts.products, categories, shoppers: opts.shoppers, events };
}
