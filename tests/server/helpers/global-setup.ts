/**
 * @module Server test database: DATABASE_URL when set (the schema is dropped and
 * migrated afresh), otherwise an in-memory embedded PGlite served on loopback for
 * the run. Test files connect to the URL this provides.
 */
import type { TestProject } from 'vitest/node';
import { connect, type Database } from '../../../server/kernel/db/client.ts';
import { migrate } from '../../../server/kernel/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbUrl: string;
    /** The embedded database's Unix socket, when it is one. */
    dbPath: string;
    dbKind: 'postgres' | 'pglite';
  }
}

let db: Database | undefined;

export async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  db = await connect(url ? { url, max: 2 } : { dataDir: 'memory://' });
  if (db.kind === 'postgres') {
    await db.sql.unsafe('drop schema if exists public cascade; create schema public;');
  }
  await migrate(db.sql);
  project.provide('dbUrl', db.url);
  project.provide('dbPath', db.path ?? '');
  project.provide('dbKind', db.kind);
  process.stdout.write(`server tests on ${db.kind}${db.kind === 'postgres' ? ` (${url})` : ''}\n`);
}

export async function teardown() {
  await db?.close();
}
