import { describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { poolSettled } from '../../../server/kernel/db/client.ts';
import { readAsShop, withEachShop, withNoShop, withShop } from '../../../server/kernel/db/tenancy.ts';
import { upsertCustomerByIdentity, countCustomers, findCustomer } from '../../../server/identity/db.ts';
import { listStaff } from '../../../server/staff/db.ts';
import { currentShop } from '../../../server/shops/db.ts';
import { listAudit } from '../../../server/kernel/db/audit.ts';
import { makeShop, testDb, uniq } from '../helpers/db.ts';

const db = testDb();

describe('row-level security', () => {
  it('forces RLS on every table that has a shop_id column, and on shops', async () => {
    const rows = await db.sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[]>`
      select c.relname, c.relrowsecurity, c.relforcerowsecurity
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (c.relname = 'shops' or exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'shop_id' and not a.attisdropped))`;
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const r of rows) expect({ t: r.relname, on: r.relrowsecurity, forced: r.relforcerowsecurity }).toEqual({ t: r.relname, on: true, forced: true });
  });

  it('runs shop queries as a role that owns no table and is not a superuser', async () => {
    const [me] = await withNoShop(db.sql, (tx) => tx<{ role: string; su: string }[]>`select current_user as role, current_setting('is_superuser') as su`);
    expect(me).toEqual({ role: 'rapport_app', su: 'off' });
    const owned = await db.sql`select tablename from pg_tables where schemaname = 'public' and tableowner = 'rapport_app'`;
    expect(owned.length).toBe(0);
  });

  it('shows zero rows of any shop when no shop is set', async () => {
    const a = await makeShop(db);
    await withShop(db.sql, a.shop.id, (tx) => upsertCustomerByIdentity(tx, a.shop.id, { platform: 'generic', externalId: 'c-' + uniq() }));
    const counts = await withNoShop(db.sql, async (tx) => ({
      shops: (await tx`select count(*)::int as n from shops`)[0].n,
      staff: (await tx`select count(*)::int as n from staff`)[0].n,
      customers: (await tx`select count(*)::int as n from customers`)[0].n,
      audit: (await tx`select count(*)::int as n from audit_log`)[0].n,
    }));
    expect(counts).toEqual({ shops: 0, staff: 0, customers: 0, audit: 0 });
  });

  it('never lets shop A read shop B through any query helper', async () => {
    const a = await makeShop(db);
    const b = await makeShop(db);
    const bCustomer = await withShop(db.sql, b.shop.id, (tx) =>
      upsertCustomerByIdentity(tx, b.shop.id, { platform: 'generic', externalId: 'shared-id', email: 'b@example.com' }));
    await withShop(db.sql, a.shop.id, async (tx) => {
      expect((await currentShop(tx))?.id).toBe(a.shop.id);
      expect((await listStaff(tx)).map((s) => s.shopId)).toEqual([a.shop.id]);
      expect(await findCustomer(tx, bCustomer.id)).toBeUndefined();
      expect(await countCustomers(tx)).toBe(0);
      expect((await listAudit(tx)).every((r) => r.targetId !== b.shop.id)).toBe(true);
      // The same external id in shop A is a different customer.
      const aCustomer = await upsertCustomerByIdentity(tx, a.shop.id, { platform: 'generic', externalId: 'shared-id' });
      expect(aCustomer.id).not.toBe(bCustomer.id);
    });
  });

  it('never lets shop A write shop B rows', async () => {
    const a = await makeShop(db);
    const b = await makeShop(db);
    const bCustomer = await withShop(db.sql, b.shop.id, (tx) =>
      upsertCustomerByIdentity(tx, b.shop.id, { platform: 'generic', externalId: 'x', email: 'keep@example.com' }));
    // Inserting a row that claims shop B while scoped to A is refused by the policy.
    await expect(withShop(db.sql, a.shop.id, (tx) => tx`insert into customers (shop_id, email) values (${b.shop.id}, 'evil@example.com')`))
      .rejects.toMatchObject({ code: '42501' });
    // Updates and deletes of B's rows from A touch nothing.
    const touched = await withShop(db.sql, a.shop.id, async (tx) => {
      const u = await tx`update customers set email = 'evil@example.com' where id = ${bCustomer.id}`;
      const d = await tx`delete from customers where id = ${bCustomer.id}`;
      const s = await tx`update shops set name = 'pwned' where id = ${b.shop.id}`;
      return u.count + d.count + s.count;
    });
    expect(touched).toBe(0);
    const after = await withShop(db.sql, b.shop.id, (tx) => findCustomer(tx, bCustomer.id));
    expect(after?.email).toBe('keep@example.com');
  });

  it('keeps the system-only tables out of the app role', async () => {
    for (const table of ['rate_limits', 'pow_spent', 'rapport_migrations']) {
      await expect(withNoShop(db.sql, (tx) => tx`select * from ${tx(table)}`), table).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('refuses a shop id that is not a uuid before touching the database', async () => {
    await expect(withShop(db.sql, "' or 1=1 --", async () => 1)).rejects.toThrow(TypeError);
  });

  it('reads for one shop in one round trip as withShop does: the app role, that shop only, nothing written', async () => {
    const a = await makeShop(db);
    const b = await makeShop(db);
    const bCustomer = await withShop(db.sql, b.shop.id, (tx) => upsertCustomerByIdentity(tx, b.shop.id, { platform: 'generic', externalId: 'r-' + uniq() }));
    const seen = await readAsShop(db.sql, a.shop.id, (tx) => tx<{ role: string; shop: string; customers: number }[]>`
      select current_user as role, current_setting('app.shop_id') as shop, (select count(*)::int from customers) as customers`);
    expect(seen).toEqual([{ role: 'rapport_app', shop: a.shop.id, customers: 0 }]);
    expect(await readAsShop(db.sql, a.shop.id, (tx) => findCustomer(tx, bCustomer.id))).toBeUndefined();
    await expect(readAsShop(db.sql, a.shop.id, (tx) => tx`insert into customers (shop_id, email) values (${a.shop.id}, 'w@example.com')`))
      .rejects.toMatchObject({ code: '25006' });
    await expect(readAsShop(db.sql, a.shop.id, (tx) => tx`select nope from customers`)).rejects.toMatchObject({ code: '42703' });
    // The connection is left clean: the next read on the pool sees no leftover transaction or scope.
    const [after] = await db.sql<{ shop: string | null; role: string }[]>`select nullif(current_setting('app.shop_id', true), '') as shop, current_user as role`;
    expect(after).toEqual({ shop: null, role: expect.not.stringMatching(/^rapport_app$/) });
    await expect(readAsShop(db.sql, 'not-a-uuid', async () => 1)).rejects.toThrow(TypeError);
  });

  it('lets a pool end as soon as the reads that answered have ended their transactions', async () => {
    const a = await makeShop(db);
    const pool = postgres(db.url, { max: 1, onnotice: () => {}, ...(db.path ? { path: db.path } : {}) });
    const [row] = await readAsShop(pool, a.shop.id, (tx) => tx<{ shop: string }[]>`select current_setting('app.shop_id') as shop`);
    expect(row.shop).toBe(a.shop.id);
    await poolSettled(pool);
    // No timeout: a connection still reserved for the COMMIT would hold this open for good.
    await pool.end();
  });

  it("commits many shops' statements in one transaction sent at once, each under its own shop — or none of them", async () => {
    const a = await makeShop(db);
    const b = await makeShop(db);
    const claim = (tx: Parameters<Parameters<typeof withEachShop>[2]>[0], shopId: string) =>
      tx<{ shop: string; role: string; scope: string }[]>`
        insert into interaction_ids (shop_id, event_id, keep_until) values (${shopId}, gen_random_uuid(), now() + interval '1 day')
        returning shop_id as shop, current_user as role, current_setting('app.shop_id') as scope`;
    const done = await withEachShop(db.sql, [a.shop.id, b.shop.id], (tx, id) => claim(tx, id));
    expect(done.get(a.shop.id)).toEqual([{ shop: a.shop.id, role: 'rapport_app', scope: a.shop.id }]);
    expect(done.get(b.shop.id)).toEqual([{ shop: b.shop.id, role: 'rapport_app', scope: b.shop.id }]);
    // B's statement writes a row of A's: row-level security refuses it, and A's row goes too.
    const count = async () => (await db.sql<{ n: number }[]>`select count(*)::int as n from interaction_ids where shop_id in (${a.shop.id}, ${b.shop.id})`)[0].n;
    await expect(withEachShop(db.sql, [a.shop.id, b.shop.id], (tx) => claim(tx, a.shop.id))).rejects.toMatchObject({ code: '42501' });
    expect(await count()).toBe(2);
    // The connection is left clean: no transaction, no scope, not the app role.
    const [after] = await db.sql<{ shop: string | null; role: string }[]>`select nullif(current_setting('app.shop_id', true), '') as shop, current_user as role`;
    expect(after).toEqual({ shop: null, role: expect.not.stringMatching(/^rapport_app$/) });
    await expect(withEachShop(db.sql, ['not-a-uuid'], (tx) => tx`select 1`)).rejects.toThrow(TypeError);
  });
});
