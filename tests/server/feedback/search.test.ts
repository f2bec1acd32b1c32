/**
 * @module The inbox search as agents use it (issue 7 #8): words in any order, the numbers
 * and addresses people quote (order numbers, references, emails), customer names, word
 * forms ("cracked" finds "crack"), Chinese, the thread — combined with the other filters.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertOrders } from '../../../server/orders/index.ts';
import { upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { issueSessionToken } from '../../../server/kernel/http/customer-session.ts';
import { makeShop, staffSession, testApp, testDb } from '../helpers/db.ts';
import { BASE, jsonReq } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db, { TRUST_PROXY: 'true' });
const PASSWORD = 'a long enough password';
const { shop, owner } = await makeShop(db, { password: PASSWORD });

const ann = await withShop(db.sql, shop.id, async (tx) => {
  const c = await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: 'ann', email: 'ann.lee@example.com', name: 'Ann Lee' });
  await insertOrders(tx, shop.id, [{ customerId: c.id, number: 'LL-1043', email: 'ann.lee@example.com', status: 'delivered', currency: 'USD', placedAt: new Date(), lines: [{ title: 'Kettle', quantity: 1, unitAmount: 4200 }] }]);
  return c;
});
const { token } = await issueSessionToken(shop, ann.id);

let n = 0;
async function send(text: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await app.request(`${BASE}/v1/feedback`, jsonReq('POST', { kind: 'complaint', scoreType: 'none', locale: 'en', fillMs: 5000, text, ...extra }, {
    'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID(), 'x-forwarded-for': `192.0.2.${++n}`, ...headers,
  }));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; reference: string };
}

const kettle = await send('The lid of the kettle has a chip on the edge', { context: { orderNumber: 'LL-1043' } }, { authorization: `Bearer ${token}` });
const cracked = await send('My teapot arrived with a crack in the spout', { email: 'bob@example.com' });
const chinese = await send('收到的茶壶盖子有裂痕', { email: 'chen@example.com', locale: 'zh-Hans' });
const other = await send('Lovely shop, fast delivery', { kind: 'praise', email: 'dora@example.com' });
const staff = await staffSession(app, owner.email, PASSWORD);
await staff.send('PATCH', `/v1/admin/feedback/${cracked.id}`, { tags: ['breakage'] });
await staff.send('POST', `/v1/admin/feedback/${other.id}/notes`, { body: 'Asked the courier about parcel 7781' });

const find = async (q: string, extra = '') =>
  ((await (await staff.get(`/v1/admin/inbox?q=${encodeURIComponent(q)}${extra}`)).json()) as { items: { id: string }[] }).items.map((i) => i.id).sort();

describe('the inbox search', () => {
  it('matches all words in any order', async () => {
    expect(await find('kettle chip')).toEqual([kettle.id]);
    expect(await find('chip kettle')).toEqual([kettle.id]);
    expect(await find('kettle spout')).toEqual([]);
  });

  it('matches the order number, the reference, an email and the customer name people quote', async () => {
    expect(await find('LL-1043')).toEqual([kettle.id]);
    expect(await find('1043')).toEqual([kettle.id]);
    expect(await find(cracked.reference)).toEqual([cracked.id]);
    expect(await find('bob@example.com')).toEqual([cracked.id]);
    expect(await find('Ann Lee')).toEqual([kettle.id]);
    expect(await find('ann.lee@example.com')).toEqual([kettle.id]);
  });

  it('matches word forms ("cracked" finds "crack", "chips" finds "chip") and Chinese', async () => {
    expect(await find('cracked')).toEqual([cracked.id]);
    expect(await find('chips')).toEqual([kettle.id]);
    expect(await find('裂痕')).toEqual([chinese.id]);
  });

  it('searches the thread too, and combines with the other filters like the tag', async () => {
    expect(await find('courier 7781')).toEqual([other.id]);
    expect(await find('teapot', '&tag=breakage')).toEqual([cracked.id]);
    expect(await find('kettle', '&tag=breakage')).toEqual([]);
    expect(await find('shop', '&kind=praise')).toEqual([other.id]);
  });

  it('treats wildcards and quotes as text', async () => {
    expect(await find('%')).toEqual([]);
    expect(await find("'; drop table feedback; --")).toEqual([]);
  });
});
