import { describe, expect, it } from 'vitest';
import { migrate, MigrationError, readMigrations } from '../../../server/kernel/db/migrate.ts';
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
