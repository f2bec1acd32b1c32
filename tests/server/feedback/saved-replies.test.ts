/**
 * @module `/v1/admin/saved-replies`: a shop's canned responses — kept by its staff, seen
 * and changed by no other shop, validated at the edge, capped per shop, every change
 * audited.
 */
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../server/kernel/db/audit.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { SAVED_REPLIES_MAX } from '../../../server/feedback/limits.ts';
import { makeShop, staffSession, testApp, testDb } from '../helpers/db.ts';
import { expectProblem } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db);
const PASSWORD = 'a long enough password';
const PATH = '/v1/admin/saved-replies';

type Reply = { id: string; title: string; body: string; locale: string; updatedAt: string };

async function setup() {
  const { shop, owner } = await makeShop(db, { password: PASSWORD });
  return { shop, owner, api: await staffSession(app, owner.email, PASSWORD) };
}

const stored = (shopId: string) =>
  withShop(db.sql, shopId, (tx) => tx<{ title: string; body: string; locale: string }[]>`select title, body, locale from saved_replies order by title`);
const auditOf = async (shopId: string) =>
  (await withShop(db.sql, shopId, (tx) => listAudit(tx))).filter((e) => e.action.startsWith('saved_reply.')).reverse();

const broken = { title: 'Broken on arrival', body: 'Hi {name}, a new one for order {order} ships today.', locale: 'en' };

describe('saved replies in the admin API', () => {
  it('adds, lists, rewrites and deletes a saved reply, each change audited', async () => {
    const { shop, owner, api } = await setup();
    const created = await api.send('POST', PATH, { ...broken, title: '  Broken on arrival  ' });
    expect(created.status).toBe(201);
    const reply = (await created.json()) as Reply;
    expect(reply).toEqual({ id: expect.any(String), ...broken, updatedAt: expect.any(String) });

    const list = (await (await api.get(PATH)).json()) as { items: Reply[] };
    expect(list.items).toEqual([reply]);

    const rewrite = { title: '已补发', body: '{name}您好，订单 {order} 的补发今天寄出。', locale: 'zh-Hans' };
    const put = await api.send('PUT', `${PATH}/${reply.id}`, rewrite);
    expect(put.status).toBe(200);
    const rewritten = (await put.json()) as Reply;
    expect(rewritten).toMatchObject({ id: reply.id, ...rewrite });
    expect(Date.parse(rewritten.updatedAt)).toBeGreaterThanOrEqual(Date.parse(reply.updatedAt));
    // Saving what is already stored changes nothing and audits nothing.
    expect((await api.send('PUT', `${PATH}/${reply.id}`, rewrite)).status).toBe(200);
    expect(await stored(shop.id)).toEqual([rewrite]);

    const del = await api.call(`${PATH}/${reply.id}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(await del.text()).toBe('');
    expect(((await (await api.get(PATH)).json()) as { items: Reply[] }).items).toEqual([]);
    await expectProblem(await api.call(`${PATH}/${reply.id}`, { method: 'DELETE' }), 404, 'not-found');

    const audit = await auditOf(shop.id);
    expect(audit.map((e) => [e.action, e.actorId, e.targetType, e.targetId])).toEqual([
      ['saved_reply.create', owner.id, 'saved_reply', reply.id],
      ['saved_reply.update', owner.id, 'saved_reply', reply.id],
      ['saved_reply.delete', owner.id, 'saved_reply', reply.id],
    ]);
    expect(audit.map((e) => e.data)).toEqual([
      { title: 'Broken on arrival', locale: 'en' },
      { changed: ['title', 'locale', 'body'], before: { title: 'Broken on arrival', locale: 'en' }, after: { title: '已补发', locale: 'zh-Hans' } },
      { title: '已补发', locale: 'zh-Hans' },
    ]);
  });

  it('never shows or changes another shop’s saved reply: it is a 404 there', async () => {
    const mine = await setup();
    const theirs = await setup();
    const { id } = (await (await mine.api.send('POST', PATH, broken)).json()) as Reply;
    expect(((await (await theirs.api.get(PATH)).json()) as { items: Reply[] }).items).toEqual([]);
    await expectProblem(await theirs.api.send('PUT', `${PATH}/${id}`, { ...broken, title: 'Taken over' }), 404, 'not-found');
    await expectProblem(await theirs.api.call(`${PATH}/${id}`, { method: 'DELETE' }), 404, 'not-found');
    expect(await stored(mine.shop.id)).toEqual([{ title: broken.title, body: broken.body, locale: 'en' }]);
    expect(await auditOf(theirs.shop.id)).toEqual([]);
  });

  it('refuses bad input with field paths, a missing CSRF token or session, and stores nothing', async () => {
    const { shop, api } = await setup();
    const bad = await expectProblem(await api.send('POST', PATH, { title: '   ', body: 'x'.repeat(10_001), locale: 'fr' }), 400, 'validation');
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['body.body', 'body.locale', 'body.title']);
    const long = await expectProblem(await api.send('POST', PATH, { ...broken, title: 't'.repeat(101) }), 400, 'validation');
    expect(long.errors?.map((e) => e.path)).toEqual(['body.title']);
    const missing = await expectProblem(await api.send('POST', PATH, {}), 400, 'validation');
    expect(missing.errors?.map((e) => e.path).sort()).toEqual(['body.body', 'body.locale', 'body.title']);
    const nul = await expectProblem(await api.send('POST', PATH, { ...broken, body: 'Hi\u0000' }), 400, 'validation');
    expect(nul.errors?.[0].path).toBe('body.body');
    await expectProblem(await api.call(PATH, { method: 'POST', body: '{"title":', headers: { 'content-type': 'application/json' } }), 400, 'malformed-json');
    const badId = await expectProblem(await api.send('PUT', `${PATH}/not-a-uuid`, broken), 400, 'validation');
    expect(badId.errors?.map((e) => e.path)).toEqual(['param.id']);
    await expectProblem(await api.call(PATH, { method: 'POST', body: JSON.stringify(broken), headers: { 'x-csrf-token': 'wrong' } }), 403, 'csrf');
    await expectProblem(await app.request(`http://localhost${PATH}`), 401, 'unauthorized');

    const { id } = (await (await api.send('POST', PATH, broken)).json()) as Reply;
    const badPut = await expectProblem(await api.send('PUT', `${PATH}/${id}`, { ...broken, body: '' }), 400, 'validation');
    expect(badPut.errors?.map((e) => e.path)).toEqual(['body.body']);
    expect(await stored(shop.id)).toEqual([{ title: broken.title, body: broken.body, locale: 'en' }]);
  });

  it(`keeps at most ${SAVED_REPLIES_MAX} per shop: past that, a 409 that says so, and nothing stored`, async () => {
    const { shop, api } = await setup();
    await withShop(db.sql, shop.id, (tx) => tx`
      insert into saved_replies (shop_id, title, body, locale)
      select ${shop.id}, 'Reply ' || n, 'Text ' || n, 'en' from generate_series(1, ${SAVED_REPLIES_MAX - 3}) n`);
    // Three places left and five adds at once: three are stored, two refused, never more.
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => api.send('POST', PATH, { ...broken, title: `At once ${i}` })));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 201, 201, 409, 409]);
    const full = await expectProblem(await api.send('POST', PATH, broken), 409, 'conflict');
    expect(full.detail).toBe(`This shop already keeps ${SAVED_REPLIES_MAX} saved replies, the most it can; delete one to add another`);
    expect(full.limit).toBe(SAVED_REPLIES_MAX);
    expect((await stored(shop.id)).length).toBe(SAVED_REPLIES_MAX);
    expect((await auditOf(shop.id)).length).toBe(3);
    // Rewriting one at the cap is fine; deleting one makes room again.
    const { items } = (await (await api.get(PATH)).json()) as { items: Reply[] };
    expect(items.length).toBe(SAVED_REPLIES_MAX);
    expect((await api.send('PUT', `${PATH}/${items[0].id}`, broken)).status).toBe(200);
    expect((await api.call(`${PATH}/${items[1].id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api.send('POST', PATH, broken)).status).toBe(201);
  });
});
