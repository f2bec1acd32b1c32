/**
 * @module Benchmarks' database: a fresh database of its own on the PostgreSQL server that
 * DATABASE_URL names (default: the one on 127.0.0.1:5432), migrated, dropped afterwards —
 * so a run never leaves a million rows in anyone's database and never measures a warm one.
 */
import postgres from 'postgres';
import { migrate } from '../../server/kernel/db/migrate.ts';

export const DEFAULT_BENCH_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  url: string;
  sql: postgres.Sql;
  drop(): Promise<void>;
}

export async function benchDatabase(server = process.env.DATABASE_URL ?? DEFAULT_BENCH_SERVER, max = 4): Promise<BenchDatabase> {
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  const name = `rapport_bench_${process.pid}_${Date.now().toString(36)}`;
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const u = new URL(server);
  u.pathname = `/${name}`;
  const url = u.toString();
  const sql = postgres(url, { max, onnotice: () => {} });
  await migrate(sql);
  return {
    url,
    sql,
    async drop() {
      await sql.end({ timeout: 5 });
      const a = postgres(server, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await a.end({ timeout: 5 });
    },
  };
}

/** True when a PostgreSQL server answers at `server`. */
export async function reachable(server = process.env.DATABASE_URL ?? DEFAULT_BENCH_SERVER): Promise<boolean> {
  const s = postgres(server, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await s`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await s.end({ timeout: 1 }).catch(() => {});
  }
}
