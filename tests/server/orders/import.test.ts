import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../server/cli.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { ImportError, listDeliveries } from '../../../server/orders/index.ts';
import { makeShop, testDb } from '../helpers/db.ts';
import { FIXTURES_DIR } from '../../plugin-adapters/helpers.ts';
import { fixtureBytes, holdings } from './webhook-helpers.ts';

const db = testDb();
const dir = mkdtempSync(join(tmpdir(), 'rapport-import-'));

async function importFile(shopKey: string, platform: string, file: string) {
  let out = '', err = '';
  await run(['import:orders', '--shop', shopKey, '--platform', platform, '--file', file, '--json'], db, (s) => (out += s), (s) => (err += s));
  return { summary: JSON.parse(out), progress: err };
}

function fileWith(name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run rapport -- import:orders', () => {
  it('imports a Shopify export through the same mapping, and importing it again changes nothing', async () => {
    const { shop } = await makeShop(db);
    const file = join(FIXTURES_DIR, 'shopify/orders.json');
    const first = await importFile(shop.publicKey, 'shopify', file);
    expect(first.summary).toEqual({ total: 1, imported: 1, unchanged: 0, stale: 0, refused: [] });
    expect(first.progress).toContain('1/1');
    const [order] = await withShop(db.sql, shop.id, (tx) => tx`select number, platform, external_id from orders`);
    expect(order).toEqual({ number: '#1001', platform: 'shopify', external_id: '450789469' });
    const before = await holdings(db, shop.id);
    expect(before.lines).toBeGreaterThan(0);
    const again = await importFile(shop.publicKey, 'shopify', file);
    expect(again.summary).toEqual({ total: 1, imported: 0, unchanged: 1, stale: 0, refused: [] });
    expect(await holdings(db, shop.id)).toEqual(before);
  });

  it('imports WooCommerce and Medusa exports', async () => {
    const { shop } = await makeShop(db);
    const woo = fileWith('woo.json', `[${fixtureBytes('woocommerce/order-727.json').toString('utf8')}]`);
    expect((await importFile(shop.id, 'woocommerce', woo)).summary).toMatchObject({ total: 1, imported: 1 });
    const medusa = join(FIXTURES_DIR, 'medusa/store-order.json');
    expect((await importFile(shop.id, 'medusa', medusa)).summary).toMatchObject({ total: 1, imported: 1 });
    const numbers = await withShop(db.sql, shop.id, (tx) => tx`select platform from orders order by platform`);
    expect(numbers.map((r) => r.platform)).toEqual(['medusa', 'woocommerce']);
  });

  it('lists what it refused and why, importing the rest', async () => {
    const { shop } = await makeShop(db);
    const good = JSON.parse(fixtureBytes('woocommerce/order-727.json').toString('utf8'));
    const bad = { ...good, id: 728, number: '728', line_items: good.line_items.map((l: object) => ({ ...l, quantity: undefined })) };
    const { summary } = await importFile(shop.publicKey, 'woocommerce', fileWith('mixed.json', JSON.stringify([bad, good])));
    expect(summary.imported).toBe(1);
    expect(summary.refused).toEqual([{ index: 0, orderId: '728', reason: 'missing-field', path: 'line_items.0.quantity', message: 'This field is required' }]);
    const log = await withShop(db.sql, shop.id, (tx) => listDeliveries(tx));
    expect(log.map((d) => `${d.source}:${d.outcome}`).sort()).toEqual(['import:accepted', 'import:refused']);
  });

  it('refuses a file that is not JSON or not the named platform with a clear message, importing nothing', async () => {
    const { shop } = await makeShop(db);
    await expect(importFile(shop.publicKey, 'shopify', fileWith('notes.txt', 'order 1001, shipped'))).rejects.toThrow(/not JSON/);
    await expect(importFile(shop.publicKey, 'woocommerce', join(FIXTURES_DIR, 'shopify/orders.json'))).rejects.toThrow(
      /No order in this file reads as a woocommerce order, so nothing was imported/,
    );
    await expect(importFile(shop.publicKey, 'magento', join(FIXTURES_DIR, 'shopify/orders.json'))).rejects.toThrow(/--platform must be one of/);
    await expect(importFile(shop.publicKey, 'shopify', join(dir, 'missing.json'))).rejects.toThrow(ImportError);
    expect(await holdings(db, shop.id)).toMatchObject({ orders: 0, lines: 0, customers: 0, products: 0 });
  });
});
