/**
 * @module Test helpers: a connection to the run's test database and shops to test with.
 * Every shop gets unique names, so test files never collide.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import postgres from 'postgres';
import { poolSettled, type Database } from '../../../server/kernel/db/client.ts';
import { createShopWithOwner, type ProvisionedShop } from '../../../server/shops/provision.ts';
import { createLogger } from '../../../server/kernel/log.ts';
import { loadConfig } from '../../../server/config.ts';
import { createApp } from '../../../server/app.ts';
import type { WidgetAssets } from '../../../server/kernel/http/widget-assets.ts';

/** One pool per test file, closed after it. */
export function testDb(): Database {
  const kind = inject('dbKind');
  const url = inject('dbUrl');
  const path = inject('dbPath') || undefined;
  const sql = postgres(url, { max: kind === 'pglite' ? 1 : 4, onnotice: () => {}, ...(path ? { path } : {}) });
  const db: Database = {
    sql, kind, url, path,
    close: async () => {
      await poolSettled(sql);
      await sql.end({ timeout: 5 });
    },
  };
  afterAll(() => db.close());
  return db;
}

export const uniq = () => randomUUID().slice(0, 8);

export async function makeShop(db: Database, opts: { origins?: string[]; password?: string } = {}): Promise<ProvisionedShop> {
  const id = uniq();
  return createShopWithOwner(db.sql, {
    name: `Test shop ${id}`,
    allowedOrigins: opts.origins ?? ['https://shop-' + id + '.example'],
    ownerEmail: `owner-${id}@test.example`,
    ownerPassword: opts.password,
  });
}

/** No widgets build is needed for API tests: the static routes answer 404 for missing files. */
const noWidgets: WidgetAssets = { dir: '/nonexistent', adminEntry: 'admin.js' };

/** The real app on the test database, called in-process with `app.request()`. */
export function testApp(db: Database, env: Record<string, string> = {}) {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  return createApp({ db, config, log: createLogger('silent'), widgets: noWidgets });
}

/** A signed-in staff member of the app under test: calls carry the session cookie and CSRF token. */
export async function staffSession(app: ReturnType<typeof testApp>, email: string, password: string) {
  const res = await app.request('http://localhost/v1/admin/session', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = `rapport_admin=${res.headers.getSetCookie().find((c) => c.startsWith('rapport_admin='))!.split(';')[0].slice('rapport_admin='.length)}`;
  const call = (path: string, init: RequestInit = {}) =>
    app.request(`http://localhost${path}`, { ...init, headers: { cookie, 'x-csrf-token': csrfToken, ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers } });
  return { call, get: (p: string) => call(p), send: (method: string, p: string, body: unknown) => call(p, { method, body: JSON.stringify(body) }) };
}
