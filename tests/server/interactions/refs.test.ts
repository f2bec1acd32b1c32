/**
 * @module Product and variant references as ingest resolves them (server/interactions/refs.ts):
 * the misses of requests that come while a read is under way go together in the next read,
 * what was found (by every name it has) is not read again, and a reference nothing has is
 * not remembered — a product added a moment later is found.
 */
import { describe, expect, it } from 'vitest';
import { insertProducts } from '../../../server/catalog/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { cachedRefs, RefReader } from '../../../server/interactions/refs.ts';
import { makeShop, testDb, uniq } from '../helpers/db.ts';

const db = testDb();

async function shopWithProducts(n: number) {
  const { shop } = await makeShop(db);
  const handles = Array.from({ length: n }, (_, i) => `p-${i}-${uniq()}`);
  const ids = await withShop(db.sql, shop.id, (tx) =>
    insertProducts(tx, shop.id, handles.map((handle, i) => ({ handle, title: `P ${i}`, priceAmount: 100, currency: 'USD',
      variants: [{ sku: `SKU-${handle}`, title: 'One', priceAmount: 100 }] }))));
  return { shop, handles, ids };
}

describe('reading references', () => {
  it('reads the misses of concurrent requests together: one read under way, the rest in the next', async () => {
    const { shop, handles, ids } = await shopWithProducts(10);
    const reader = new RefReader(db.sql);
    const find = reader.forShop(shop.id);
    const found = await Promise.all(handles.map((h) => find([h], [`SKU-${h}`])));
    expect(reader.reads).toBe(2);
    handles.forEach((h, i) => {
      expect(found[i].products.get(h)?.id).toBe(ids[i]);
      expect(found[i].variants.get(`SKU-${h}`)?.productId).toBe(ids[i]);
    });
    // Now remembered, by the handle asked for and by the id too.
    const { found: again, missing } = cachedRefs(shop.id, [handles[3], ids[4]], [`SKU-${handles[5]}`], Date.now());
    expect(missing).toEqual({ products: [], variants: [] });
    expect([again.products.get(handles[3])?.id, again.products.get(ids[4])?.id]).toEqual([ids[3], ids[4]]);
  });

  it('never remembers a reference nothing has: a product added a moment later is found', async () => {
    const { shop } = await makeShop(db);
    const reader = new RefReader(db.sql);
    const handle = `late-${uniq()}`;
    expect((await reader.forShop(shop.id)([handle], [])).products.size).toBe(0);
    const [id] = await withShop(db.sql, shop.id, (tx) => insertProducts(tx, shop.id, [{ handle, title: 'Late', priceAmount: 1, currency: 'USD' }]));
    expect(cachedRefs(shop.id, [handle], [], Date.now()).missing.products).toEqual([handle]);
    expect((await reader.forShop(shop.id)([handle], [])).products.get(handle)?.id).toBe(id);
  });

  it("finds only the shop's own products", async () => {
    const mine = await shopWithProducts(1);
    const { shop: other } = await makeShop(db);
    const reader = new RefReader(db.sql);
    const found = await reader.forShop(other.id)([mine.ids[0], mine.handles[0]], [`SKU-${mine.handles[0]}`]);
    expect([found.products.size, found.variants.size]).toEqual([0, 0]);
  });

  it('refuses every request waiting on a read that fails, and reads again for the next', async () => {
    const reader = new RefReader(db.sql);
    await expect(Promise.all([reader.forShop('not-a-uuid')(['a'], []), reader.forShop('not-a-uuid')(['b'], [])])).rejects.toThrow(TypeError);
    const { shop, handles, ids } = await shopWithProducts(1);
    expect((await reader.forShop(shop.id)(handles, [])).products.get(handles[0])?.id).toBe(ids[0]);
  });
});
