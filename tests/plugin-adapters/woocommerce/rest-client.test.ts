/**
 * @module The WooCommerce REST reconciliation client against a local fake of
 * `GET /wp-json/wc/v3/orders` (node:http on 127.0.0.1) that serves the real order 727:
 * authentication, the query it sends, pagination, exact big ids, and errors.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { woocommerceAdapter, wooOrdersModifiedAfter, WooRestError, type CanonicalOrder, type WooOrderPage } from '../../../plugin-adapters/index.ts';
import { entitiesOf, fixtureBytes } from '../helpers.ts';

const KEY = 'ck_0123456789abcdef';
const SECRET = 'cs_fedcba9876543210';
const ORDER_727 = fixtureBytes('woocommerce/order-727.json').toString('utf8');
const BIG_ID_ORDER = ORDER_727.replace('"id": 727', '"id": 820982911946154508').replace('"number": "727"', '"number": "728"');

let server: Server;
let storeUrl: string;
const requests: URL[] = [];

function authorized(req: IncomingMessage): boolean {
  return req.headers.authorization === `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    if (url.pathname !== '/shop/wp-json/wc/v3/orders') return void res.writeHead(404).end('{"code":"rest_no_route"}');
    if (!authorized(req)) return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"code":"woocommerce_rest_cannot_view"}');
    const page = url.searchParams.get('page');
    const body = page === '1' ? `[${ORDER_727}]` : page === '2' ? `[${BIG_ID_ORDER}]` : '[]';
    res.writeHead(200, { 'content-type': 'application/json', 'x-wp-total': '2', 'x-wp-totalpages': '2' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  storeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/shop`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function collect(options: Partial<Parameters<typeof wooOrdersModifiedAfter>[0]> = {}): Promise<WooOrderPage[]> {
  const pages: WooOrderPage[] = [];
  const since = new Date('2017-03-01T00:00:00Z');
  for await (const page of wooOrdersModifiedAfter({ storeUrl, consumerKey: KEY, consumerSecret: SECRET, fetch, ...options }, since)) pages.push(page);
  return pages;
}

describe('WooCommerce REST reconciliation client', () => {
  it('pages through the orders modified after a time, with Basic authentication', async () => {
    requests.length = 0;
    const pages = await collect({ perPage: 1 });
    expect(pages.map((p) => [p.page, p.totalPages, p.orders.length])).toEqual([[1, 2, 1], [2, 2, 1]]);
    expect(requests).toHaveLength(2);
    expect(Object.fromEntries(requests[0].searchParams)).toEqual({
      modified_after: '2017-03-01T00:00:00.000Z', dates_are_gmt: 'true', orderby: 'id', order: 'asc', per_page: '1', page: '1',
    });
  });

  it('hands back orders the adapter maps, big ids exact', async () => {
    const orders = (await collect()).flatMap((p) => p.orders);
    const mapped = orders.map((o) => entitiesOf(woocommerceAdapter.mapWebhook('order.updated', o))[0] as CanonicalOrder);
    expect(mapped.map((o) => [o.platformId, o.number, o.totalAmount])).toEqual([
      ['727', '727', 2935],
      ['820982911946154508', '728', 2935],
    ]);
  });

  it('stops at maxPages', async () => {
    expect(await collect({ maxPages: 1 })).toHaveLength(1);
  });

  it('throws a WooRestError with the status on wrong keys', async () => {
    const err = await collect({ consumerSecret: 'cs_wrong' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooRestError);
    expect((err as WooRestError).status).toBe(401);
  });

  it('throws when the answer is not a JSON array', async () => {
    const err = await collect({ storeUrl: `${storeUrl}/elsewhere` }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'WooRestError', status: 404 });
  });

  it('refuses a plain-http store that is not this machine (the secret would travel in clear)', async () => {
    const err = await collect({ storeUrl: 'http://shop.example' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooRestError);
  });
});
