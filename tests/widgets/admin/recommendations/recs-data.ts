/**
 * @module The recommendations tests' shop: a small catalog (plants with sizes, teas), other
 * shoppers who browse one aisle each, one customer whose latest views the engine uses, and
 * recommendation impressions, clicks and purchases spread over 90 days — all stored through
 * the server's own ingest and trained by the job's code (recs-control.ts), then read by
 * the area through the real admin API.
 */
import type { EventInput } from '../../../../server/interactions/index.ts';
import type { Placement } from '../../../../server/interactions/limits.ts';
import type { AdminShop } from '../helpers.ts';
import type { SeedPerson, SeedProduct } from './recs-control.ts';

const DAY = 86_400_000;
const PLANTS = ['snake-plant', 'pothos', 'pilea', 'fern', 'cactus'];
const TEAS = ['oolong', 'sencha', 'jasmine', 'earl-grey'];

/** A title with a right-to-left override, as a careless (or hostile) catalog may carry one. */
export const OVERRIDE_TITLE = 'Cactus \u202Eeulb';

export const CATALOG: SeedProduct[] = [
  {
    handle: 'monstera', title: 'Monstera', category: 'Plants', price: 4800, titleI18n: { 'zh-Hans': '龟背竹', 'zh-Hant': '龜背竹' },
    variants: [
      { sku: 'MON-S', title: 'Small', price: 4800, inventory: 5 }, { sku: 'MON-M', title: 'Medium', price: 7800, inventory: 5 },
      { sku: 'MON-L', title: 'Large', price: 9800, inventory: 5 },
    ],
  },
  ...PLANTS.map((h) => ({ handle: h, title: h === 'cactus' ? OVERRIDE_TITLE : h[0].toUpperCase() + h.slice(1), category: 'Plants', price: 3000 })),
  ...TEAS.map((h) => ({ handle: h, title: `${h[0].toUpperCase()}${h.slice(1)} tea`, category: 'Tea', price: 1200 })),
];

async function control<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api-test${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

/** An event as a test writes it: its kind's own fields, and how long ago it happened (Omit on each kind, not on the union). */
type Seed = EventInput extends infer E ? (E extends EventInput ? Omit<E, 'id' | 'at'> & { daysAgo: number } : never) : never;
const event = ({ daysAgo, ...e }: Seed) => ({ id: crypto.randomUUID(), at: Math.round(Date.now() - daysAgo * DAY), ...e }) as EventInput;

export interface RecsShop {
  /** Product ids by handle. */
  ids: Record<string, string>;
  /** The customer whose latest views were pothos, then pilea. */
  customer: { email: string; id: string };
  /** Records events for `person` through the server's ingest; resolves with the customer's id for a `sub`. */
  record(person: SeedPerson, events: Seed[]): Promise<string | null>;
  /** Trains the model now, as the job does. */
  train(): Promise<void>;
  /** The shop's training jobs, oldest first. */
  jobs(): Promise<Array<{ status: string }>>;
}

/**
 * Fills `shop` (call in `before`, with a long timeout): the catalog, 24 other shoppers,
 * the customer, and on the home placement 2 impressions, 2 clicks and 2 attributed
 * purchases (4,800 + 3,000) in the last 30 days, one of each in the last 7; on the product
 * placement 2 impressions in the last 7 days; on the cart 1 impression and 1 click 60 days
 * ago. Then the model is trained.
 */
export async function recsShop(shop: AdminShop): Promise<RecsShop> {
  const at = `/admin/shops/${shop.key}/recs`;
  const { ids } = await control<{ ids: Record<string, string> }>(`${at}/catalog`, { products: CATALOG });
  const record = async (person: SeedPerson, events: Seed[]) => {
    const r = await control<{ accepted: number; rejected: unknown[]; customerId: string | null }>(`${at}/events`, { person, events: events.map(event) });
    if (r.rejected.length) throw new Error(`events refused: ${JSON.stringify(r.rejected)}`);
    return r.customerId;
  };

  for (let u = 0; u < 24; u++) {
    const aisle = u % 2 ? TEAS : ['monstera', ...PLANTS];
    const views = [0, 1, 2, 3].map((i) => ({ kind: 'product.view', product: aisle[(u + i) % aisle.length], daysAgo: 5 - u * 0.01 - i * 0.001 }) as Seed);
    await record({ visitor: `v_browser_${String(u).padStart(4, '0')}` }, views);
  }
  const email = `mia-${shop.key.slice(-6)}@example.com`;
  const customerId = await record({ sub: `mia-${shop.key}`, email }, [
    { kind: 'product.view', product: 'pothos', daysAgo: 0.002 },
    { kind: 'product.view', product: 'pilea', daysAgo: 0.001 },
  ]);
  const list = (placement: Placement, n: number) => ({ recommendation: `r_seed_${placement}_${n}`, placement });
  await record({ visitor: 'v_stats_shopper_01' }, [
    { kind: 'recommendation.impression', daysAgo: 20, data: { ...list('home', 1), items: ['oolong', 'sencha'] } },
    { kind: 'recommendation.click', daysAgo: 20, product: 'sencha', data: { ...list('home', 1), position: 1 } },
    { kind: 'purchase', daysAgo: 19.9, product: 'sencha', data: { quantity: 1, amount: 3000 } },
    { kind: 'recommendation.impression', daysAgo: 1, data: { ...list('home', 2), items: ['monstera', 'fern'] } },
    { kind: 'recommendation.click', daysAgo: 1, product: 'monstera', data: { ...list('home', 2), position: 0 } },
    { kind: 'purchase', daysAgo: 0.9, product: 'monstera', data: { quantity: 1, amount: 4800 } },
    { kind: 'recommendation.impression', daysAgo: 2, data: { ...list('product', 1), items: ['fern'] } },
    { kind: 'recommendation.impression', daysAgo: 1, data: { ...list('product', 2), items: ['fern', 'cactus'] } },
    { kind: 'recommendation.impression', daysAgo: 60, data: { ...list('cart', 1), items: ['jasmine'] } },
    { kind: 'recommendation.click', daysAgo: 60, product: 'jasmine', data: { ...list('cart', 1), position: 0 } },
  ]);

  const recs: RecsShop = {
    ids,
    customer: { email, id: customerId! },
    record,
    train: async () => void (await control(`${at}/train`, {})),
    jobs: () => control(`${at}/jobs`),
  };
  await recs.train();
  return recs;
}
