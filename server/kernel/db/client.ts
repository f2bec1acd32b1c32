/**
 * @module Database connection: one postgres.js code path for both a real PostgreSQL
 * (DATABASE_URL) and embedded PGlite, which is served on a loopback socket by
 * @electric-sql/pglite-socket so that the same SQL and driver reach it.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import postgres from 'postgres';

export type Sql = postgres.Sql;
export type Tx = postgres.TransactionSql;
/** Query helpers take either the pool or a transaction. */
export type Db = Sql | Tx;

export interface Database {
  sql: Sql;
  kind: 'postgres' | 'pglite';
  /** The URL the pool connects to. */
  url: string;
  /** For the embedded PGlite: the Unix socket it is served on (connect with `{ path }`). */
  path?: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A postgres:// URL; without it an embedded PGlite is started in `dataDir`. */
  url?: string;
  /** Where PGlite keeps its files; `memory://` keeps nothing. */
  dataDir?: string;
  /** Pool size for a real PostgreSQL. */
  max?: number;
}

const common = {
  onnotice: () => {},
  // bigint columns come back as strings unless they fit; ids are uuids or text anyway.
  types: {},
  connection: { application_name: 'rapport' },
} satisfies postgres.Options<{}>;

/** Per pool, work that holds a connection after its caller has had its answer. */
const lingering = new WeakMap<Sql, Set<Promise<unknown>>>();

/**
 * Registers `work` that still holds one of the pool's connections (readAsShop's COMMIT):
 * a pool ended while a reserved connection is out waits its whole timeout, so `close`
 * waits for this first (`poolSettled`).
 */
export function finishBeforeEnd(sql: Sql, work: Promise<unknown>): void {
  let set = lingering.get(sql);
  if (!set) lingering.set(sql, (set = new Set()));
  const pending = set;
  pending.add(work);
  void work.finally(() => pending.delete(work)).catch(() => {});
}

/** Resolves once the work registered with `finishBeforeEnd` for `sql` is done. */
export async function poolSettled(sql: Sql): Promise<void> {
  await Promise.allSettled([...(lingering.get(sql) ?? [])]);
}

export async function connect(opts: ConnectOptions = {}): Promise<Database> {
  if (opts.url) {
    const sql = postgres(opts.url, { ...common, max: opts.max ?? 10, idle_timeout: 30 });
    return { sql, kind: 'postgres', url: opts.url, close: async () => {
      await poolSettled(sql);
      await sql.end({ timeout: 5 });
    } };
  }
  return startEmbedded(opts.dataDir ?? '.data/pglite');
}

/**
 * Starts PGlite with the extensions the migrations need and serves it on a Unix socket in
 * a directory only this process's user can enter (mode 0700): PGlite has no
 * authentication and its one user is a superuser (row-level security does not bind it),
 * so no other user of the machine may reach it — a TCP port on 127.0.0.1 would let them.
 */
async function startEmbedded(dataDir: string): Promise<Database> {
  const [{ PGlite }, { pg_trgm }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite-socket'),
  ]);
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : lockDataDir(resolve(dataDir));
  const pglite = await PGlite.create({
    ...(inMemory ? {} : { dataDir: resolve(dataDir) }),
    extensions: { pg_trgm },
  });
  const runDir = mkdtempSync(join(tmpdir(), 'rapport-pglite-')); // created 0700
  chmodSync(runDir, 0o700);
  const path = join(runDir, '.s.PGSQL.5432');
  const server = new PGLiteSocketServer({ db: pglite, path, maxConnections: 16 });
  await server.start();
  chmodSync(path, 0o600);
  const url = 'postgres://postgres@localhost/postgres';
  // PGlite is one backend session: a pool of one keeps every statement in order, and
  // code must never query the pool from inside a transaction (it would wait for itself).
  const sql = postgres(url, { ...common, path, max: 1, idle_timeout: 0 });
  return {
    sql,
    kind: 'pglite',
    url,
    path,
    async close() {
      await poolSettled(sql);
      await sql.end({ timeout: 5 });
      await server.stop();
      await pglite.close();
      rmSync(runDir, { recursive: true, force: true });
      release();
    },
  };
}

export class DatabaseInUseError extends Error {}

/**
 * PGlite is one process's database: a second process opening the same directory would
 * corrupt it. A lock file with the owner's pid keeps a second one out (a stale lock of a
 * dead process is taken over).
 */
function lockDataDir(dir: string): () => void {
  mkdirSync(dirname(dir), { recursive: true });
  const lock = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new DatabaseInUseError(
          `The embedded database in ${dir} is in use by process ${pid}. Stop it first, or set DATABASE_URL.`,
        );
      }
      rmSync(lock, { force: true });
    }
  }
  throw new DatabaseInUseError(`Could not lock ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the database answers (health checks). */
export async function ping(sql: Sql): Promise<boolean> {
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  }
}
