import { describe, expect, it } from 'vitest';
import { run, UsageError } from '../../server/cli.ts';
import { makeShop, testApp, testDb, uniq } from './helpers/db.ts';
import { BASE, jsonReq } from './helpers/http.ts';

const db = testDb();
const app = testApp(db);

async function cli(...args: string[]): Promise<string> {
  let out = '';
  await run(args, db, (s) => (out += s));
  return out;
}

describe('npm run rapport -- shop:create', () => {
  it('prints the shop id, public key, signing secret and a first owner login that works', async () => {
    const email = `owner-${uniq()}@cli.example`;
    const out = JSON.parse(await cli('shop:create', '--name', 'CLI Shop', '--origin', 'https://cli.example', '--origin', 'http://localhost:3000', '--owner-email', email, '--json'));
    expect(out).toMatchObject({ name: 'CLI Shop', allowedOrigins: ['https://cli.example', 'http://localhost:3000'], owner: { email } });
    expect(out.shopId).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.publicKey).toMatch(/^pk_[0-9a-f]{24}$/);
    expect(out.signingSecret).toMatch(/^sk_/);
    const res = await app.request(`${BASE}/v1/admin/session`, jsonReq('POST', { email, password: out.owner.password }));
    expect(res.status).toBe(200);
  });

  it('refuses a bad origin or a missing name, creating nothing', async () => {
    const [before] = await db.sql`select count(*)::int as n from shops`;
    await expect(cli('shop:create', '--name', 'X', '--origin', 'not a url')).rejects.toThrow(/not an origin/);
    await expect(cli('shop:create', '--name', 'X', '--origin', 'https://x.example/path')).rejects.toThrow(/not an origin/);
    await expect(cli('shop:create', '--origin', 'https://x.example')).rejects.toThrow(UsageError);
    const [after] = await db.sql`select count(*)::int as n from shops`;
    expect(after.n).toBe(before.n);
  });
});

describe('npm run rapport -- shop:origins', () => {
  it("adds and removes the store's origins, checks each, and the API follows the list", async () => {
    const { shop } = await makeShop(db);
    const ask = (origin: string) => app.request(`${BASE}/v1/shop`, { headers: { 'x-rapport-shop': shop.publicKey, origin } });
    expect((await ask('https://new-domain.example')).status).toBe(403);
    const added = JSON.parse(await cli('shop:origins', '--shop', shop.publicKey, '--add', 'https://new-domain.example/', '--add', 'https://staging.example', '--json'));
    expect(added.allowedOrigins).toEqual([...shop.allowedOrigins, 'https://new-domain.example', 'https://staging.example']);
    expect((await ask('https://new-domain.example')).status).toBe(200);
    const removed = JSON.parse(await cli('shop:origins', '--shop', shop.id, '--remove', 'https://staging.example', '--json'));
    expect(removed.allowedOrigins).toEqual([...shop.allowedOrigins, 'https://new-domain.example']);
    await expect(cli('shop:origins', '--shop', shop.id, '--add', 'javascript:alert(1)')).rejects.toThrow(/not an origin/);
    expect(JSON.parse(await cli('shop:origins', '--shop', shop.id, '--json')).allowedOrigins).toEqual(removed.allowedOrigins);
  });
});

describe('npm run rapport -- staff:add', () => {
  it('adds an agent with a generated password that can sign in', async () => {
    const { shop } = await makeShop(db);
    const email = `agent-${uniq()}@cli.example`;
    const out = JSON.parse(await cli('staff:add', '--shop', shop.publicKey, '--email', email, '--json'));
    expect(out).toMatchObject({ shopId: shop.id, email, role: 'agent' });
    const res = await app.request(`${BASE}/v1/admin/session`, jsonReq('POST', { email, password: out.password }));
    expect(((await res.json()) as { staff: { role: string } }).staff.role).toBe('agent');
  });

  it('refuses an unknown shop and an email already in use', async () => {
    await expect(cli('staff:add', '--shop', 'pk_unknown00000', '--email', 'a@b.example')).rejects.toThrow(/No shop/);
    const { shop, owner } = await makeShop(db);
    await expect(cli('staff:add', '--shop', shop.id, '--email', owner.email)).rejects.toMatchObject({ code: '23505' });
  });
});
