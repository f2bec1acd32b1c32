/**
 * @module `DEMO=off`, as production runs: the server process serves the product (API,
 * admin, widgets) but no demo store at `/`, and its database gets no demo shop.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../server/kernel/db/client.ts';
import { findShopByPublicKey } from '../../server/kernel/db/shops.ts';
import { removeDataDir, startServer, tempDataDir } from '../helpers/server-process.ts';

const dataDir = tempDataDir();
afterAll(() => removeDataDir(dataDir));

describe('npm start with DEMO=off', { timeout: 150_000 }, () => {
  it('serves no demo store at / and seeds no demo shop', async () => {
    const srv = await startServer({ dataDir, env: { DEMO: 'off' } });
    try {
      expect(srv.demo).toBeUndefined();
      expect(srv.output()).not.toMatch(/Demo shop:|Demo admin:/);
      const home = await fetch(`${srv.baseUrl}/`);
      expect(home.status).toBe(404);
      expect(home.headers.get('content-type')).toContain('application/problem+json');
      expect((await fetch(`${srv.baseUrl}/account`)).status).toBe(404);
      // The product itself is all there.
      expect((await fetch(`${srv.baseUrl}/health`)).status).toBe(200);
      expect((await fetch(`${srv.baseUrl}/widgets/rapport.js`)).status).toBe(200);
      expect(await (await fetch(`${srv.baseUrl}/admin`)).text()).toContain('<rapport-admin-app>');
      // The demo's public key names no shop.
      const asDemo = await fetch(`${srv.baseUrl}/v1/shop`, { headers: { 'x-rapport-shop': 'pk_demoshop01' } });
      expect(asDemo.status).toBe(404);
      expect(await asDemo.json()).toMatchObject({ type: expect.stringContaining('unknown-shop') });
    } finally {
      expect(await srv.stop()).toBe(0);
    }

    const db = await connect({ dataDir: join(dataDir, 'pglite') });
    try {
      expect(await findShopByPublicKey(db.sql, 'pk_demoshop01')).toBeUndefined();
      const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from shops`;
      expect(n).toBe(0);
    } finally {
      await db.close();
    }
  });
});
