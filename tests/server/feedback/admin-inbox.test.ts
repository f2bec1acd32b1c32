import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { listAudit } from '../../../server/kernel/db/audit.ts';
import { addStaffMember } from '../../../server/shops/provision.ts';
import { makeShop, staffSession as signIn, testApp, testDb, uniq } from '../helpers/db.ts';
import { BASE, cookieFrom, expectProblem, jsonReq } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db, { PUBLIC_URL: 'https://rapport.example' });
const PASSWORD = 'a long enough password';

const staffSession = (email: string) => signIn(app, email, PASSWORD);

async function setup() {
  const { shop, owner } = await makeShop(db, { password: PASSWORD });
  const { staff: agent } = await addStaffMember(db.sql, shop.id, { email: `agent-${uniq()}@test.example`, name: 'Agent Ada', role: 'agent', password: PASSWORD });
  const submit = async (body: Record<string, unknown>) => {
    const res = await app.request(`${BASE}/v1/feedback`, jsonReq('POST', { scoreType: 'none', locale: 'en', fillMs: 5000, ...body }, { 'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID() }));
    return ((await res.json()) as { id: string }).id;
  };
  const a = await submit({ kind: 'complaint', text: 'The vase was broken', email: 'a@example.com', scoreType: 'csat', score: 1 });
  const b = await submit({ kind: 'suggestion', text: 'Please stock oolong', email: 'b@example.com' });
  const c = await submit({ kind: 'praise', text: '=HYPERLINK("http://evil") lovely shop' });
  return { shop, owner, agent, ids: { a, b, c }, ownerApi: await staffSession(owner.email), agentApi: await staffSession(agent.email) };
}

type Page = { items: { id: string; kind: string; status: string; reference: string; assigneeName: string | null }[]; total: number };

describe('the admin inbox API', () => {
  it('lists the shop’s feedback with filters, search and due-time sort', async () => {
    const { ids, ownerApi } = await setup();
    const all = (await (await ownerApi.get('/v1/admin/inbox')).json()) as Page;
    expect(all.total).toBe(3);
    // Complaints are due in 24 h, the others in 72 h: due first.
    expect(all.items[0].id).toBe(ids.a);
    const complaints = (await (await ownerApi.get('/v1/admin/inbox?kind=complaint')).json()) as Page;
    expect(complaints.items.map((i) => i.id)).toEqual([ids.a]);
    const search = (await (await ownerApi.get('/v1/admin/inbox?q=oolong')).json()) as Page;
    expect(search.items.map((i) => i.id)).toEqual([ids.b]);
    const low = (await (await ownerApi.get('/v1/admin/inbox?maxScore=2')).json()) as Page;
    expect(low.items.map((i) => i.id)).toEqual([ids.a]);
    const bad = await expectProblem(await ownerApi.get('/v1/admin/inbox?kind=rant&limit=0'), 400, 'validation');
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['query.kind', 'query.limit']);
  });

  it('assigns, tags and sets status, auditing each change, and refuses an assignee of another shop', async () => {
    const { shop, agent, ids, ownerApi, agentApi } = await setup();
    const other = await makeShop(db);
    const res = await ownerApi.send('PATCH', `/v1/admin/feedback/${ids.a}`, { assigneeId: agent.id, tags: ['breakage'], status: 'open' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ assigneeName: 'Agent Ada', tags: ['breakage'], status: 'open' });
    const mine = (await (await agentApi.get('/v1/admin/inbox?assignee=me&tag=breakage')).json()) as Page;
    expect(mine.items.map((i) => i.id)).toEqual([ids.a]);
    const p = await expectProblem(await ownerApi.send('PATCH', `/v1/admin/feedback/${ids.a}`, { assigneeId: other.owner.id }), 422, 'unprocessable');
    expect(p.errors?.[0].path).toBe('body.assigneeId');
    const audit = await withShop(db.sql, shop.id, (tx) => listAudit(tx));
    expect(audit.find((e) => e.action === 'feedback.update')?.data).toMatchObject({ after: { assigneeId: agent.id, tags: ['breakage'], status: 'open' } });
  });

  it('shows a guest’s earlier feedback from the same email', async () => {
    const { shop, ids, ownerApi } = await setup();
    const again = await app.request(`${BASE}/v1/feedback`, jsonReq('POST', { kind: 'question', scoreType: 'none', locale: 'en', fillMs: 5000, text: 'Any news on the vase?', email: 'A@example.com' },
      { 'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID() }));
    const { id } = (await again.json()) as { id: string };
    const detail = (await (await ownerApi.get(`/v1/admin/feedback/${id}`)).json()) as { customer: { id: string | null; email: string; pastFeedback: { id: string }[] } };
    expect(detail.customer).toMatchObject({ id: null, email: 'A@example.com' });
    expect(detail.customer.pastFeedback.map((p) => p.id)).toEqual([ids.a]);
  });

  it('needs the CSRF token for changes', async () => {
    const { ids, ownerApi } = await setup();
    await expectProblem(await ownerApi.call(`/v1/admin/feedback/${ids.a}`, { method: 'PATCH', body: JSON.stringify({ status: 'open' }), headers: { 'x-csrf-token': 'nope' } }), 403, 'csrf');
  });

  it('never shows one shop’s feedback to another shop’s staff', async () => {
    const mine = await setup();
    const theirs = await setup();
    await expectProblem(await theirs.ownerApi.get(`/v1/admin/feedback/${mine.ids.a}`), 404, 'not-found');
    await expectProblem(await theirs.ownerApi.send('PATCH', `/v1/admin/feedback/${mine.ids.a}`, { status: 'resolved' }), 404, 'not-found');
    const bulk = (await (await theirs.ownerApi.send('POST', '/v1/admin/feedback/bulk', { ids: [mine.ids.a], action: 'resolve' })).json()) as { updated: number };
    expect(bulk.updated).toBe(0);
    const [row] = await withShop(db.sql, mine.shop.id, (tx) => tx`select status from feedback where id = ${mine.ids.a}`);
    expect(row.status).toBe('new');
  });

  it('replies by email (first response, waiting on customer), notes stay internal, and the customer’s answer on the thread page reopens it', async () => {
    const { shop, ids, ownerApi } = await setup();
    const replied = await ownerApi.send('POST', `/v1/admin/feedback/${ids.a}/replies`, { body: 'So sorry! A new vase is on its way.' });
    expect(await replied.json()).toMatchObject({ status: 'waiting', firstResponseAt: expect.any(String) });
    await ownerApi.send('POST', `/v1/admin/feedback/${ids.a}/notes`, { body: 'Carrier claim #77 filed' });
    const mails = await withShop(db.sql, shop.id, (tx) => tx`select kind, text_body from outbox where related_id = ${ids.a} order by created_at`);
    expect(mails.map((m) => m.kind)).toEqual(['feedback.received', 'feedback.reply']);
    expect(mails[1].text_body).toContain('A new vase is on its way');
    expect(mails.some((m) => m.text_body.includes('Carrier claim'))).toBe(false);
    const link = /https:\/\/rapport\.example(\/thread\/\S+)/.exec(mails[1].text_body)![1];
    const page = await app.request(`${BASE}${link}`);
    const html = await page.text();
    expect(html).toContain('A new vase is on its way');
    expect(html).not.toContain('Carrier claim');
    const token = /name="form_token" value="([^"]+)"/.exec(html)![1];
    const answer = await app.request(`${BASE}${link}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `form_token=${token}&body=Thanks%2C+received+the+new+one` });
    expect(answer.status).toBe(303);
    const detail = (await (await ownerApi.get(`/v1/admin/feedback/${ids.a}`)).json()) as { status: string; messages: { authorType: string; body: string }[] };
    expect(detail.status).toBe('open');
    expect(detail.messages.map((m) => m.authorType)).toEqual(['staff', 'note', 'customer']);
    expect((await app.request(`${BASE}${link.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'))}`)).status).toBe(404);
    await expectProblem(await ownerApi.send('POST', `/v1/admin/feedback/${ids.c}/replies`, { body: 'Thanks!' }), 422, 'unprocessable');
  });

  it('resolving an answered request mails the satisfaction question; its link opens the question and one click on the page records the answer', async () => {
    const { shop, ids, ownerApi } = await setup();
    await ownerApi.send('POST', `/v1/admin/feedback/${ids.b}/replies`, { body: 'Oolong arrives next week.' });
    await ownerApi.send('PATCH', `/v1/admin/feedback/${ids.b}`, { status: 'resolved' });
    const [mail] = await withShop(db.sql, shop.id, (tx) => tx`select text_body from outbox where kind = 'feedback.satisfaction' and related_id = ${ids.b}`);
    const four = /https:\/\/rapport\.example(\/thread\/\S+\/satisfaction\/4)/.exec(mail.text_body)![1];
    const res = await app.request(`${BASE}${four}`);
    expect(res.status).toBe(200);
    const before = (await (await ownerApi.get(`/v1/admin/feedback/${ids.b}`)).json()) as { satisfaction: number | null };
    expect(before.satisfaction).toBeNull(); // opening the link (a mail scanner does) records nothing
    const token = /name="form_token" value="([^"]+)"/.exec(await res.text())![1];
    const post = (score: string) => app.request(`${BASE}${four}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `form_token=${token}&score=${score}` });
    expect((await post('4')).status).toBe(200);
    const detail = (await (await ownerApi.get(`/v1/admin/feedback/${ids.b}`)).json()) as { satisfaction: number; resolvedAt: string };
    expect(detail).toMatchObject({ satisfaction: 4, resolvedAt: expect.any(String) });
    expect((await post('9')).status).toBe(400);
  });

  it('bulk-assigns, tags and resolves, and exports the filter as CSV with formulas defused', async () => {
    const { ids, agent, ownerApi } = await setup();
    const all = [ids.a, ids.b, ids.c];
    expect(await (await ownerApi.send('POST', '/v1/admin/feedback/bulk', { ids: all, action: 'assign', assigneeId: agent.id })).json()).toEqual({ updated: 3 });
    await ownerApi.send('POST', '/v1/admin/feedback/bulk', { ids: [ids.a, ids.c], action: 'tag', tag: 'vip' });
    await ownerApi.send('POST', '/v1/admin/feedback/bulk', { ids: [ids.c], action: 'resolve' });
    const vip = (await (await ownerApi.get('/v1/admin/inbox?tag=vip&status=unresolved')).json()) as Page;
    expect(vip.items.map((i) => i.id)).toEqual([ids.a]);
    const csv = await ownerApi.get('/v1/admin/inbox.csv?tag=vip');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('"reference","created_at","kind"');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"") lovely shop"`);
  });

  it('lists staff and the mail log, and lets only an owner change response targets', async () => {
    const { ownerApi, agentApi } = await setup();
    const staff = (await (await agentApi.get('/v1/admin/staff')).json()) as { items: { name: string }[] };
    expect(staff.items.map((s) => s.name)).toContain('Agent Ada');
    const mail = (await (await ownerApi.get('/v1/admin/mail')).json()) as { items: { kind: string; to: string }[] };
    expect(mail.items.map((m) => m.to).sort()).toEqual(['a@example.com', 'b@example.com']);
    const body = { responseTargets: { complaint: 4, suggestion: 48, praise: 96, question: 24 }, hiddenKinds: ['praise'] };
    await expectProblem(await agentApi.send('PUT', '/v1/admin/settings/feedback', body), 403, 'forbidden');
    expect((await ownerApi.send('PUT', '/v1/admin/settings/feedback', body)).status).toBe(200);
    expect(await (await ownerApi.get('/v1/admin/settings/feedback')).json()).toEqual(body);
  });
});
