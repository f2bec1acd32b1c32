/**
 * @module `npm run bench`: runs every benchmark, prints the figures and writes them to
 * tests/bench/results/latest.json (and a dated copy). Figures, not thresholds: the
 * machines here are noisy, so nothing is asserted.
 *
 *   npm run bench                       # API latency, widget sizes, page load (5 Lighthouse + 7 lab runs per variant)
 *   npm run bench -- --quick            # fewer runs (3 + 3), for a quick look
 *   npm run bench -- --only page-load   # or --only api
 * BENCH_LH_RUNS / BENCH_LAB_RUNS set the page-load run counts.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { apiLatency } from './api-latency.ts';
import { pageLoad, printPageLoad } from './page-load.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'tests', 'bench', 'results');
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const wants = (name: 'api' | 'page-load') => !only || only === name;

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
const report = {
  when: started.toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  api,
  pageLoad: pages,
  widgetBytes: widgetBytes(),
};
console.log('Widget files (bytes, gzip -9):');
console.table(report.widgetBytes);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'latest.json'), JSON.stringify(report, null, 2));
writeFileSync(join(OUT, `${started.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`), JSON.stringify(report, null, 2));
console.log(`written to ${join('tests', 'bench', 'results', 'latest.json')}`);
process.exit(0);
