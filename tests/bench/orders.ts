/**
 * @module Benchmark: a guest's order lookup (`POST /v1/orders/lookup`, number + email) at
 * 100k orders — a fresh database of its own, one shop whose orders carry lines, parcels
 * and checkpoint events, the real server process, and lookups over HTTP on loopback: 8
 * clients at once and one at a time, all with the right email and with one in ten wrong
 * (a miss must cost what a hit costs). Only ever targets 127.0.0.1.
 *
 * Every lookup runs the route's limiter as shipped (per order number, per client address,
 * shop-wide); the benchmark keeps it from answering instead of the lookup: each request
 * comes from an address of its own (X-Forwarded-For, TRUST_PROXY=true), the orders are
 * walked in a stride so one number is asked at most a few times, and the shop-wide counter
 * (5,000 accepted lookups an hour) is emptied by the benchmark every few thousand
 * lookups. Answers are counted 200 / 404 / 429 (challenged) so a limiter that still
 * answered shows.
 */
import { randomUUID } from 'node:crypto';
import { withShop } from '../../server/kernel/db/tenancy.ts';
import { insertOrders, type NewOrder } from '../../server/orders/index.ts';
import { createShopWithOwner } from '../../server/shops/index.ts';
import { benchDatabase } from './bench-db.ts';
import { startServer, type ServerProcess } from './interactions.ts';

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Order i's number as the shop shows it, and its email. */
const numberOf = (i: number) => `#${100_001 + i}`;
const emailOf = (i: number) => `Shopper.${i}@Bench.example`;

const CARRIERS = [
  { carrier: 'UPS', tracking: (i: number) => `1Z999AA1${String(i).padStart(10, '0')}` },
  { carrier: 'USPS', tracking: (i: number) => `9400111899562${String(i).padStart(9, '0')}` },
  { carrier: 'DHL', tracking: (i: number) => String(3_000_000_000 + i) },
];

/**
 * Order i: 1–4 lines; every fifth not shipped yet, the rest with one parcel (every tenth
 * with two) and 2–4 checkpoint events each — about the mix a shop's order history has.
 */
function syntheticOrder(i: number, now: number): NewOrder {
  const placedAt = new Date(now - (i % 365) * 86_400_000 - (i % 1440) * 60_000);
  const lines = Array.from({ length: 1 + (i % 4) }, (_, l) => ({ title: `Product ${(i * 7 + l) % 5000}`, quantity: 1 + ((i + l) % 3), unitAmount: 990 + ((i + l) % 40) * 250 }));
  const shipped = i % 5 !== 0;
  const parcels = !shipped ? 0 : i % 10 === 1 ? 2 : 1;
  const fulfillments = Array.from({ length: parcels }, (_, p) => {
    const c = CARRIERS[(i + p) % CARRIERS.length];
    const shippedAt = new Date(placedAt.getTime() + 86_400_000);
    const steps = 2 + ((i + p) % 3);
    const delivered = steps === 4;
    const statuses = ['shipped', 'in_transit', 'out_for_delivery', 'delivered'] as const;
    return {
      carrier: c.carrier, trackingNumber: c.tracking(i * 2 + p), status: statuses[steps - 1], shippedAt,
      deliveredAt: delivered ? new Date(shippedAt.getTime() + 3 * 86_400_000) : null,
      events: statuses.slice(0, steps).map((status, e) => ({ status, message: status.replace(/_/g, ' '), location: 'Hub', occurredAt: new Date(shippedAt.getTime() + e * 86_400_000) })),
    };
  });
  return {
    number: numberOf(i), email: emailOf(i), status: !shipped ? 'paid' : fulfillments.every((f) => f.deliveredAt) ? 'delivered' : 'shipped',
    currency: 'USD', placedAt, lines, fulfillments,
  };
}

export interface LookupFigures {
  clients: number;
  /** Share of lookups sent with a wrong email. */
  wrongEmails: number;
  requests: number;
  rps: number;
  p50ms: number;
  p99ms: number;
  /** The right email (200 expected) and a wrong one (404 expected), apart. */
  hitP50ms: number;
  hitP99ms: number;
  missP50ms: number | null;
  missP99ms: number | null;
  ok200: number;
  notFound404: number;
  challenged429: number;
  /** A 200 for a wrong email, a 404 for the right one, another status, a wrong order, a failed request. */
  errors: number;
}

export interface OrderBench {
  orders: number;
  lines: number;
  parcels: number;
  checkpoints: number;
  insertSeconds: number;
  ordersPerSecond: number;
  concurrent: LookupFigures;
  mixed: LookupFigures;
  alone: LookupFigures;
  /** How often the benchmark emptied the shop-wide counter (see the module's note). */
  shopLimitResets: number;
  serverRssMB: number;
}

/** The whole benchmark on a fresh database (dropped afterwards). */
export async function orderBench(opts: { orders: number; seconds: number; log?: (line: string) => void }): Promise<OrderBench> {
  const log = opts.log ?? (() => {});
  const db = await benchDatabase();
  let server: ServerProcess | undefined;
  try {
    const { shop } = await createShopWithOwner(db.sql, { name: 'Order bench shop', ownerEmail: `bench-${randomUUID().slice(0, 8)}@bench.example` });
    log(`inserting ${opts.orders} orders with lines, parcels and checkpoints (1,000 per transaction)…`);
    const now = Date.now();
    const t0 = performance.now();
    let next = 0;
    // Two transactions at once: the server and PostgreSQL share two cores with this process.
    await Promise.all([0, 1].map(async () => {
      while (next < opts.orders) {
        const from = next;
        next += 1000;
        const chunk = Array.from({ length: Math.min(1000, opts.orders - from) }, (_, k) => syntheticOrder(from + k, now));
        await withShop(db.sql, shop.id, (tx) => insertOrders(tx, shop.id, chunk));
      }
    }));
    const insertSeconds = (performance.now() - t0) / 1000;
    // Settle the load before measuring: without this, autovacuum and the checkpoint of the
    // freshly written pages land in the first seconds of lookups (a run at 100k orders showed
    // a p99 of 824 ms in its first load, 102 ms in the next). CHECKPOINT needs a superuser.
    await db.sql`vacuum (analyze) orders, order_lines, fulfillments, fulfillment_events`;
    await db.sql`checkpoint`.catch(() => {});
    const [counts] = await db.sql<{ lines: number; parcels: number; checkpoints: number }[]>`
      select (select count(*)::int from order_lines) as lines, (select count(*)::int from fulfillments) as parcels,
             (select count(*)::int from fulfillment_events) as checkpoints`;
    server = await startServer(db.url);
    const base = server.base;

    let sent = 0; // every request's own client address and a stride through the orders
    let acceptedSinceReset = 0;
    let resets = 0;
    let resetting: Promise<unknown> | undefined;
    const SHOP_BUCKET = `order-lookup:shop:${shop.id}`;

    async function load(seconds: number, clients: number, wrongEmails: number): Promise<LookupFigures> {
      const hits: number[] = [], misses: number[] = [];
      const f = { ok200: 0, notFound404: 0, challenged429: 0, errors: 0 };
      const end = performance.now() + seconds * 1000;
      const worker = async () => {
        while (performance.now() < end) {
          const n = sent++;
          // 7919 is prime to any count of 2s and 5s: the stride visits every order once per round.
          const i = (n * 7919) % opts.orders;
          const wrong = wrongEmails > 0 && n % Math.round(1 / wrongEmails) === 0;
          // Shoppers type the number with or without '#', the email in their own case.
          const number = n % 2 ? numberOf(i) : numberOf(i).slice(1);
          const email = wrong ? `someone.else.${i}@bench.example` : n % 3 ? emailOf(i).toLowerCase() : ` ${emailOf(i)} `;
          const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
          const t = performance.now();
          const res = await fetch(`${base}/v1/orders/lookup`, {
            method: 'POST', body: JSON.stringify({ number, email }),
            headers: { 'content-type': 'application/json', 'x-rapport-shop': shop.publicKey, 'x-forwarded-for': ip },
          }).catch(() => undefined);
          const body = (await res?.json().catch(() => undefined)) as { number?: string } | undefined;
          (wrong ? misses : hits).push(performance.now() - t);
          if (res?.status === 200) f.ok200++;
          else if (res?.status === 404) f.notFound404++;
          else if (res?.status === 429) f.challenged429++;
          if (res?.status !== 429 && (wrong ? res?.status !== 404 : res?.status !== 200 || body?.number !== numberOf(i))) f.errors++;
          if (res && res.status !== 429 && ++acceptedSinceReset >= 4000 && !resetting) {
            resetting = db.sql`delete from rate_limits where bucket = ${SHOP_BUCKET}`.then(() => {
              acceptedSinceReset = 0;
              resets++;
              resetting = undefined;
            });
          }
        }
      };
      const t0 = performance.now();
      await Promise.all(Array.from({ length: clients }, worker));
      const took = (performance.now() - t0) / 1000;
      await resetting;
      hits.sort((a, b) => a - b);
      misses.sort((a, b) => a - b);
      const all = [...hits, ...misses].sort((a, b) => a - b);
      return {
        clients, wrongEmails, requests: all.length, rps: Math.round(all.length / took), p50ms: r2(pct(all, 50)), p99ms: r2(pct(all, 99)),
        hitP50ms: r2(pct(hits, 50)), hitP99ms: r2(pct(hits, 99)),
        missP50ms: misses.length ? r2(pct(misses, 50)) : null, missP99ms: misses.length ? r2(pct(misses, 99)) : null,
        ...f,
      };
    }

    log('warming up…');
    await load(3, 2, 0);
    log(`lookups for ${opts.seconds} s, 8 clients, right emails…`);
    const concurrent = await load(opts.seconds, 8, 0);
    log(`lookups for ${opts.seconds} s, 8 clients, one in ten with a wrong email…`);
    const mixed = await load(opts.seconds, 8, 0.1);
    const aloneSeconds = Math.max(3, Math.round(opts.seconds / 2));
    log(`lookups for ${aloneSeconds} s, one at a time, one in ten with a wrong email…`);
    const alone = await load(aloneSeconds, 1, 0.1);
    return {
      orders: opts.orders, lines: counts.lines, parcels: counts.parcels, checkpoints: counts.checkpoints,
      insertSeconds: r2(insertSeconds), ordersPerSecond: Math.round(opts.orders / insertSeconds),
      concurrent, mixed, alone, shopLimitResets: resets, serverRssMB: server.memory().rssMB,
    };
  } finally {
    await server?.stop();
    await db.drop();
  }
}

/** The figures as one table, a row per load. */
export function printOrderBench(b: OrderBench) {
  console.log(`Order lookup at ${b.orders} orders (${b.lines} lines, ${b.parcels} parcels, ${b.checkpoints} checkpoints; inserted in ${b.insertSeconds} s, ${b.ordersPerSecond} orders/s), server process, PostgreSQL on loopback:`);
  const row = (f: LookupFigures) => ({
    requests: f.requests, 'req/s': f.rps, p50ms: f.p50ms, p99ms: f.p99ms,
    'right email p50/p99': `${f.hitP50ms} / ${f.hitP99ms}`,
    'wrong email p50/p99': f.missP50ms === null ? '—' : `${f.missP50ms} / ${f.missP99ms}`,
    '200 / 404 / 429': `${f.ok200} / ${f.notFound404} / ${f.challenged429}`, errors: f.errors,
  });
  console.table({ '8 at once': row(b.concurrent), '8 at once, 10% wrong': row(b.mixed), 'one at a time, 10% wrong': row(b.alone) });
  console.log(`shop-wide limit emptied ${b.shopLimitResets}×; server ${b.serverRssMB} MB RSS`);
}
