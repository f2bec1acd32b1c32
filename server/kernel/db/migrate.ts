/**
 * @module Migration runner: applies server/kernel/db/migrations/NNN_name.sql in order, each
 * once, in one transaction under an advisory lock (so N instances starting together
 * apply them once), refuses to run if an applied file was edited, and then grants the
 * app role what it needs on every table that row-level security guards.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type postgres from 'postgres';
import type { Sql } from './client.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Tables the app role may never touch: read and written only by the system path. */
const SYSTEM_ONLY = ['rapport_migrations', 'rate_limits', 'pow_spent'];
const LOCK_KEY = 727_274_001;

/**
 * Migrations reworded without changing what they do (e.g. a copied block replaced by a
 * call to `rapport_enable_rls`): the checksums they had when databases applied them. A
 * database that applied a listed version takes the new text's checksum; any other
 * difference is still an edit and refused.
 */
export const REWORDED: Record<string, readonly string[]> = {
  '001': ['be034e15501abf46c0eb4d112d14117eae46c80e0b63efe5f73ec9415e4afb75'],
  '002': ['2fb7757e7ef7be93c4b4ec87dabcbebd450ae4e6e87c955a6d8a8488dfaa81a5'],
};

export interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(dir + file, 'utf8');
      return {
        version: file.slice(0, 3),
        name: file.slice(4, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

export class MigrationError extends Error {}

/** Applies pending migrations; returns the versions applied by this call. */
export async function migrate(sql: Sql, migrations = readMigrations()): Promise<string[]> {
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${LOCK_KEY})`;
    await tx`create table if not exists rapport_migrations (
      version text primary key, name text not null, checksum text not null,
      applied_at timestamptz not null default now())`;
    const applied = new Map(
      (await tx<{ version: string; checksum: string }[]>`select version, checksum from rapport_migrations`).map(
        (r) => [r.version, r.checksum],
      ),
    );
    const done: string[] = [];
    for (const m of migrations) {
      const sum = applied.get(m.version);
      if (sum !== undefined) {
        if (sum === m.checksum) continue;
        if (!REWORDED[m.version]?.includes(sum)) {
          throw new MigrationError(`migration ${m.version}_${m.name} was edited after it was applied`);
        }
        await tx`update rapport_migrations set checksum = ${m.checksum} where version = ${m.version}`;
        continue;
      }
      await tx.unsafe(m.sql);
      await tx`insert into rapport_migrations (version, name, checksum) values (${m.version}, ${m.name}, ${m.checksum})`;
      done.push(m.version);
    }
    await grantAppRole(tx);
    return done;
  });
}

async function grantAppRole(tx: Sql | postgres.TransactionSql): Promise<void> {
  await tx.unsafe(`grant usage on schema public to rapport_app`);
  const tables = await tx<{ tablename: string }[]>`
    select tablename from pg_tables where schemaname = 'public' and not (tablename = any(${SYSTEM_ONLY}))`;
  for (const { tablename } of tables) {
    await tx.unsafe(`grant select, insert, update, delete on table "${tablename}" to rapport_app`);
  }
  await tx.unsafe(`grant usage, select on all sequences in schema public to rapport_app`);
}
