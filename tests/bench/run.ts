/**
 * @module `npm run bench`: runs every benchmark, prints the figures and writes them to
 * tests/bench/results/latest.json (and a dated copy). Figures, not thresholds: the
 * machines here are noisy, so nothing is asserted.
 *
 *   npm run bench                       # everything below
 *   npm run bench -- --quick            # smaller and fewer runs, for a quick look
 *   npm run bench -- --only page-load   # or api, recs (quality on ml-100k), interactions (ingest and serving speed),
 *                                       # orders (order-lookup latency at 100k orders; --quick: 20k)
 * BENCH_LH_RUNS / BENCH_LAB_RUNS set the page-load run counts; BENCH_RECS_DATA the quality
 * benchmark's interaction file (default ../shared/data/ml-100k.inter, read in place, never
 * copied); DATABASE_URL the PostgreSQL server the speed benchmark makes its own database on
 * (default postgres://postgres@127.0.0.1:5432).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { apiLatency } from './api-latency.ts';
import { interactionBench } from './interactions.ts';
import { orderBench, printOrderBench } from './orders.ts';
import { pageLoad, printPageLoad } from './page-load.ts';
import { recsQuality, REFERENCE } from './recs.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'tests', 'bench', 'results');
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const wants = (name: 'api' | 'page-load' | 'recs' | 'interactions' | 'orders') => !only || only === name;
const recsData = process.env.BENCH_RECS_DATA ?? join(ROOT, '..', 'shared', 'data', 'ml-100k.inter');

function widgetBytes() {
  const dir = join(ROOT, 'dist', 'widgets');
  if (!existsSync(dir)) return { note: 'run `npm run build` first' };
  const files: Record<string, { bytes: number; gzip: number }> = {};
  const walk = (d: string, rel = '') => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) walk(join(d, e.name), rel + e.name + '/');
      else if (e.name.endsWith('.js')) {
        const buf = readFileSync(join(d, e.name));
        files[rel + e.name] = { bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
      }
    }
  };
  walk(dir);
  return files;
}

const started = new Date();
const api = wants('api') ? await apiLatency({ seconds, concurrency: 8 }) : undefined;
if (api) {
  console.log(`API on ${api.database}, concurrency ${api.concurrency}, ${seconds} s each (client and server share this machine):`);
  console.table(api.results);
}
const pages = wants('page-load')
  ? await pageLoad({
      lighthouseRuns: Number(process.env.BENCH_LH_RUNS ?? (quick ? 3 : 5)),
      labRuns: Number(process.env.BENCH_LAB_RUNS ?? (quick ? 3 : 7)),
    })
  : undefined;
if (pages) printPageLoad(pages);
let recs: ReturnType<typeof recsQuality> | { note: string } | undefined;
if (wants('recs')) {
  if (!existsSync(recsData)) recs = { note: `no interaction file at ${recsData} (set BENCH_RECS_DATA)` };
  else {
    console.log(`Recommendation quality on ${recsData} (leave-one-out by time; HR@10 / NDCG@10, 99 sampled negatives and the full catalogue):`);
    recs = recsQuality(recsData);
    const ref = REFERENCE[recs.dataset] ?? {};
    console.table(Object.fromEntries(Object.entries(recs.results).map(([model, q]) => [model, {
      ...(q ?? { note: 'catalogue too large for this baseline' }),
      ...(ref[model as keyof typeof ref] ? { 'reference HR sampled / full': ref[model as keyof typeof ref]!.join(' / ') } : {}),
    }])));
  }
}
const interactions = wants('interactions')
  ? await interactionBench({
      ...(quick ? { events: 100_000, httpEvents: 20_000, products: 2_000, shoppers: 10_000 } : { events: 1_000_000, httpEvents: 100_000, products: 20_000, shoppers: 100_000 }),
      batch: 20, ingestConcurrency: [16, 256], seconds: quick ? 5 : 15, log: (l) => console.log(`  ${l}`),
    })
  : undefined;
if (interactions) {
  console.log('Interaction log: HTTP ingest (tracker batches) beside COPY of the same rows into the same table, same run:');
  console.table(Object.fromEntries(interactions.ingest.map((f) => [`${f.concurrency} senders`, f])));
  console.log(`Recommendations at ${interactions.serving.interactions} interactions, ${interactions.serving.shoppers} shoppers, ${interactions.serving.products} products (server process, PostgreSQL on loopback):`);
  console.table({ serving: interactions.serving });
}
const orders = wants('orders')
  ? await orderBench({ orders: quick ? 20_000 : 100_000, seconds: quick ? 5 : 15, log: (l) => console.log(`  ${l}`) })
  : undefined;
if (orders) printOrderBench(orders);
const report = {
  when: started.toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  api,
  pageLoad: pages,
  recs,
  interactions,
  orders,
  widgetBytes: widgetBytes(),
};
console.log('Widget files (bytes, gzip -9):');
console.table(report.widgetBytes);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'latest.json'), JSON.stringify(report, null, 2));
writeFileSync(join(OUT, `${started.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`), JSON.stringify(report, null, 2));
console.log(`written to ${join('tests', 'bench', 'results', 'latest.json')}`);
process.exit(0);
