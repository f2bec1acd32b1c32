import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../server/cli.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { shipmentMail } from '../../../server/orders/mails.ts';
import { updateShopSettings } from '../../../server/shops/index.ts';
import { makeShop, staffSession, testApp, testDb } from '../helpers/db.ts';
import { expectProblem } from '../helpers/http.ts';
import { edited, fixtureBytes, postEnvelope, postShopify } from './webhook-helpers.ts';

const db = testDb();
const app = testApp(db);
const ALL_ON = { shipped: true, outForDelivery: true, delivered: true, delayed: true };
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** A shop with the given shipment emails switched on (none by default, as the owner finds it). */
async function shopWith(mails: Partial<typeof ALL_ON> = {}, trackingPageUrl?: string) {
  const provisioned = await makeShop(db);
  await updateShopSettings(db.sql, provisioned.shop.id, (s) => ({ ...s, shipmentMails: { ...s.shipmentMails, ...mails, trackingPageUrl } }));
  return provisioned;
}

const order = (o: { number: string; locale?: string | null; placedAt?: string; updatedAt?: string }) => ({
  topic: 'order.updated',
  data: {
    platformId: `O-${o.number}`, number: o.number, email: 'ann@example.com', customerRef: null, status: 'paid', currency: 'EUR',
    subtotalAmount: 1000, shippingAmount: 0, taxAmount: 0, discountAmount: 0, totalAmount: 1000,
    placedAt: o.placedAt ?? daysAgo(2), updatedAt: o.updatedAt ?? daysAgo(2), cancelledAt: null, locale: o.locale ?? null,
    shippingPostcode: '10115',
    lines: [{ platformId: 'L1', productRef: null, variantRef: null, sku: null, title: 'Tea', variantTitle: null, quantity: 2, unitAmount: 500, discountAmount: 0, finalSale: false }],
  },
});

const parcel = (number: string, status: string, extra: { updatedAt?: string; trackingUrl?: string | null } = {}) => ({
  topic: 'fulfillment.updated',
  data: {
    platformId: `F-${number}`, orderRef: `O-${number}`, status, platformStatus: status, carrier: 'DHL', trackingNumber: 'JD014600006281230704',
    trackingUrl: extra.trackingUrl === undefined ? 'https://www.dhl.com/track?id=JD014600006281230704' : extra.trackingUrl,
    shippedAt: daysAgo(1), deliveredAt: null, estimatedDelivery: '2099-03-05T00:00:00Z', updatedAt: extra.updatedAt ?? null,
    lines: [], events: [],
  },
});

async function mails(shopId: string) {
  return withShop(db.sql, shopId, (tx) => tx<{ kind: string; to_address: string; locale: string; subject: string; html_body: string; text_body: string; status: string }[]>`
    select kind, to_address, locale, subject, html_body, text_body, status from outbox order by created_at, id`);
}

describe('shipment emails from a platform webhook', () => {
  it('writes one shipped email with the carrier link and the way back to the tracker; a replay writes none', async () => {
    const { shop } = await shopWith({ shipped: true });
    const secret = shop.signingSecret;
    await withShop(db.sql, shop.id, (tx) => tx`update shops set default_locale = 'zh-Hant' where id = ${shop.id}`);
    expect((await postEnvelope(app, 'generic', shop.id, order({ number: 'S-1' }), { secret })).status).toBe(200);
    expect(await mails(shop.id)).toEqual([]);
    const eventId = 'evt-shipped-1';
    const shipped = await postEnvelope(app, 'generic', shop.id, parcel('S-1', 'shipped'), { secret, eventId });
    expect(await shipped.json()).toMatchObject({ outcome: 'accepted' });
    const [mail, ...more] = await mails(shop.id);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ kind: 'order.shipped', to_address: 'ann@example.com', locale: 'zh-Hant', subject: '您的訂單 S-1 已出貨', status: 'pending' });
    const tracker = `${shop.allowedOrigins[0]}/orders?order=S-1`;
    expect(mail.text_body).toContain('物流商: DHL');
    expect(mail.text_body).toContain('JD014600006281230704');
    expect(mail.text_body).toContain('https://www.dhl.com/track?id=JD014600006281230704');
    expect(mail.text_body).toContain(`追蹤您的訂單: ${tracker}`);
    expect(mail.text_body).toContain('2099');
    expect(mail.html_body).toContain(`href="${tracker}"`);
    // The footer says why: an order, not a request the reader made.
    expect(mail.text_body).toContain('您收到此郵件是因為您在');
    expect(mail.text_body).not.toContain('聯絡了');
    expect(mail.html_body).toContain('href="https://www.dhl.com/track?id=JD014600006281230704"');

    // The same delivery again, and the same state in a new delivery: still one email.
    expect(await (await postEnvelope(app, 'generic', shop.id, parcel('S-1', 'shipped'), { secret, eventId })).json()).toMatchObject({ outcome: 'duplicate' });
    expect((await postEnvelope(app, 'generic', shop.id, parcel('S-1', 'shipped'), { secret })).status).toBe(200);
    expect(await mails(shop.id)).toHaveLength(1);
  });

  it('writes in the language of an order sent in an earlier delivery', async () => {
    const { shop } = await shopWith({ shipped: true });
    await postEnvelope(app, 'generic', shop.id, order({ number: 'S-7', locale: 'zh-TW' }), { secret: shop.signingSecret });
    await postEnvelope(app, 'generic', shop.id, parcel('S-7', 'shipped'), { secret: shop.signingSecret });
    expect((await mails(shop.id)).map((m) => [m.locale, m.subject])).toEqual([['zh-Hant', '您的訂單 S-7 已出貨']]);
  });

  it('writes each switched-on step once per parcel, an exception as a delay, and nothing for steps switched off', async () => {
    const { shop } = await shopWith({ delayed: true, delivered: true }, 'https://shop.example/account/track?ref=mail');
    const secret = shop.signingSecret;
    await postEnvelope(app, 'generic', shop.id, order({ number: 'S-2', locale: 'en' }), { secret });
    for (const status of ['shipped', 'out_for_delivery', 'exception', 'delayed', 'in_transit', 'delayed', 'delivered']) {
      expect((await postEnvelope(app, 'generic', shop.id, parcel('S-2', status), { secret })).status).toBe(200);
    }
    const sent = await mails(shop.id);
    expect(sent.map((m) => m.kind)).toEqual(['order.delayed', 'order.delivered']);
    expect(sent[0]).toMatchObject({ locale: 'en', subject: 'Your order S-2 is delayed' });
    expect(sent[1].text_body).toContain('Track your order: https://shop.example/account/track?ref=mail&order=S-2');
    // A delivered parcel's email promises no date any more.
    expect(sent[1].text_body).not.toContain('Estimated delivery');
  });

  it('sends nothing while the shop has the emails switched off (the default)', async () => {
    const { shop } = await makeShop(db);
    await postEnvelope(app, 'generic', shop.id, order({ number: 'S-3' }), { secret: shop.signingSecret });
    expect((await postEnvelope(app, 'generic', shop.id, parcel('S-3', 'shipped'), { secret: shop.signingSecret })).status).toBe(200);
    expect(await mails(shop.id)).toEqual([]);
  });

  it('writes to nobody about an order placed more than 30 days ago', async () => {
    const { shop } = await shopWith(ALL_ON);
    await postEnvelope(app, 'generic', shop.id, order({ number: 'S-4', placedAt: daysAgo(45) }), { secret: shop.signingSecret });
    expect((await postEnvelope(app, 'generic', shop.id, parcel('S-4', 'delivered'), { secret: shop.signingSecret })).status).toBe(200);
    expect(await mails(shop.id)).toEqual([]);
  });

  it('writes in the language the order was placed in (Shopify\'s customer_locale), in one delivery with its parcel', async () => {
    const { shop } = await shopWith({ delayed: true });
    const body = edited(fixtureBytes('shopify/order.json'), [
      [/"(created_at|processed_at|updated_at)": "[^"]*"/g, `"$1": "${daysAgo(1)}"`], ['"order": {', '"order": {"customer_locale": "zh-TW",'],
    ]);
    expect((await postShopify(app, shop.id, 'orders/updated', body, { secret: shop.signingSecret })).status).toBe(200);
    const [mail, ...more] = await mails(shop.id);
    expect(more).toEqual([]);
    // The fixture's parcel failed: the shopper reads it as a delay.
    expect(mail).toMatchObject({ kind: 'order.delayed', locale: 'zh-Hant', subject: '您的訂單 #1001 已延誤' });
    expect(mail.text_body).toContain('追蹤號碼: 1Z2345');
  });

  it('writes in the shop\'s language when the order names none it speaks', async () => {
    const { shop } = await shopWith(ALL_ON);
    await withShop(db.sql, shop.id, (tx) => tx`update shops set default_locale = 'zh-Hans' where id = ${shop.id}`);
    await postEnvelope(app, 'generic', shop.id, order({ number: 'S-5', locale: 'fr-FR' }), { secret: shop.signingSecret });
    await postEnvelope(app, 'generic', shop.id, parcel('S-5', 'out_for_delivery'), { secret: shop.signingSecret });
    expect((await mails(shop.id)).map((m) => [m.locale, m.subject])).toEqual([['zh-Hans', '您的订单 S-5 正在派送']]);
  });

  it('sends nothing for an import, however recent its orders, while the same order by webhook is mailed', async () => {
    // Shopify's order #1001 with a shipped parcel, placed yesterday.
    const recent = edited(fixtureBytes('shopify/order.json'), [
      [/"(created_at|processed_at|updated_at)": "[^"]*"/g, `"$1": "${daysAgo(1)}"`], ['"status": "failure"', '"status": "success"'],
    ]);
    const imported = await shopWith(ALL_ON);
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-ship-')), 'orders.json');
    writeFileSync(file, `{"orders":[${recent}]}`);
    let out = '';
    await run(['import:orders', '--shop', imported.shop.publicKey, '--platform', 'shopify', '--file', file, '--json'], db, (s) => (out += s), () => {});
    expect(JSON.parse(out)).toMatchObject({ imported: 1 });
    expect(await withShop(db.sql, imported.shop.id, (tx) => tx`select status from fulfillments`)).toEqual([{ status: 'shipped' }]);
    expect(await mails(imported.shop.id)).toEqual([]);

    const hooked = await shopWith(ALL_ON);
    expect((await postShopify(app, hooked.shop.id, 'orders/updated', recent, { secret: hooked.shop.signingSecret })).status).toBe(200);
    expect((await mails(hooked.shop.id)).map((m) => [m.kind, m.to_address, m.subject])).toEqual([['order.shipped', 'bob.norman@hostmail.com', 'Your order #1001 is on its way']]);
    expect((await mails(hooked.shop.id))[0].text_body).toContain(`order=${encodeURIComponent('#1001')}`);
  });
});

describe('the shipment email', () => {
  const brand = { shopName: 'Tea & Co', color: '#2f5d50', timeZone: 'UTC' };
  const data = { kind: 'shipped' as const, orderNumber: '#1001', carrier: 'UPS', trackingNumber: '1Z999', estimatedDelivery: null, trackerUrl: 'https://shop.example/orders?order=%231001' };

  it('links a tracking address only when it is http or https', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url']) {
      const mail = shipmentMail('en', brand, { ...data, trackingUrl: bad });
      expect(mail.html).not.toContain(bad.slice(0, 10));
      expect(mail.text).not.toContain(bad);
      expect(mail.text).toContain('Tracking number: 1Z999');
    }
    expect(shipmentMail('en', brand, { ...data, trackingUrl: 'http://ups.example/t?n=1Z999&x=1' }).html).toContain('href="http://ups.example/t?n=1Z999&amp;x=1"');
  });

  it('escapes what the platform sent', () => {
    const mail = shipmentMail('en', brand, { ...data, carrier: '<img src=x onerror=alert(1)>', trackingUrl: null });
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).toContain('&lt;img src=x');
  });
});

describe('GET/PUT /v1/admin/settings/shipment-mails', () => {
  it('starts off, is changed by an owner only (audited), and refuses an address that is not http(s)', async () => {
    const provisioned = await makeShop(db, { password: 'correct horse battery staple' });
    const api = await staffSession(app, provisioned.owner.email, 'correct horse battery staple');
    expect(await (await api.get('/v1/admin/settings/shipment-mails')).json()).toEqual({ shipped: false, outForDelivery: false, delivered: false, delayed: false });
    const body = { ...ALL_ON, delayed: false, trackingPageUrl: 'https://shop.example/pages/track' };
    expect((await api.send('PUT', '/v1/admin/settings/shipment-mails', body)).status).toBe(200);
    expect(await (await api.get('/v1/admin/settings/shipment-mails')).json()).toEqual(body);
    await expectProblem(await api.send('PUT', '/v1/admin/settings/shipment-mails', { ...body, trackingPageUrl: 'javascript:alert(1)' }), 400, 'validation');
    await expectProblem(await api.send('PUT', '/v1/admin/settings/shipment-mails', { ...body, shipped: 'yes' }), 400, 'validation');
    expect(await (await api.get('/v1/admin/settings/shipment-mails')).json()).toEqual(body);
    const [entry] = await withShop(db.sql, provisioned.shop.id, (tx) => tx`select action from audit_log where action = 'settings.shipmentMails'`);
    expect(entry).toEqual({ action: 'settings.shipmentMails' });
  });
});
