import { describe, expect, it } from 'vitest';
import { migrate, MigrationError, readMigrations, REWORDED } from '../../../server/kernel/db/migrate.ts';
import { testDb } from '../helpers/db.ts';

const db = testDb();

describe('migrations', () => {
  it('are numbered files applied once, in order', async () => {
    const files = readMigrations();
    expect(files.map((f) => f.version)).toEqual([...files.map((f) => f.version)].sort());
    expect(files[0].version).toBe('001');
    const rows = await db.sql<{ version: string }[]>`select version from rapport_migrations order by version`;
    expect(rows.map((r) => r.version)).toEqual(files.map((f) => f.version));
  });

  it('do nothing when run again', async () => {
    expect(await migrate(db.sql)).toEqual([]);
  });

  it('refuse to run when an applied migration was edited, and change nothing', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
    const extra = { version: '999', name: 'never', sql: 'create table never_applied (x int);', checksum: 'x' };
    await expect(migrate(db.sql, [...edited, extra])).rejects.toThrow(MigrationError);
    const [t] = await db.sql`select count(*)::int as n from pg_tables where tablename = 'never_applied'`;
    expect(t.n).toBe(0);
  });

  it('roll back a failing migration whole', async () => {
    const bad = { version: '998', name: 'broken', sql: 'create table half_done (x int); select 1/0;', checksum: 'y' };
    await expect(migrate(db.sql, [...readMigrations(), bad])).rejects.toMatchObject({ code: '22012' });
    const [t] = await db.sql`select count(*)::int as n from pg_tables where tablename = 'half_done'`;
    expect(t.n).toBe(0);
    const [v] = await db.sql`select count(*)::int as n from rapport_migrations where version = '998'`;
    expect(v.n).toBe(0);
  });
});

describe('a reworded migration', () => {
  it('is accepted in place of the text a database applied, when its former checksum is listed', async () => {
    const now = readMigrations();
    const [{ checksum }] = await db.sql<{ checksum: string }[]>`select checksum from rapport_migrations where version = '001'`;
    expect(checksum).toBe(now[0].checksum);
    // A database that applied 001 before it was reworded…
    const former = REWORDED['001'][0];
    await db.sql`update rapport_migrations set checksum = ${former} where version = '001'`;
    try {
      expect(await migrate(db.sql)).toEqual([]);
      const [{ checksum: after }] = await db.sql<{ checksum: string }[]>`select checksum from rapport_migrations where version = '001'`;
      expect(after).toBe(now[0].checksum);
    } finally {
      await db.sql`update rapport_migrations set checksum = ${now[0].checksum} where version = '001'`;
    }
  });

  it('enables row-level security through one function, forced, on every table with a shop_id', async () => {
    const tables = await db.sql<{ table: string; rls: boolean; forced: boolean; policies: number }[]>`
      select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
             (select count(*)::int from pg_policies p where p.tablename = c.relname and p.policyname = 'shop_isolation') as policies
      from pg_class c join information_schema.columns col on col.table_name = c.relname and col.column_name = 'shop_id'
      where c.relkind in ('r', 'p') and c.relnamespace = 'public'::regnamespace`;
    expect(tables.length).toBeGreaterThan(15);
    for (const t of tables) expect(t, t.table).toMatchObject({ rls: true, forced: true, policies: 1 });
    const [fn] = await db.sql`select count(*)::int as n from pg_proc where proname = 'rapport_enable_rls'`;
    expect(fn.n).toBe(1);
  });
});
