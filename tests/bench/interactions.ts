/**
 * @module Benchmark: the interaction log's speed on this machine — events per second
 * through HTTP in the tracker's batch format into the real server process (`server/main.ts`
 * on a fresh PostgreSQL database of its own), beside the raw COPY rate of the same rows into
 * the same table measured in the same run, and the acknowledgement latency. Only ever
 * targets 127.0.0.1. The load generator shares the two cores with the server and PostgreSQL,
 * and so may other work on the machine: beside the rates, the CPU time each side spent per
 * request (server, PostgreSQL, load generator), which other load disturbs far less.
 * BENCH_CPU_PROF=<dir> profiles the server; BENCH_SERVER_NODE_ARGS passes it Node flags.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';
import { insertProducts, type NewProduct } from '../../server/catalog/index.ts';
import { withShop } from '../../server/kernel/db/tenancy.ts';
import { trainShop } from '../../server/recommendations/index.ts';
import { createShopWithOwner } from '../../server/shops/index.ts';
import { benchDatabase, type BenchDatabase } from './bench-db.ts';
import { categoryOf, syntheticShop, type SyntheticShop } from './synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface ServerProcess {
  base: string;
  pid: number;
  memory(): { rssMB: number; peakMB: number };
  stop(): Promise<void>;
}

/** Starts the shipped server on the bench database (no demo, no widget build), on a free loopback port. */
export async function startServer(dbUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const nodeArgs = [
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    // e.g. --trace-gc: flags for the server process only (NODE_OPTIONS refuses many and reaches every process).
    ...(process.env.BENCH_SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
  ];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env, DATABASE_URL: dbUrl, PORT: '0', HOST: '127.0.0.1', DEMO: 'off', BUILD_WIDGETS: 'auto',
      TRUST_PROXY: 'true', LOG_LEVEL: 'warn', ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Keep the pipe flowing (a full pipe would stall the server's writes); BENCH_SERVER_LOG shows it.
  child.stdout!.on('data', (d) => {
    if (process.env.BENCH_SERVER_LOG) process.stderr.write(d);
  });
  const base = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = out.match(/API:\s+(http:\/\/[^\s/]+)\/v1/);
      if (m) ok(m[1].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => fail(new Error(`server exited (${code}) before it was ready:\n${out}`)));
  });
  const pid = child.pid!;
  return {
    base,
    pid,
    memory() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (k: string) => Number(status.match(new RegExp(`${k}:\\s+(\\d+)`))?.[1] ?? 0);
      return { rssMB: Math.round(kb('VmRSS') / 1024), peakMB: Math.round(kb('VmHWM') / 1024) };
    },
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const r2 = (x: number) => Math.round(x * 100) / 100;

export interface BenchShop {
  db: BenchDatabase;
  shopId: string;
  publicKey: string;
  /** Product uuids by synthetic index. */
  productIds: string[];
  data: SyntheticShop;
}

/** A shop with the synthetic catalog (consent implied: the events carry their visitor). */
export async function benchShop(db: BenchDatabase, data: SyntheticShop, name = 'Bench shop'): Promise<BenchShop> {
  const { shop } = await createShopWithOwner(db.sql, { name, ownerEmail: `bench-${randomUUID().slice(0, 8)}@bench.example` });
  await db.sql`update shops set settings = jsonb_set(settings, '{interactions}', '{"consent": "implied"}') where id = ${shop.id}`;
  const productIds: string[] = [];
  for (let i = 0; i < data.products; i += 2000) {
    const chunk: NewProduct[] = [];
    for (let p = i; p < Math.min(data.products, i + 2000); p++) {
      chunk.push({ handle: `p-${p}`, title: `Product ${p}`, category: `c-${categoryOf(p, 100)}`, priceAmount: 1000 + (p % 90) * 100, currency: 'USD' });
    }
    productIds.push(...(await withShop(db.sql, shop.id, (tx) => insertProducts(tx, shop.id, chunk))));
  }
  return { db, shopId: shop.id, publicKey: shop.publicKey, productIds, data };
}

export const visitorOf = (shopper: number) => `v${String(shopper).padStart(9, '0')}`;

/** The events as COPY text rows for `shopId` (fresh event ids). */
function copyLines(shop: BenchShop, shopId: string, from: number, to: number): string[] {
  const lines: string[] = [];
  for (let i = from; i < to; i++) {
    const e = shop.data.events[i];
    lines.push(`${shopId}\t${randomUUID()}\t${new Date(e.at).toISOString()}\t${e.kind}\tbrowser\t${visitorOf(e.shopper)}\t${shop.productIds[e.product]}\t{}\n`);
  }
  return lines;
}

/** COPYs events [from, to) into the log for `shopId`; returns rows per second. */
export async function copyEvents(shop: BenchShop, shopId: string, from: number, to: number): Promise<number> {
  // COPY into a month without its partition would fail (the server makes them as rows arrive).
  const months = new Set(shop.data.events.slice(from, to).map((e) => new Date(e.at).toISOString().slice(0, 7)));
  for (const m of months) await shop.db.sql`select rapport_interactions_partition(${new Date(`${m}-15T00:00:00Z`)})`;
  const lines = copyLines(shop, shopId, from, to);
  const t0 = performance.now();
  const stream = await shop.db.sql`copy interactions (shop_id, event_id, occurred_at, kind, source, visitor_id, product_id, data) from stdin`.writable();
  await new Promise<void>((done, fail) => {
    stream.on('error', fail);
    stream.on('finish', () => done());
    let i = 0;
    const write = () => {
      while (i < lines.length) {
        // 1,000 rows per write, as a client streaming a file would.
        const ok = stream.write(lines.slice(i, i + 1000).join(''));
        i += 1000;
        if (!ok) return void stream.once('drain', write);
      }
      stream.end();
    };
    write();
  });
  return (to - from) / ((performance.now() - t0) / 1000);
}

/**
 * Groups events [from, to) into per-visitor batches of up to `size`, as trackers send them.
 * A browser's events arrive within days, so their times are squeezed into the last six.
 */
function batches(shop: BenchShop, from: number, to: number, size: number) {
  const now = Date.now();
  const squeeze = (at: number) => Math.round(now - 1000 - (now - at) / 10);
  const open = new Map<number, { shopper: number; events: object[] }>();
  const out: { shopper: number; events: object[] }[] = [];
  for (let i = from; i < to; i++) {
    const e = shop.data.events[i];
    let b = open.get(e.shopper);
    if (!b) open.set(e.shopper, (b = { shopper: e.shopper, events: [] }));
    b.events.push({ id: randomUUID(), kind: e.kind, at: squeeze(e.at), product: shop.productIds[e.product] });
    if (b.events.length >= size) {
      out.push(b);
      open.delete(e.shopper);
    }
  }
  out.push(...open.values());
  return out;
}

export interface IngestFigures {
  events: number;
  requests: number;
  batchSize: number;
  concurrency: number;
  httpEventsPerSecond: number;
  copyRowsPerSecond: number;
  ratio: number;
  ackP50ms: number;
  ackP99ms: number;
  retries429: number;
  /** Sent again after the connection failed (a tracker retries too; event ids keep it stored once). */
  retriesNetwork: number;
  errors: number;
  /** CPU time per request, in µs: the server process, PostgreSQL (this database's backends and its writers), the load generator. */
  serverCpuUs?: number;
  postgresCpuUs?: number;
  clientCpuUs?: number;
  /** PostgreSQL's CPU time per row of the COPY, in µs (the same accounting). */
  copyPostgresCpuUsPerRow?: number;
}

/**
 * CPU seconds so far of the server process, of PostgreSQL (the backends of `db`'s database
 * and the server's own writers: WAL writer, checkpointer, background writer) and of this
 * process, read from /proc (Linux; undefined elsewhere). A backend that appears between two
 * readings counts from zero.
 */
async function cpuNow(db: BenchDatabase, serverPid: number) {
  if (!existsSync('/proc/self/stat')) return undefined;
  const seconds = (pid: number) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 1/100 s
    } catch {
      return 0;
    }
  };
  const pids = await db.sql<{ pid: number }[]>`
    select pid from pg_stat_activity where datname = current_database() or backend_type in ('walwriter', 'checkpointer', 'background writer')`;
  const self = process.cpuUsage();
  return { server: seconds(serverPid), postgres: new Map(pids.map((p) => [p.pid, seconds(p.pid)])), client: (self.user + self.system) / 1e6 };
}

type CpuReading = NonNullable<Awaited<ReturnType<typeof cpuNow>>>;

/** Microseconds of CPU per unit between two readings (backends of either reading counted). */
function cpuPer(a: CpuReading | undefined, b: CpuReading | undefined, units: number) {
  if (!a || !b) return undefined;
  let postgres = 0;
  for (const [pid, t] of b.postgres) postgres += t - (a.postgres.get(pid) ?? 0);
  const us = (x: number) => Math.round((x / units) * 1e6);
  return { server: us(b.server - a.server), postgres: us(postgres), client: us(b.client - a.client) };
}

/**
 * POSTs one body and reads the whole answer. The load generator shares the two cores with
 * the server and PostgreSQL, so it is Node's own HTTP client with keep-alive (~0.15 ms of CPU
 * a request here, where `fetch` took ~0.45 ms — a third of the machine at full load); the
 * requests are the same bytes either way. BENCH_CLIENT=fetch uses fetch.
 */
function poster(base: string, concurrency: number) {
  if (process.env.BENCH_CLIENT === 'fetch') {
    return {
      post: async (path: string, body: string, headers: Record<string, string>) => {
        const res = await fetch(`${base}${path}`, { method: 'POST', body, headers });
        return { status: res.status, text: await res.text() };
      },
      close() {},
    };
  }
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  return {
    post: (path: string, body: string, headers: Record<string, string>) =>
      new Promise<{ status: number; text: string }>((ok, fail) => {
        const req = request({ host: url.hostname, port: url.port, path, method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (text += d));
          res.on('end', () => ok({ status: res.statusCode ?? 0, text }));
          res.on('error', fail);
        });
        req.on('error', fail);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}

/** Sends events [from, to) through HTTP; returns throughput and acknowledgement latency. */
export async function ingestOverHttp(shop: BenchShop, base: string, from: number, to: number, opts: { batch: number; concurrency: number }) {
  const all = batches(shop, from, to, opts.batch);
  const client = poster(base, opts.concurrency);
  const times: number[] = [];
  let next = 0;
  let retries = 0;
  let retriesNetwork = 0;
  let errors = 0;
  const worker = async (w: number) => {
    while (next < all.length) {
      const b = all[next++];
      const body = JSON.stringify({ sentAt: Date.now(), visitor: visitorOf(b.shopper), events: b.events });
      for (let attempt = 1; ; attempt++) {
        const t = performance.now();
        const res = await client.post('/v1/events', body, {
          'content-type': 'application/json', 'x-rapport-shop': shop.publicKey, 'x-forwarded-for': `10.${w}.${b.shopper % 250}.${(b.shopper >> 8) % 250}`,
        }).catch(() => undefined);
        if (res?.status === 429) {
          retries++;
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        if (!res && attempt < 3) {
          retriesNetwork++;
          continue;
        }
        times.push(performance.now() - t);
        // A retry of an event the first attempt stored comes back as a duplicate: stored once either way.
        const receipt = res?.status === 200 ? (JSON.parse(res.text) as { accepted: number; duplicates: number }) : undefined;
        if (!receipt || receipt.accepted + (attempt > 1 ? receipt.duplicates : 0) !== b.events.length) errors++;
        break;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - t0) / 1000;
  client.close();
  times.sort((a, b) => a - b);
  return { events: to - from, requests: all.length, seconds, eventsPerSecond: (to - from) / seconds, p50: pct(times, 50), p99: pct(times, 99), retries, retriesNetwork, errors };
}

export interface ServingFigures {
  interactions: number;
  shoppers: number;
  products: number;
  trainSeconds: number;
  requests: number;
  concurrency: number;
  rps: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  /** The server process's CPU time per request (user + system): steadier than latency on a shared machine. */
  cpuMsPerRequest: number;
  /** One request at a time (no queueing behind the others). */
  aloneP50ms: number;
  aloneP99ms: number;
  aloneCpuMsPerRequest: number;
  /** From sending a view (acknowledged) to the first list that shows it, in seconds. */
  freshnessSeconds: number;
  serverRssMB: number;
  serverPeakMB: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CPU time a process has used so far, in ms (user + system, from /proc: 10 ms ticks). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** GET /v1/recommendations for random shoppers (home, personal) and products (product page) for `seconds`. */
async function serveLoad(shop: BenchShop, base: string, seconds: number, concurrency: number) {
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  let n = 0;
  const worker = async (w: number) => {
    while (performance.now() < end) {
      const i = (n++ * 7919 + w) % shop.data.shoppers;
      const q = i % 10 < 7
        ? `placement=home&limit=8&visitor=${visitorOf(i)}`
        : `placement=product&limit=8&product=${shop.productIds[(i * 31) % shop.productIds.length]}&visitor=${visitorOf(i)}`;
      const t = performance.now();
      const res = await fetch(`${base}/v1/recommendations?${q}`, { headers: { 'x-rapport-shop': shop.publicKey, 'x-forwarded-for': `10.9.${w}.${i % 250}` } }).catch(() => undefined);
      const body = (await res?.json().catch(() => undefined)) as { items?: unknown[] } | undefined;
      times.push(performance.now() - t);
      if (!res || res.status !== 200 || !body?.items?.length) errors++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const took = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { requests: times.length, rps: Math.round(times.length / took), p50: pct(times, 50), p99: pct(times, 99), errors };
}

/** Seconds from a shopper's new view (sent as the tracker does) to the first list that reflects it. */
async function freshness(shop: BenchShop, base: string): Promise<number> {
  const shopper = 12_345 % shop.data.shoppers;
  const headers = { 'x-rapport-shop': shop.publicKey };
  const list = async () => ((await (await fetch(`${base}/v1/recommendations?placement=home&limit=8&visitor=${visitorOf(shopper)}`, { headers })).json()) as { items: { product: { id: string } }[] }).items.map((i) => i.product.id).join();
  const before = await list();
  // A product of a category far from this shopper's: the list must change.
  const product = shop.productIds[(shop.productIds.length >> 1) + 17];
  const t0 = performance.now();
  const res = await fetch(`${base}/v1/events`, {
    method: 'POST', headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ sentAt: Date.now(), visitor: visitorOf(shopper), events: [1, 2, 3].map((k) => ({ id: randomUUID(), kind: 'product.view', at: Date.now() - 10 + k, product })) }),
  });
  if (res.status !== 200) throw new Error(`event refused: ${res.status} ${await res.text()}`);
  while ((await list()) === before) {
    if (performance.now() - t0 > 120_000) return Infinity;
    await sleep(20);
  }
  return (performance.now() - t0) / 1000;
}

export interface InteractionBench {
  /** One row per number of senders at once. */
  ingest: IngestFigures[];
  serving: ServingFigures;
}

/**
 * The whole speed benchmark of the log and the engine, on a fresh database: HTTP ingest
 * beside COPY, the log filled to `events` with COPY, a training as the job runs it, then
 * recommendation latency, freshness and the server's memory.
 */
export async function interactionBench(opts: {
  events: number; httpEvents: number; products: number; shoppers: number; batch: number; ingestConcurrency: number[]; seconds: number;
  log?: (line: string) => void;
}): Promise<InteractionBench> {
  const log = opts.log ?? (() => {});
  const db = await benchDatabase();
  let server: ServerProcess | undefined;
  try {
    log(`generating ${opts.events} events of ${opts.shoppers} shoppers over ${opts.products} products…`);
    const data = syntheticShop({ products: opts.products, shoppers: opts.shoppers, events: opts.events });
    const shop = await benchShop(db, data);
    const ceilingShop = await benchShop(db, { ...data, products: 1 }, 'COPY ceiling shop');
    server = await startServer(db.url);
    log('COPY ceiling…');
    const copyCpu0 = await cpuNow(db, server.pid);
    const copyRate = await copyEvents(shop, ceilingShop.shopId, 0, opts.httpEvents);
    const copyCpu = cpuPer(copyCpu0, await cpuNow(db, server.pid), opts.httpEvents);
    // Browsers send on their own: the more of them at once, the more one commit carries.
    const ingest: IngestFigures[] = [];
    const share = Math.floor(opts.httpEvents / opts.ingestConcurrency.length);
    let sent = 0;
    for (const concurrency of opts.ingestConcurrency) {
      log(`HTTP ingest of ${share} events, ${concurrency} senders at once…`);
      const cpu0 = await cpuNow(db, server.pid);
      const http = await ingestOverHttp(shop, server.base, sent, sent + share, { batch: opts.batch, concurrency });
      const cpu = cpuPer(cpu0, await cpuNow(db, server.pid), http.requests);
      sent += share;
      ingest.push({
        events: share, requests: http.requests, batchSize: Math.round((share / http.requests) * 10) / 10, concurrency,
        httpEventsPerSecond: Math.round(http.eventsPerSecond), copyRowsPerSecond: Math.round(copyRate), ratio: r2(http.eventsPerSecond / copyRate),
        ackP50ms: r2(http.p50), ackP99ms: r2(http.p99), retries429: http.retries, retriesNetwork: http.retriesNetwork, errors: http.errors,
        serverCpuUs: cpu?.server, postgresCpuUs: cpu?.postgres, clientCpuUs: cpu?.client, copyPostgresCpuUsPerRow: copyCpu?.postgres,
      });
    }
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from interactions where shop_id = ${shop.shopId}`;
    if (n !== sent) ingest.forEach((f) => (f.errors += 1)); // an acknowledged event missing (or one too many) is an error
    log(`filling the log to ${opts.events} events with COPY…`);
    await copyEvents(shop, shop.shopId, sent, opts.events);
    await db.sql`analyze interactions`;
    log('training…');
    const trained = await trainShop(db.sql, shop.shopId);
    log(`serving for ${opts.seconds} s…`);
    await serveLoad(shop, server.base, 2, 2); // warm: the process loads the model
    let cpu = cpuMsOf(server.pid);
    const load = await serveLoad(shop, server.base, opts.seconds, 8);
    const loadCpu = (cpuMsOf(server.pid) - cpu) / load.requests;
    // One request at a time: the latency of a request itself, without waiting behind others.
    cpu = cpuMsOf(server.pid);
    const alone = await serveLoad(shop, server.base, Math.max(3, Math.round(opts.seconds / 3)), 1);
    const aloneCpu = (cpuMsOf(server.pid) - cpu) / alone.requests;
    const fresh = await freshness(shop, server.base);
    const mem = server.memory();
    return {
      ingest,
      serving: {
        interactions: opts.events, shoppers: opts.shoppers, products: opts.products, trainSeconds: trained.seconds,
        requests: load.requests, concurrency: 8, rps: load.rps, p50ms: r2(load.p50), p99ms: r2(load.p99), errors: load.errors + alone.errors,
        cpuMsPerRequest: r2(loadCpu), aloneP50ms: r2(alone.p50), aloneP99ms: r2(alone.p99), aloneCpuMsPerRequest: r2(aloneCpu),
        freshnessSeconds: r2(fresh), serverRssMB: mem.rssMB, serverPeakMB: mem.peakMB,
      },
    };
  } finally {
    await server?.stop();
    await db.drop();
  }
}
