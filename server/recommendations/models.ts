/**
 * @module What an API process keeps in memory per shop: the trained model (loaded once per
 * version; a process asks the database which version is in use at most every few seconds
 * and keeps answering from the one it has while a newer one loads) and the catalog's
 * availability (published, in stock, consumable, category), refreshed every few seconds.
 * Any number of processes load the same rows, so they give the same answers.
 */
import { listProductCards, type ProductCard } from '../catalog/index.ts';
import type { Database } from '../kernel/db/client.ts';
import { readAsShop } from '../kernel/db/tenancy.ts';
import type { Logger } from '../kernel/log.ts';
import { currentModel, type ModelMeta } from './db.ts';
import { loadInWorker, loadStoredModel } from './loading.ts';
import type { Model } from './model.ts';

export const CACHE_TIMING = { modelCheckMs: 5_000, catalogMs: 10_000 };

interface Loaded {
  version: number;
  model: Model;
  meta: ModelMeta['meta'];
  trainedAt: Date;
}

/** A product as served: its card, and whether it may be shown (published, and in stock when it tracks stock). */
export type CatalogProduct = ProductCard & { available: boolean };

export interface Catalog {
  byId: Map<string, CatalogProduct>;
  /** Every way a page may name a product (id, handle, platform id) → its id. */
  byRef: Map<string, string>;
  at: number;
  /** The catalog lined up with each model it serves with (see `shelfOf`). */
  shelves: WeakMap<Model, Shelf>;
}

/**
 * The catalog's products in a model's order, and whether each may be shown and comes back
 * after a purchase: ranking asks about thousands of items per request and reads the answer
 * here by the item's number instead of looking each product up by id.
 */
export interface Shelf {
  product: (CatalogProduct | undefined)[];
  available: Uint8Array;
  consumable: Uint8Array;
}

/**
 * How many products one slice of indexing handles before letting requests run: indexing
 * 20k products at once held the event loop ~50 ms every refresh.
 */
const SLICE = 2_000;
const letRequestsRun = () => new Promise<void>((resolve) => setImmediate(resolve));

async function toCatalog(cards: ProductCard[]): Promise<Catalog> {
  const byId = new Map<string, CatalogProduct>();
  const byRef = new Map<string, string>();
  for (let n = 0; n < cards.length; n++) {
    if (n > 0 && n % SLICE === 0) await letRequestsRun();
    // The cards are this refresh's own objects: each becomes a product as it is.
    const p = cards[n] as CatalogProduct;
    p.available = p.published && (p.variants.length === 0 || p.variants.some((v) => v.inventory > 0));
    byId.set(p.id, p);
    for (const ref of [p.handle, p.externalId, p.id]) if (ref) byRef.set(ref, p.id);
  }
  return { byId, byRef, at: Date.now(), shelves: new WeakMap() };
}

/** The catalog lined up with `model`, built now if the cache has not built it in the background yet. */
export function shelfOf(catalog: Catalog, model: Model): Shelf {
  let shelf = catalog.shelves.get(model);
  if (!shelf) {
    shelf = { product: new Array(model.ids.length), available: new Uint8Array(model.ids.length), consumable: new Uint8Array(model.ids.length) };
    fillShelf(shelf, catalog, model, 0, model.ids.length);
    catalog.shelves.set(model, shelf);
  }
  return shelf;
}

/** `shelfOf`, built in slices between requests (when a catalog or a model is new). */
async function lineUp(catalog: Catalog, model: Model): Promise<void> {
  if (catalog.shelves.has(model)) return;
  const n = model.ids.length;
  const shelf: Shelf = { product: new Array(n), available: new Uint8Array(n), consumable: new Uint8Array(n) };
  for (let from = 0; from < n; from += SLICE) {
    if (from > 0) await letRequestsRun();
    fillShelf(shelf, catalog, model, from, Math.min(n, from + SLICE));
  }
  if (!catalog.shelves.has(model)) catalog.shelves.set(model, shelf);
}

function fillShelf(shelf: Shelf, catalog: Catalog, model: Model, from: number, to: number) {
  for (let i = from; i < to; i++) {
    const p = catalog.byId.get(model.ids[i]);
    shelf.product[i] = p;
    shelf.available[i] = p?.available ? 1 : 0;
    shelf.consumable[i] = p?.consumable ? 1 : 0;
  }
}

export class ModelCache {
  private readonly models = new Map<string, { loaded?: Loaded; checkedAt: number; checking?: Promise<Loaded | undefined>; loading?: Promise<Loaded | undefined> }>();
  private readonly catalogs = new Map<string, { value?: Catalog; loading?: Promise<Catalog> }>();

  constructor(private readonly db: Database, private readonly log: Logger) {}

  /**
   * The shop's model, or undefined before its first training. Requests that come while the
   * first one loads wait for it (answering them without a model would queue a training and
   * serve the untrained list).
   */
  async model(shopId: string): Promise<Loaded | undefined> {
    let entry = this.models.get(shopId);
    if (!entry) this.models.set(shopId, (entry = { checkedAt: 0 }));
    const e = entry;
    if (Date.now() - e.checkedAt < CACHE_TIMING.modelCheckMs) return e.loaded ?? (await e.checking);
    e.checkedAt = Date.now();
    const checking = this.check(shopId, e);
    e.checking = checking;
    void checking.finally(() => {
      if (e.checking === checking) e.checking = undefined;
    });
    return checking;
  }

  /** Asks which version is in use; loads it when it is not the one in hand. */
  private async check(shopId: string, e: { loaded?: Loaded; loading?: Promise<Loaded | undefined> }): Promise<Loaded | undefined> {
    const meta = await readAsShop(this.db.sql, shopId, (tx) => currentModel(tx)).catch((err) => {
      this.log.warn('recommendation model version unknown', { shop: shopId, err: String(err) });
      return e.loaded ? { version: e.loaded.version } : undefined;
    });
    if (!meta) return (e.loaded = undefined);
    if (e.loaded?.version === meta.version) return e.loaded;
    e.loading ??= this.load(shopId, meta.version).finally(() => (e.loading = undefined));
    // A model in hand keeps answering while a newer one loads.
    return e.loaded ?? (await e.loading);
  }

  private async load(shopId: string, version: number): Promise<Loaded | undefined> {
    const entry = this.models.get(shopId)!;
    try {
      const t0 = performance.now();
      // Off the API's thread on PostgreSQL; the embedded database (one session) loads in place.
      const worker = this.db.kind === 'postgres';
      const stored = worker ? await loadInWorker(this.db.url, shopId, version) : await loadStoredModel(this.db.sql, shopId, version);
      if (!stored) return entry.loaded; // replaced meanwhile: the next check loads it
      const catalog = this.catalogs.get(shopId)?.value;
      if (catalog) await lineUp(catalog, stored.model);
      entry.loaded = { version, model: stored.model, meta: stored.meta.meta, trainedAt: stored.meta.trainedAt };
      this.log.info('recommendation model loaded', { shop: shopId, version, items: stored.model.ids.length, worker, ms: Math.round(performance.now() - t0) });
      return entry.loaded;
    } catch (err) {
      this.log.warn('recommendation model could not be loaded', { shop: shopId, err: String(err) });
      return entry.loaded;
    }
  }

  /**
   * The shop's products as cards, refreshed every few seconds: a request never waits for a
   * refresh once a catalog is in hand (the one in hand answers while the next loads).
   */
  async catalog(shopId: string): Promise<Catalog> {
    const entry = this.catalogs.get(shopId) ?? {};
    this.catalogs.set(shopId, entry);
    if (entry.value && Date.now() - entry.value.at <= CACHE_TIMING.catalogMs) return entry.value;
    entry.loading ??= readAsShop(this.db.sql, shopId, (tx) => listProductCards(tx))
      .then(async (cards) => {
        const catalog = await toCatalog(cards);
        // Lined up with the model in use before it is used, so no request pays for it.
        const model = this.models.get(shopId)?.loaded?.model;
        if (model) await lineUp(catalog, model);
        return (entry.value = catalog);
      })
      .finally(() => (entry.loading = undefined));
    if (entry.value && CACHE_TIMING.catalogMs > 0) {
      entry.loading.catch((err) => this.log.warn('catalog could not be refreshed', { shop: shopId, err: String(err) }));
      return entry.value;
    }
    return entry.loading;
  }

  /** Forgets a shop (after training in this process, or in tests). */
  forget(shopId: string): void {
    this.models.delete(shopId);
    this.catalogs.delete(shopId);
  }
}
