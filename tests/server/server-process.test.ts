import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDataDir, startServer, tempDataDir } from '../helpers/server-process.ts';

const dataDir = tempDataDir();
afterAll(() => removeDataDir(dataDir));

describe('npm start (the server process)', () => {
  it('serves the demo on the embedded database, stops gracefully on SIGTERM, and keeps its data across restarts', async () => {
    const first = await startServer({ dataDir });
    try {
      expect(first.demo?.publicKey).toBe('pk_demoshop01');
      expect(first.demo?.adminEmail).toBe('owner@demo.rapport.dev');
      expect(first.demo?.adminPassword.length).toBeGreaterThanOrEqual(12);
      const health = await fetch(`${first.baseUrl}/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });
      const loader = await fetch(`${first.baseUrl}/widgets/rapport.js`);
      expect(loader.status).toBe(200);
      expect(loader.headers.get('access-control-allow-origin')).toBe('*');
      expect(loader.headers.get('content-type')).toMatch(/javascript/);
      const admin = await fetch(`${first.baseUrl}/admin`);
      expect(await admin.text()).toContain('<rapport-admin-app>');
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);

    const second = await startServer({ dataDir });
    try {
      expect(second.demo).toEqual(first.demo);
      const signIn = await fetch(`${second.baseUrl}/v1/admin/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: first.demo!.adminEmail, password: first.demo!.adminPassword }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('refuses to open an embedded database another process holds', async () => {
    const holder = await startServer({ dataDir });
    try {
      const res = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, DATABASE_URL: '', PORT: '0', DATA_DIR: dataDir }, encoding: 'utf8', timeout: 30_000,
      });
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(/in use by process \d+/);
    } finally {
      await holder.stop();
    }
  });

  it('stops at start-up with a clear message when configuration is bad', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_URL: 'mysql://nope' }, encoding: 'utf8', timeout: 30_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Invalid configuration/);
    expect(res.stderr).toMatch(/PORT/);
    expect(res.stderr).toMatch(/DATABASE_URL/);
  });
});
