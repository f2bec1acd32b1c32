import { describe, expect, it } from 'vitest';
import { run } from '../../../server/cli.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { personHistory } from '../../../server/interactions/index.ts';
import { listDeliveries } from '../../../server/orders/index.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE, expectProblem } from '../helpers/http.ts';
import { edited, fixtureBytes, holdings, postEnvelope, postShopify, postWoo, VECTOR_SECRET } from './webhook-helpers.ts';

const db = testDb();
const app = testApp(db);

/** A shop whose Shopify and WooCommerce webhooks are signed with the test-vector secret (set as the merchant would). */
async function platformShop() {
  const { shop } = await makeShop(db);
  for (const platform of ['shopify', 'woocommerce']) {
    await run(['webhook:secret', '--shop', shop.publicKey, '--platform', platform, '--secret', VECTOR_SECRET], db, () => {});
  }
  return shop;
}

const inShop = <T>(shopId: string, fn: Parameters<typeof withShop<T>>[2]) => withShop(db.sql, shopId, fn);

describe('POST /webhooks/shopify/:shopId', () => {
  it('stores the real order with its lines, parcel and customer, and a replay changes nothing', async () => {
    const shop = await platformShop();
    const body = fixtureBytes('shopify/order.json');
    const webhookId = 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043';
    const first = await postShopify(app, shop.id, 'orders/create', body, { secret: VECTOR_SECRET, webhookId });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ outcome: 'accepted' });
    const [order] = await inShop(shop.id, (tx) => tx`select * from orders where external_id = '450789469'`);
    expect(order).toMatchObject({ platform: 'shopify', number: '#1001', email: 'bob.norman@hostmail.com', currency: 'USD', status: 'paid' });
    const lines = await inShop(shop.id, (tx) => tx`select external_id, title, quantity, unit_amount from order_lines where order_id = ${order.id} order by position`);
    expect(lines.map((l) => l.external_id)).toEqual(['466157049', '518995019', '703073504']);
    const [customer] = await inShop(shop.id, (tx) => tx`select c.email from customer_identities ci join customers c on c.id = ci.customer_id where ci.platform = 'shopify' and ci.external_id = '207119551'`);
    expect(customer.email).toBe('bob.norman@hostmail.com');
    const [parcel] = await inShop(shop.id, (tx) => tx`select external_id, tracking_number from fulfillments where order_id = ${order.id}`);
    expect(parcel.external_id).toBe('255858046');

    const before = await holdings(db, shop.id);
    const again = await postShopify(app, shop.id, 'orders/create', body, { secret: VECTOR_SECRET, webhookId });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ outcome: 'duplicate', applied: 0, stale: 0 });
    expect(await holdings(db, shop.id)).toEqual(before);
    const log = await inShop(shop.id, (tx) => listDeliveries(tx));
    expect(log.map((d) => d.outcome).sort()).toEqual(['accepted', 'duplicate']);
  });

  it('refuses forged, missing and foreign signatures with 401 problem+json and changes nothing', async () => {
    const shop = await platformShop();
    const body = fixtureBytes('shopify/order.json');
    const forged = await postShopify(app, shop.id, 'orders/create', body, { secret: 'not the secret' });
    const p = await expectProblem(forged, 401, 'unauthorized');
    expect(p.reason).toBe('bad-signature');
    await expectProblem(await postShopify(app, shop.id, 'orders/create', body, { secret: VECTOR_SECRET, hmac: null }), 401, 'unauthorized');
    // The body changed after signing: one byte is enough.
    const signedFor = postShopify(app, shop.id, 'orders/create', body, { secret: VECTOR_SECRET });
    expect((await signedFor).status).toBe(200);
    const tampered = await postShopify(app, shop.id, 'orders/updated', edited(body, [['"#1001"', '"#1002"']]), {
      secret: VECTOR_SECRET, hmac: (await import('node:crypto')).createHmac('sha256', VECTOR_SECRET).update(body).digest('base64'),
    });
    await expectProblem(tampered, 401, 'unauthorized');
    const [n] = await inShop(shop.id, (tx) => tx`select count(*)::int as n, min(number) as number from orders`);
    expect(n).toEqual({ n: 1, number: '#1001' });
    const log = await inShop(shop.id, (tx) => listDeliveries(tx));
    expect(log.filter((d) => d.outcome === 'refused').map((d) => d.reason).sort()).toEqual(['bad-signature', 'bad-signature', 'missing-signature']);
  });

  it('never lets an older update overwrite a newer one', async () => {
    const shop = await platformShop();
    const body = fixtureBytes('shopify/order.json');
    const newer = edited(body, [['"updated_at": "2008-01-10T11:00:00-05:00"', '"updated_at": "2008-01-12T11:00:00-05:00"'], ['"cancelled_at": null', '"cancelled_at": "2008-01-12T11:00:00-05:00"']]);
    expect((await postShopify(app, shop.id, 'orders/cancelled', newer, { secret: VECTOR_SECRET })).status).toBe(200);
    const late = await postShopify(app, shop.id, 'orders/updated', body, { secret: VECTOR_SECRET });
    expect(late.status).toBe(200);
    expect(await late.json()).toMatchObject({ outcome: 'stale' });
    const [order] = await inShop(shop.id, (tx) => tx`select status, cancelled_at from orders where external_id = '450789469'`);
    expect(order.status).toBe('cancelled');
    expect(order.cancelled_at).not.toBeNull();
    const log = await inShop(shop.id, (tx) => listDeliveries(tx));
    expect(log.map((d) => d.outcome).sort()).toEqual(['accepted', 'stale']);
  });

  it('records a recent order\'s purchases in the interaction log, once', async () => {
    const shop = await platformShop();
    const now = new Date(Date.now() - 60_000).toISOString();
    const product = await postShopify(app, shop.id, 'products/create', fixtureBytes('shopify/product.json'), { secret: VECTOR_SECRET });
    expect(product.status).toBe(200);
    const body = edited(fixtureBytes('shopify/order.json'), [['2008-01-10T11:00:00-05:00', now]]);
    for (let i = 0; i < 2; i++) expect((await postShopify(app, shop.id, 'orders/updated', body, { secret: VECTOR_SECRET })).status).toBe(200);
    const history = await inShop(shop.id, async (tx) => {
      const [c] = await tx`select customer_id from customer_identities where platform = 'shopify' and external_id = '207119551'`;
      return personHistory(tx, { customerId: c.customer_id }, { limit: 50 });
    });
    const purchases = history.filter((e) => e.kind === 'purchase');
    expect(purchases).toHaveLength(3);
    const [ipod] = await inShop(shop.id, (tx) => tx`select id, title, published from products where external_id = '632910392'`);
    expect(ipod).toMatchObject({ title: 'IPod Nano - 8GB', published: true });
    expect(new Set(purchases.map((e) => e.productId))).toEqual(new Set([ipod.id]));
    expect(purchases.map((e) => e.data.order)).toEqual(['#1001', '#1001', '#1001']);
  });

  it('answers a missing field with 422 and its JSON path, writing nothing', async () => {
    const shop = await platformShop();
    const body = edited(fixtureBytes('shopify/order.json'), [[/"total_price": "[^"]*",?/, '']]);
    const res = await postShopify(app, shop.id, 'orders/create', body, { secret: VECTOR_SECRET });
    const p = await expectProblem(res, 422, 'unprocessable');
    expect(p.errors).toEqual([{ path: 'order.total_price', message: 'This field is required' }]);
    expect(await holdings(db, shop.id)).toMatchObject({ orders: 0, lines: 0, customers: 0, products: 0 });
    const [log] = await inShop(shop.id, (tx) => listDeliveries(tx));
    expect(log).toMatchObject({ outcome: 'refused', reason: 'missing-field', path: 'order.total_price' });
  });

  it('takes 5,000 lines and ids beyond 2^53 exactly', async () => {
    const shop = await platformShop();
    const order = JSON.parse(Buffer.from(fixtureBytes('shopify/order.json')).toString('utf8')).order;
    const lineTemplate = JSON.stringify(order.line_items[0]);
    const lines = Array.from({ length: 5000 }, (_, i) => lineTemplate.replace('"id":466157049', `"id":${9007199254740993n + BigInt(i)}`));
    const json = JSON.stringify({ ...order, id: 0, fulfillments: [], refunds: [], line_items: [] })
      .replace('"id":0', '"id":820982911946154508')
      .replace('"line_items":[]', `"line_items":[${lines.join(',')}]`);
    const res = await postShopify(app, shop.id, 'orders/create', json, { secret: VECTOR_SECRET });
    expect(res.status).toBe(200);
    const [o] = await inShop(shop.id, (tx) => tx`select id, external_id from orders`);
    expect(o.external_id).toBe('820982911946154508');
    const [l] = await inShop(shop.id, (tx) => tx`select count(*)::int as n, min(external_id) as first from order_lines where order_id = ${o.id}`);
    expect(l).toEqual({ n: 5000, first: '9007199254740993' });
  });

  it('stores refunds, parcels and privacy requests', async () => {
    const shop = await platformShop();
    expect((await postShopify(app, shop.id, 'orders/create', fixtureBytes('shopify/order.json'), { secret: VECTOR_SECRET })).status).toBe(200);
    expect((await postShopify(app, shop.id, 'refunds/create', fixtureBytes('shopify/refund.json'), { secret: VECTOR_SECRET })).status).toBe(200);
    expect((await postShopify(app, shop.id, 'fulfillments/update', fixtureBytes('shopify/fulfillment.json'), { secret: VECTOR_SECRET })).status).toBe(200);
    const redact = JSON.stringify({ shop_id: 954889, shop_domain: 'example.myshopify.com', customer: { id: 207119551, email: 'bob.norman@hostmail.com' }, orders_to_redact: [450789469] });
    expect((await postShopify(app, shop.id, 'customers/redact', redact, { secret: VECTOR_SECRET })).status).toBe(200);
    const [refund] = await inShop(shop.id, (tx) => tx`select external_id, amount, restock, lines from refunds`);
    expect(refund).toMatchObject({ external_id: '509562969', restock: true });
    expect(refund.lines.length).toBe(2);
    const parcels = await inShop(shop.id, (tx) => tx`select external_id, tracking_number from fulfillments order by external_id`);
    expect(parcels.map((p) => p.external_id)).toContain('255858046');
    const [privacy] = await inShop(shop.id, (tx) => tx`select type, customer_external_id, customer_id, email, order_refs from privacy_requests`);
    expect(privacy).toMatchObject({ type: 'customer-redact', customer_external_id: '207119551', email: 'bob.norman@hostmail.com', order_refs: ['450789469'] });
    expect(privacy.customer_id).not.toBeNull();
    // A checkpoint of a parcel the shop does not know is refused, so the platform sends it again later.
    const event = await postShopify(app, shop.id, 'fulfillment_events/create', fixtureBytes('shopify/fulfillment_event.json'), { secret: VECTOR_SECRET });
    await expectProblem(event, 409, 'conflict');
  });

  it('answers 404 for an unknown platform or shop', async () => {
    const shop = await platformShop();
    await expectProblem(await app.request(`${BASE}/webhooks/magento/${shop.id}`, { method: 'POST', body: '{}' }), 404, 'not-found');
    await expectProblem(await postShopify(app, '00000000-0000-4000-8000-000000000000', 'orders/create', '{}', { secret: VECTOR_SECRET }), 404, 'unknown-shop');
  });
});

describe('POST /webhooks/woocommerce/:shopId', () => {
  it('stores order 727 once per (id, date_modified_gmt) and answers the creation ping', async () => {
    const shop = await platformShop();
    const body = fixtureBytes('woocommerce/order-727.json');
    const first = await postWoo(app, shop.id, 'order.created', body, VECTOR_SECRET);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ outcome: 'accepted' });
    const before = await holdings(db, shop.id);
    // WooCommerce's delivery ids are not unique per event: the same state again is a duplicate.
    expect(await (await postWoo(app, shop.id, 'order.updated', body, VECTOR_SECRET)).json()).toMatchObject({ outcome: 'duplicate' });
    expect(await holdings(db, shop.id)).toEqual(before);
    const [order] = await inShop(shop.id, (tx) => tx`select number, platform, total_amount, currency from orders`);
    expect(order).toMatchObject({ number: '727', platform: 'woocommerce', currency: 'USD' });
    const ping = await app.request(`${BASE}/webhooks/woocommerce/${shop.id}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'webhook_id=15' });
    expect(await ping.json()).toEqual({ outcome: 'ping' });
    await expectProblem(await postWoo(app, shop.id, 'order.updated', body, 'wrong'), 401, 'unauthorized');
  });
});

describe('POST /webhooks/generic/:shopId', () => {
  const order = (updatedAt: string) => ({
    topic: 'order.updated',
    data: {
      platformId: 'G-1', number: 'G-1', email: 'ann@example.com', customerRef: 'cust-1', status: 'paid', currency: 'EUR',
      subtotalAmount: 1000, shippingAmount: 0, taxAmount: 0, discountAmount: 0, totalAmount: 1000,
      placedAt: '2026-01-02T10:00:00Z', updatedAt, cancelledAt: null, locale: 'en', shippingPostcode: '10115',
      lines: [{ platformId: 'L1', productRef: 'P1', variantRef: null, sku: null, title: 'Tea', variantTitle: null, quantity: 2, unitAmount: 500, discountAmount: 0, finalSale: false }],
    },
  });

  it('uses the shop signing secret, refuses a stale timestamp, and keeps the newest state', async () => {
    const { shop } = await makeShop(db);
    expect((await postEnvelope(app, 'generic', shop.id, order('2026-01-02T12:00:00Z'), { secret: shop.signingSecret })).status).toBe(200);
    const stale = await postEnvelope(app, 'generic', shop.id, order('2026-01-03T12:00:00Z'), { secret: shop.signingSecret, at: Math.floor(Date.now() / 1000) - 3600 });
    expect((await expectProblem(stale, 401, 'unauthorized')).reason).toBe('stale');
    const older = await postEnvelope(app, 'generic', shop.id, order('2026-01-02T11:00:00Z'), { secret: shop.signingSecret });
    expect(await older.json()).toMatchObject({ outcome: 'stale' });
    const [o] = await inShop(shop.id, (tx) => tx`select o.number, o.shipping_postcode, p.published from orders o join order_lines l on l.order_id = o.id join products p on p.id = l.product_id`);
    // The line's product was not synced yet: an unpublished stand-in keeps the purchase linked.
    expect(o).toEqual({ number: 'G-1', shipping_postcode: '10115', published: false });
  });
});
