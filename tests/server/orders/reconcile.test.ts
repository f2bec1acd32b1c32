/**
 * @module WooCommerce reconciliation (`npm run rapport -- woocommerce:connect` and the hourly
 * job): against a local fake of the store's `GET /wp-json/wc/v3/orders` on 127.0.0.1 serving
 * the real order 727, the orders webhooks missed are stored once; the next pull asks only
 * for what changed since (with an overlap) and changes nothing twice; a refused key is said.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../server/cli.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { listOrders, reconcileWooCommerce } from '../../../server/orders/index.ts';
import { fixtureBytes } from '../../plugin-adapters/helpers.ts';
import { makeShop, testDb } from '../helpers/db.ts';

const db = testDb();
const KEY = 'ck_0123456789abcdef';
const SECRET = 'cs_fedcba9876543210';
const ORDER_727 = fixtureBytes('woocommerce/order-727.json').toString('utf8');
let server: Server;
let storeUrl: string;
const asked: URL[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    asked.push(url);
    if (req.headers.authorization !== `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`) {
      return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"code":"woocommerce_rest_cannot_view"}');
    }
    res.writeHead(200, { 'content-type': 'application/json', 'x-wp-total': '1', 'x-wp-totalpages': '1' }).end(`[${ORDER_727}]`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  storeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function cli(...args: string[]): Promise<string> {
  let out = '';
  await run(args, db, (s) => (out += s));
  return out;
}

describe('WooCommerce reconciliation', () => {
  it('connects with the read-only key, stores the orders webhooks missed once, and then asks only for what changed since', async () => {
    const { shop } = await makeShop(db);
    asked.length = 0;
    const first = JSON.parse(await cli('woocommerce:connect', '--shop', shop.publicKey, '--url', `${storeUrl}/`, '--key', KEY, '--secret', SECRET, '--json'));
    expect(first).toMatchObject({ storeUrl, total: 1, imported: 1, refused: [] });
    expect((await withShop(db.sql, shop.id, (tx) => listOrders(tx, { limit: 10 }))).map((o) => o.number)).toEqual(['727']);
    // The first pull looks back 30 days.
    const since = Date.parse(asked[0]!.searchParams.get('modified_after')!);
    expect(Date.now() - since).toBeGreaterThan(29 * 86_400_000);

    const later = new Date(Date.now() + 3_600_000);
    const again = await reconcileWooCommerce(db.sql, shop.id, fetch, later);
    expect(again).toMatchObject({ total: 1, imported: 0, unchanged: 1 });
    // Since the last pull, less an overlap of ten minutes.
    const next = Date.parse(asked.at(-1)!.searchParams.get('modified_after')!);
    expect(Date.now() - next).toBeLessThan(11 * 60_000);
    expect(await withShop(db.sql, shop.id, (tx) => listOrders(tx, { limit: 10 }))).toHaveLength(1);
  });

  it('says when the store refuses the key, and refuses a store address that is not https', async () => {
    const { shop } = await makeShop(db);
    await expect(cli('woocommerce:connect', '--shop', shop.id, '--url', storeUrl, '--key', KEY, '--secret', 'wrong')).rejects.toThrow(/did not answer as expected/);
    await expect(cli('woocommerce:connect', '--shop', shop.id, '--url', 'http://shop.example', '--key', KEY, '--secret', SECRET)).rejects.toThrow(/https/);
    expect(await reconcileWooCommerce(db.sql, (await makeShop(db)).shop.id)).toBeUndefined(); // not connected: nothing to do
  });
});
