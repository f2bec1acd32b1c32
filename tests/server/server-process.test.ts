import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDataDir, startServer, tempDataDir } from '../helpers/server-process.ts';

const dataDir = tempDataDir();
afterAll(() => removeDataDir(dataDir));

// Whole server processes: starting one (the demo seeded, tsx compiling) takes seconds on a quiet machine and more on a busy CI.
describe('npm start (the server process)', { timeout: 150_000 }, () => {
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

  it('builds email links from its own address, not from a Host header the sender chose', async () => {
    const srv = await startServer();
    try {
      const body = JSON.stringify({ kind: 'question', scoreType: 'none', text: 'Is the lamp dimmable?', email: 'victim@example.com', locale: 'en', fillMs: 5000 });
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(`${srv.baseUrl}/v1/feedback`, {
          method: 'POST',
          headers: { host: 'evil.example', 'content-type': 'application/json', 'x-rapport-shop': srv.demo!.publicKey, 'idempotency-key': 'host-header-test-1' },
        }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
        req.on('error', reject);
        req.end(body);
      });
      expect(status).toBe(201);
      const signIn = await fetch(`${srv.baseUrl}/v1/admin/session`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: srv.demo!.adminEmail, password: srv.demo!.adminPassword }),
      });
      const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('rapport_admin='))!.split(';')[0];
      const mail = (await (await fetch(`${srv.baseUrl}/v1/admin/mail`, { headers: { cookie } })).json()) as { items: { to: string; textBody: string }[] };
      const text = mail.items.find((m) => m.to === 'victim@example.com')!.textBody;
      expect(text).toContain(`${srv.baseUrl}/thread/`);
      expect(text).not.toContain('evil.example');
    } finally {
      await srv.stop();
      removeDataDir(srv.dataDir);
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
