/**
 * @module Product and variant references as the log resolves them (Rapport's id, the
 * platform's id, the handle, the SKU): what this process resolved lately is not read again,
 * and on the HTTP path the misses of requests that come while a read for their shop is under
 * way are read together in the next one — one read per shop at a time, however many
 * requests wait, so a cold start or a catalogue's long tail costs one read for many requests.
 */
import type { Db, Sql } from '../kernel/db/client.ts';
import { readAsShop } from '../kernel/db/tenancy.ts';
import { findProductsByRef, findVariantsByRef } from '../catalog/index.ts';

/** A resolved reference: the product's or variant's id (and a variant's product). */
export interface Resolved {
  id: string;
  productId?: string;
}

/** What one read found, by the reference it was asked for. */
export interface FoundRefs {
  products: Map<string, Resolved>;
  variants: Map<string, Resolved>;
}

/** Reads references of one shop: the ones asked for that exist come back. */
export type FindRefs = (products: string[], variants: string[]) => Promise<FoundRefs>;

/**
 * How long a resolved reference is used without reading it again. Ids never change; a
 * product removed meanwhile is still taken for this long (the log keeps no foreign key).
 * A reference no product has is never remembered: a product created a moment later is found.
 */
const TTL_MS = 10 * 60_000;
/** References remembered at most, all shops together (the oldest tenth goes past it). */
const MAX_REFS = 200_000;

interface Entry extends Resolved {
  until: number;
}

class RefCache {
  private readonly shops = new Map<string, { products: Map<string, Entry>; variants: Map<string, Entry> }>();
  private size = 0;

  get(shopId: string, kind: keyof FoundRefs, ref: string, now: number): Resolved | undefined {
    const hit = this.shops.get(shopId)?.[kind].get(ref);
    return hit && hit.until > now ? hit : undefined;
  }

  remember(shopId: string, found: FoundRefs, now: number): void {
    let shop = this.shops.get(shopId);
    if (!shop) this.shops.set(shopId, (shop = { products: new Map(), variants: new Map() }));
    const until = now + TTL_MS;
    for (const kind of ['products', 'variants'] as const) {
      for (const [ref, r] of found[kind]) {
        if (!shop[kind].delete(ref)) this.size++;
        shop[kind].set(ref, { ...r, until });
      }
    }
    if (this.size > MAX_REFS) this.evict();
  }

  /** Drops the oldest tenth of every shop's references. */
  private evict(): void {
    for (const shop of this.shops.values()) {
      for (const map of [shop.products, shop.variants]) {
        let drop = Math.ceil(map.size / 10);
        for (const ref of map.keys()) {
          if (drop-- <= 0) break;
          map.delete(ref);
          this.size--;
        }
      }
    }
  }
}

const cache = new RefCache();

/** The references of one shop that this process resolved lately; the rest come back as misses. */
export function cachedRefs(shopId: string, products: Iterable<string>, variants: Iterable<string>, now: number) {
  const found: FoundRefs = { products: new Map(), variants: new Map() };
  const missing = { products: [] as string[], variants: [] as string[] };
  for (const [kind, refs] of [['products', products], ['variants', variants]] as const) {
    for (const ref of refs) {
      const hit = cache.get(shopId, kind, ref, now);
      if (hit) found[kind].set(ref, hit);
      else missing[kind].push(ref);
    }
  }
  return { found, missing };
}

/** Reads references within the shop (inside withShop or readAsShop) and remembers what it found (with every other name it has). */
export async function readRefs(tx: Db, shopId: string, products: string[], variants: string[]): Promise<FoundRefs> {
  const found: FoundRefs = { products: new Map(), variants: new Map() };
  const [ps, vs] = [
    products.length ? await findProductsByRef(tx, products) : [],
    variants.length ? await findVariantsByRef(tx, variants) : [],
  ];
  // Every name of what was found (a product asked for by handle is then known by its id too).
  for (const p of ps) for (const ref of p.refs) found.products.set(ref, { id: p.id });
  for (const v of vs) for (const ref of [v.id, v.sku]) found.variants.set(ref, { id: v.id, productId: v.productId });
  cache.remember(shopId, found, Date.now());
  return found;
}

interface Pending {
  products: Set<string>;
  variants: Set<string>;
  done: Promise<FoundRefs>;
  resolve(found: FoundRefs): void;
  reject(err: unknown): void;
}

/**
 * The HTTP path's reads: one read per shop at a time (readAsShop: one round trip); the
 * references asked for meanwhile wait and go in the next read, together.
 */
export class RefReader {
  private readonly queues = new Map<string, { next?: Pending }>();
  /** Reads made so far (for tests and the benchmark). */
  reads = 0;

  constructor(private readonly sql: Sql) {}

  /** A `FindRefs` for `shopId`. */
  forShop(shopId: string): FindRefs {
    return (products, variants) => this.read(shopId, products, variants);
  }

  private read(shopId: string, products: string[], variants: string[]): Promise<FoundRefs> {
    let queue = this.queues.get(shopId);
    const idle = !queue;
    if (!queue) this.queues.set(shopId, (queue = {}));
    if (!queue.next) {
      let resolve!: Pending['resolve'];
      let reject!: Pending['reject'];
      const done = new Promise<FoundRefs>((ok, fail) => ((resolve = ok), (reject = fail)));
      queue.next = { products: new Set(), variants: new Set(), done, resolve, reject };
    }
    for (const ref of products) queue.next.products.add(ref);
    for (const ref of variants) queue.next.variants.add(ref);
    const mine = queue.next.done;
    if (idle) void this.drain(shopId, queue);
    return mine;
  }

  private async drain(shopId: string, queue: { next?: Pending }): Promise<void> {
    while (queue.next) {
      const batch = queue.next;
      queue.next = undefined;
      this.reads++;
      try {
        batch.resolve(await readAsShop(this.sql, shopId, (tx) => readRefs(tx, shopId, [...batch.products], [...batch.variants])));
      } catch (err) {
        batch.reject(err);
      }
    }
    this.queues.delete(shopId);
  }
}
