/**
 * @module Benchmark: API throughput and latency on loopback for the storefront's first
 * calls (health, shop settings, identity exchange), against DATABASE_URL or an
 * in-memory PGlite. Bounded in time; only ever targets 127.0.0.1.
 */
import { serve } from '@hono/node-server';
import { SignJWT } from 'jose';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { connect } from '../../server/kernel/db/client.ts';
import { migrate } from '../../server/kernel/db/migrate.ts';
import { createLogger } from '../../server/kernel/log.ts';
import { createShopWithOwner } from '../../server/shops/index.ts';

export interface LatencyFigures {
  name: string;
  requests: number;
  seconds: number;
  rps: number;
  p50ms: number;
  p95ms: number;
  p99ms: number;
  errors: number;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function load(name: string, seconds: number, concurrency: number, send: () => Promise<Response>): Promise<LatencyFigures> {
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      const res = await send().catch(() => undefined);
      if (!res || !res.ok) errors++;
      await res?.arrayBuffer().catch(() => {});
      times.push(performance.now() - t);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const took = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { name, requests: times.length, seconds: r(took), rps: Math.round(times.length / took), p50ms: r(pct(times, 50)), p95ms: r(pct(times, 95)), p99ms: r(pct(times, 99)), errors };
}

export async function apiLatency(opts: { seconds: number; concurrency: number }) {
  const db = await connect(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: 'memory://' });
  await migrate(db.sql);
  const { shop } = await createShopWithOwner(db.sql, {
    name: 'Bench shop', ownerEmail: `bench-${Date.now()}@bench.example`,
  });
  const app = createApp({
    db, config: loadConfig({ LOG_LEVEL: 'silent' }), log: createLogger('silent'),
    widgets: { dir: '/nonexistent', adminEntry: 'admin.js' },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const addr = server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const key = { 'x-rapport-shop': shop.publicKey };
  const token = await new SignJWT({ email: 'bench@example.com' }).setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench-customer').setExpirationTime('1h').sign(new TextEncoder().encode(shop.signingSecret));
  const results = [
    await load('GET /health', opts.seconds, opts.concurrency, () => fetch(`${base}/health`)),
    await load('GET /v1/shop', opts.seconds, opts.concurrency, () => fetch(`${base}/v1/shop`, { headers: key })),
    await load('POST /v1/identity/exchange', opts.seconds, opts.concurrency, () =>
      fetch(`${base}/v1/identity/exchange`, { method: 'POST', headers: { ...key, 'content-type': 'application/json' }, body: JSON.stringify({ token }) })),
  ];
  server.close();
  await db.close();
  return { database: db.kind, concurrency: opts.concurrency, results };
}
