/**
 * @module What an API process keeps of a shop's model: loaded from the database (in a worker
 * thread on PostgreSQL) it is the model the training stored (any process, the same answers), requests that come while the
 * first load runs wait for it (they would otherwise answer untrained and queue a training), and a new
 * version replaces the one in hand once loaded.
 */
import { describe, expect, it } from 'vitest';
import { insertProducts, setProductFlags } from '../../../server/catalog/index.ts';
import { recordServerEvents } from '../../../server/interactions/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { createLogger, type Logger } from '../../../server/kernel/log.ts';
import { currentModel, readItems, readLinks } from '../../../server/recommendations/db.ts';
import { CACHE_TIMING, loadModel, recommend, similar, trainShop, type LinkRow } from '../../../server/recommendations/index.ts';
import { ModelCache, shelfOf } from '../../../server/recommendations/models.ts';
import { makeShop, testDb } from '../helpers/db.ts';

const db = testDb();
CACHE_TIMING.modelCheckMs = 60_000;

function capturingLog(lines: Array<[string, Record<string, unknown>]>): Logger {
  const log: Logger = {
    debug: () => {}, info: (msg, f) => lines.push([msg, f ?? {}]), warn: (msg, f) => lines.push([msg, f ?? {}]), error: (msg, f) => lines.push([msg, f ?? {}]),
    child: () => log,
  } as Logger;
  return log;
}

/** A shop of three aisles whose shoppers browse along each one, trained once. */
async function trainedShop() {
  const { shop } = await makeShop(db);
  const aisles = ['tea', 'plants', 'desk'];
  const ids = await withShop(db.sql, shop.id, (tx) => insertProducts(tx, shop.id, aisles.flatMap((aisle) =>
    Array.from({ length: 6 }, (_, i) => ({ handle: `${aisle}-${i}`, title: `${aisle} ${i}`, priceAmount: 100 + i, currency: 'USD', category: aisle })))));
  const now = Date.now();
  for (let v = 0; v < 24; v++) {
    const aisle = v % 3;
    await recordServerEvents(db.sql, shop.id, {
      person: { customerId: null, visitorId: `v_browser_${v}` },
      events: [0, 1, 2, 3].map((k) => ({
        id: crypto.randomUUID(), kind: (k === 3 && v % 4 === 0 ? 'cart.add' : 'product.view') as 'product.view',
        at: now - 3_600_000 + v * 60_000 + k * 1000, product: ids[aisle * 6 + ((v + k) % 6)],
      })),
    });
  }
  await trainShop(db.sql, shop.id);
  return { shop, ids };
}

describe('the model an API process serves', () => {
  it(`is the stored model: the same links, scores and answers as the rows the training wrote (loaded ${db.kind === 'postgres' ? 'in a worker thread' : 'in place on the embedded database'})`, async () => {
    const { shop, ids } = await trainedShop();
    const lines: Array<[string, Record<string, unknown>]> = [];
    const cache = new ModelCache(db, capturingLog(lines));
    const loaded = (await cache.model(shop.id))!;
    expect(lines.find(([msg]) => msg === 'recommendation model loaded')?.[1]).toMatchObject({ shop: shop.id, version: 1, worker: db.kind === 'postgres' });
    const rows = await withShop(db.sql, shop.id, async (tx) => {
      const version = (await currentModel(tx))!.version;
      const links: LinkRow[] = [];
      return { items: await readItems(tx, version), links: await readLinks(tx, version, (page) => links.push(...page), 2).then(() => links) };
    });
    const fromRows = loadModel({ meta: loaded.meta, ...rows });
    expect(loaded.model.ids).toEqual(fromRows.ids);
    expect(loaded.model.links).toEqual(fromRows.links);
    expect(loaded.model.prior).toEqual(fromRows.prior);
    expect(loaded.model.byCategory).toEqual(fromRows.byCategory);
    const history = [0, 1, 2].map((k) => ({ user: 'me', item: ids[k], kind: 'view', at: Date.now() - 1000 + k }));
    expect(recommend(loaded.model, { history, k: 8 })).toEqual(recommend(fromRows, { history, k: 8 }));
    expect(recommend(loaded.model, { history, k: 8 }).some((r) => r.reason.kind === 'viewed-similar')).toBe(true);
    expect(similar(loaded.model, ids[7], 4)).toEqual(similar(fromRows, ids[7], 4));
  });

  it('makes requests that come during the first load wait for it, not answer without a model', async () => {
    const { shop } = await trainedShop();
    const cache = new ModelCache(db, createLogger('silent'));
    const [first, second, third] = await Promise.all([cache.model(shop.id), cache.model(shop.id), cache.model(shop.id)]);
    expect(first?.version).toBe(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('answers for a shop never trained with nothing, and takes up a new version when it checks next', async () => {
    const { shop } = await makeShop(db);
    const cache = new ModelCache(db, createLogger('silent'));
    expect(await cache.model(shop.id)).toBeUndefined();
    const { shop: trained } = await trainedShop();
    const before = await cache.model(trained.id);
    await trainShop(db.sql, trained.id);
    expect((await cache.model(trained.id))?.version).toBe(before?.version);
    const interval = CACHE_TIMING.modelCheckMs;
    CACHE_TIMING.modelCheckMs = 0;
    try {
      // The one in hand answers while the new one loads.
      expect((await cache.model(trained.id))?.version).toBe(before?.version);
      await expect.poll(async () => (await cache.model(trained.id))?.version).toBe(2);
    } finally {
      CACHE_TIMING.modelCheckMs = interval;
    }
  });

  it('lines the catalog up with the model before a request needs it: each item’s product and whether it may be shown', async () => {
    const { shop, ids } = await trainedShop();
    await withShop(db.sql, shop.id, (tx) => setProductFlags(tx, ids[0], { published: false, consumable: true }));
    const cache = new ModelCache(db, createLogger('silent'));
    const { model } = (await cache.model(shop.id))!;
    const catalog = await cache.catalog(shop.id);
    const shelf = catalog.shelves.get(model)!;
    expect(shelf).toBeDefined();
    const i = model.index.get(ids[0])!;
    expect(shelf.product[i]?.id).toBe(ids[0]);
    expect([shelf.available[i], shelf.consumable[i]]).toEqual([0, 1]);
    const j = model.index.get(ids[1])!;
    expect([shelf.available[j], shelf.consumable[j]]).toEqual([1, 0]);
    expect(shelfOf(catalog, model)).toBe(shelf);
  });
});
