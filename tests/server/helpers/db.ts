/**
 * @module Test helpers: a connection to the run's test database and shops to test with.
 * Every shop gets unique names, so test files never collide.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import postgres from 'postgres';
import type { Database } from '../../../server/kernel/db/client.ts';
import { createShopWithOwner, type ProvisionedShop } from '../../../server/shops/provision.ts';
import { createLogger } from '../../../server/kernel/log.ts';
import { loadConfig } from '../../../server/config.ts';
import { createApp } from '../../../server/app.ts';
import type { WidgetAssets } from '../../../server/kernel/http/widget-assets.ts';

/** One pool per test file, closed after it. */
export function testDb(): Database {
  const kind = inject('dbKind');
  const url = inject('dbUrl');
  const sql = postgres(url, { max: kind === 'pglite' ? 1 : 4, onnotice: () => {} });
  const db: Database = { sql, kind, url, close: () => sql.end({ timeout: 5 }) };
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
