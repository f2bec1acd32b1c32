/**
 * @module Benchmark: what the widget costs a store's page. The same static host page (a
 * hero image as its LCP element, some text) with and without the install snippet and a
 * `<rapport-feedback>`, served from a second local origin (allowed for a shop created with
 * the CLI, as a real store would be), the widgets from the real server. Runs alternate
 * (A B A B …):
 * - Lighthouse (programmatic, default mobile config, simulated throttling) in Chromium
 *   launched here with a remote-debugging port: score, FCP, LCP, TBT;
 * - a lab run in real Chromium (playwright-core) throttled over CDP like Lighthouse's
 *   mobile preset (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU): time until the
 *   feedback form is visible (its shadow root holds `form[part=form]` with a non-zero
 *   size), the page's FCP/LCP, the widget's requests (priority, encoding, bytes on the
 *   wire, serial stages).
 * Figures only: nothing is asserted. Only ever loads 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { removeDataDir, startServer, tempDataDir, type StartedServer } from '../helpers/server-process.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Lighthouse's mobile preset ("slow 4G"), applied for real over CDP in the lab run. */
export const THROTTLING = { rttMs: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750, cpuSlowdown: 4 } as const;

/**
 * The install snippet's extra attributes, as the README recommends (`src` and `data-shop`
 * are filled in). BENCH_SNIPPET_ATTRS overrides them to compare variants (the figures
 * before the change were taken with none: the README's snippet then).
 */
export const SNIPPET_ATTRS = process.env.BENCH_SNIPPET_ATTRS ?? 'fetchpriority="low"';

export interface PageLoadOptions {
  /** Lighthouse runs per variant (interleaved). */
  lighthouseRuns: number;
  /** Throttled lab runs per variant (interleaved). */
  labRuns: number;
}

type Variant = 'without' | 'with';

// ---------------------------------------------------------------------------------------
// Statistics

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median with the spread (min–max) and every run, rounded; runs that measured nothing (NaN) are left out. */
function summary(all: number[], digits = 0) {
  const xs = all.filter(Number.isFinite);
  return { median: round(median(xs), digits), min: round(Math.min(...xs), digits), max: round(Math.max(...xs), digits), runs: all.map((x) => round(x, digits)) };
}

// ---------------------------------------------------------------------------------------
// The store: a static page on its own origin

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/**
 * A 960×720 PNG standing in for a store's hero photo (~65 KB, what an optimized JPEG or
 * WebP of that size weighs): soft gradients in 4 px blocks with sparse grain. The page's
 * LCP element.
 */
export function heroPng(): Buffer {
  const w = 960;
  const h = 720;
  const px = Buffer.alloc(w * h * 3);
  let seed = 0x2f5d50;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff;
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const bx = x - (x % 4);
      const by = y - (y % 4);
      const grain = (rand() & 127) === 0 ? (rand() & 15) - 8 : 0;
      const hill = 0.5 + 0.5 * Math.sin(bx / 90 + by / 140);
      const i = (y * w + x) * 3;
      px[i] = clamp(47 + 80 * hill + (by / h) * 60 + grain);
      px[i + 1] = clamp(93 + 70 * hill + grain);
      px[i + 2] = clamp(80 + 40 * (1 - hill) + (bx / w) * 50 + grain);
    }
  }
  // Each row with PNG's "Up" filter (difference to the row above).
  const stride = w * 3;
  const raw = Buffer.alloc((stride + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (stride + 1)] = 2;
    for (let k = 0; k < stride; k++) raw[y * (stride + 1) + 1 + k] = (px[y * stride + k] - (y ? px[(y - 1) * stride + k] : 0)) & 0xff;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const TEXT = [
  'Our teas come from six small gardens we visit every spring. Each lot is tasted, weighed and packed by hand in our workshop, then shipped within two days in a tin you can refill.',
  'Brewing is forgiving: two grams for a cup, water just off the boil for black and oolong, cooler for green. A second and third steep are often the best ones.',
  'Questions about an order, a gift or a subscription? Tell us below: a person reads every message and answers within a day.',
];

export function hostPage(variant: Variant, widgetOrigin: string, shopKey: string): string {
  const snippet = `<script type="module" src="${widgetOrigin}/widgets/rapport.js" data-shop="${shopKey}"${SNIPPET_ATTRS ? ` ${SNIPPET_ATTRS}` : ''}></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lumen &amp; Leaf · Loose-leaf tea</title>
<link rel="icon" href="data:,">
<style>
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;background:#fbfaf7}
header{padding:12px 16px;font-weight:650;letter-spacing:.02em;border-bottom:1px solid #e5e2da}
.hero{display:block;width:100%;height:auto;aspect-ratio:4/3;background:#cfd8cf}
main{padding:8px 16px 48px;max-width:720px;margin:0 auto}
h1{font-size:1.6rem;line-height:1.2;margin:16px 0 8px}
</style>
${variant === 'with' ? snippet + '\n' : ''}</head>
<body>
<header>Lumen &amp; Leaf</header>
<img class="hero" src="/hero.png" width="960" height="720" alt="Tea terraces in the morning">
<main>
<h1>Loose-leaf tea, picked this spring</h1>
${TEXT.map((t) => `<p>${t}</p>`).join('\n')}
${variant === 'with' ? '<rapport-feedback></rapport-feedback>\n' : ''}</main>
</body>
</html>`;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  return typeof addr === 'object' && addr ? addr.port : 0;
}

/** The store's own server: the two pages and the hero image, on a second origin. */
async function startStore(widgetOrigin: () => string, shopKey: () => string) {
  const hero = heroPng();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/hero.png') {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': hero.length, 'cache-control': 'public, max-age=3600' });
      return res.end(hero);
    }
    if (path === '/with' || path === '/without') {
      const body = Buffer.from(hostPage(path.slice(1) as Variant, widgetOrigin(), shopKey()));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-cache' });
      return res.end(body);
    }
    res.writeHead(404).end();
  });
  const port = await listen(server);
  return { server, origin: `http://127.0.0.1:${port}`, heroBytes: hero.length };
}

/** A shop allowed on the store's origin, made with the CLI before the server owns the embedded database. */
async function createShop(dataDir: string, storeOrigin: string): Promise<string> {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'shop:create', '--name', 'Bench store', '--origin', storeOrigin, '--json'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((r) => proc.once('exit', r));
  if (code !== 0) throw new Error(`shop:create failed (${code}):\n${out}`);
  return (JSON.parse(out.slice(out.indexOf('{'))) as { publicKey: string }).publicKey;
}

// ---------------------------------------------------------------------------------------
// Lighthouse

/** Chromium with a remote-debugging port for Lighthouse (headless, this machine's flags). */
async function launchChromium(): Promise<{ proc: ChildProcess; port: number; profile: string }> {
  const executable = findChromium();
  if (!executable) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  const profile = mkdtempSync(join(tmpdir(), 'rapport-bench-chromium-'));
  const proc = spawn(executable, [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-port=0', '--remote-debugging-address=127.0.0.1', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${err}`)), 30_000);
    proc.stderr!.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    proc.once('exit', (code) => fail(new Error(`Chromium exited (${code}):\n${err}`)));
  });
  return { proc, port, profile };
}

async function stopProcess(proc: ChildProcess) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

interface LighthouseRun {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  /** Main-thread time of the widget's scripts (Lighthouse's bootup-time audit, CPU slowdown applied). */
  widgetScriptingMs: number;
  /**
   * Widget requests that had finished before the page's observed (unthrottled) LCP: the
   * ones Lighthouse's simulation may count against FCP/LCP. Zero keeps them out of both.
   */
  widgetRequestsBeforeLcp: number;
  /** The widget's requests as Lighthouse saw them (first run of each variant only), times in ms from navigation. */
  widgetRequests?: { url: string; priority: string; resourceType?: string; start: number; end: number }[];
  observed?: { fcp: number; lcp: number; load: number };
  /** Main-thread time per widget file (first run only). */
  widgetBootup?: { url: string; scripting: number; parseCompile: number }[];
}

async function lighthouseRun(url: string, port: number, widgetOrigin: string, details: boolean): Promise<LighthouseRun> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, { port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error('Lighthouse returned nothing');
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  type Item = { url: string; priority: string; resourceType?: string; networkRequestTime?: number; networkEndTime?: number };
  const items = ((lhr.audits['network-requests']?.details as { items?: Item[] } | undefined)?.items ?? []).filter((i) => i.url.startsWith(`${widgetOrigin}/widgets/`));
  const m = (lhr.audits.metrics?.details as { items?: Array<Record<string, number>> } | undefined)?.items?.[0] ?? {};
  const observed = { fcp: m.observedFirstContentfulPaint, lcp: m.observedLargestContentfulPaint, load: m.observedLoad };
  type Bootup = { url: string; total: number; scripting: number; scriptParseCompile: number };
  const bootup = ((lhr.audits['bootup-time']?.details as { items?: Bootup[] } | undefined)?.items ?? []).filter((i) => i.url.startsWith(`${widgetOrigin}/widgets/`));
  const run: LighthouseRun = {
    score: (lhr.categories.performance?.score ?? NaN) * 100,
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    widgetScriptingMs: bootup.reduce((sum, i) => sum + i.total, 0),
    widgetRequestsBeforeLcp: items.filter((i) => (i.networkEndTime ?? Infinity) <= observed.lcp).length,
  };
  if (details) {
    run.observed = observed;
    run.widgetBootup = bootup.map((i) => ({ url: i.url.slice(widgetOrigin.length), scripting: round(i.scripting), parseCompile: round(i.scriptParseCompile) }));
    run.widgetRequests = items.map((i) => ({
      url: i.url.slice(widgetOrigin.length), priority: i.priority, resourceType: i.resourceType,
      start: round(i.networkRequestTime ?? NaN, 1), end: round(i.networkEndTime ?? NaN, 1),
    }));
  }
  return run;
}

// ---------------------------------------------------------------------------------------
// Throttled lab run (real Chromium, real throttling)

interface WidgetRequest {
  path: string;
  priority: string;
  start: number;
  end: number;
  encoding: string;
  wireBytes: number;
  stage: number;
}

interface LabRun {
  formVisibleMs?: number;
  fcpMs: number;
  lcpMs: number;
  lcpElement: string;
  loadEventMs: number;
  /** When the element's chunks started and finished arriving (page clock). */
  chunksMs?: [number, number];
  blockingMs: number;
  widgetRequests: WidgetRequest[];
}

/** Runs in the page before anything else: paint and LCP entries, and when the form shows. */
const PROBE = `(() => {
  const t = (window.__bench = { form: 0, fcp: 0, lcp: 0, lcpElement: '', longTasks: [] });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) t.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') t.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) { t.lcp = e.startTime; t.lcpElement = e.element ? e.element.localName + (e.element.className ? '.' + e.element.className : '') : ''; } }).observe({ type: 'largest-contentful-paint', buffered: true });
  // Checked every frame once the element is defined (before that there is nothing to find).
  const poll = () => {
    const form = document.querySelector('rapport-feedback')?.shadowRoot?.querySelector('form[part=form]');
    const r = form?.getBoundingClientRect();
    if (r && r.width > 0 && r.height > 0) t.form = performance.now();
    else requestAnimationFrame(poll);
  };
  customElements.whenDefined('rapport-feedback').then(poll);
})();`;

/** Stage of each request: 1 + the deepest stage among widget requests that had finished before it started. */
function stages(reqs: Omit<WidgetRequest, 'stage'>[]): WidgetRequest[] {
  const sorted = [...reqs].sort((a, b) => a.start - b.start);
  const out: WidgetRequest[] = [];
  for (const r of sorted) {
    const before = out.filter((o) => o.end <= r.start);
    out.push({ ...r, stage: 1 + Math.max(0, ...before.map((o) => o.stage)) });
  }
  return out;
}

type PwBrowser = import('playwright-core').Browser;

async function labRun(browser: PwBrowser, url: string, widgetOrigin: string, variant: Variant): Promise<LabRun> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.rttMs,
      downloadThroughput: (THROTTLING.downloadKbps * 1024) / 8,
      uploadThroughput: (THROTTLING.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
    const reqs = new Map<string, Partial<WidgetRequest>>();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!e.request.url.startsWith(`${widgetOrigin}/widgets/`)) return;
      reqs.set(e.requestId, { path: e.request.url.slice(widgetOrigin.length), priority: e.request.initialPriority, start: e.timestamp * 1000 });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = reqs.get(e.requestId);
      if (r) r.encoding = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1] ?? 'identity';
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = reqs.get(e.requestId);
      if (r) Object.assign(r, { end: e.timestamp * 1000, wireBytes: e.encodedDataLength });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const until = variant === 'with' ? 'window.__bench.form > 0 && window.__bench.lcp > 0' : 'window.__bench.lcp > 0';
    await page.waitForFunction(until, null, { timeout: 60_000, polling: 100 }).catch(() => {});
    await page.waitForTimeout(500); // late LCP candidates, the rest of the widget's requests
    const t = (await page.evaluate('window.__bench')) as { form: number; fcp: number; lcp: number; lcpElement: string; longTasks: [number, number][] };
    // Where the time went, on the page's clock: its load event, the widget's element stage.
    const timing = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const chunks = performance.getEntriesByType('resource').filter((e) => e.name.includes('/widgets/chunks/'));
      return { load: nav ? nav.loadEventStart : 0, chunksStart: Math.min(...chunks.map((e) => e.startTime)), chunksEnd: Math.max(...chunks.map((e) => e.responseEnd)) };
    })()`)) as { load: number; chunksStart: number; chunksEnd: number };
    const measured = (x: number) => (x > 0 ? x : NaN);
    const done = [...reqs.values()].filter((r): r is Omit<WidgetRequest, 'stage'> => r.end !== undefined);
    return {
      formVisibleMs: variant === 'with' ? measured(t.form) : undefined,
      fcpMs: measured(t.fcp),
      lcpMs: measured(t.lcp),
      lcpElement: t.lcpElement,
      // Total blocking time as the browser saw it (throttled CPU): long tasks' time over 50 ms, after FCP.
      loadEventMs: timing.load,
      chunksMs: variant === 'with' ? [timing.chunksStart, timing.chunksEnd] : undefined,
      blockingMs: t.longTasks.filter(([start]) => start >= t.fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      widgetRequests: stages(done),
    };
  } finally {
    await context.close();
  }
}

/** Body bytes of each file as served for `Accept-Encoding` identity, gzip and br. */
async function bytesByEncoding(widgetOrigin: string, paths: string[]) {
  const sizes = { identity: 0, gzip: 0, br: 0 };
  const files: Record<string, { identity: number; gzip: number; br: number }> = {};
  for (const path of paths) {
    const row = { identity: 0, gzip: 0, br: 0 };
    for (const enc of ['identity', 'gzip', 'br'] as const) {
      // Node's fetch would decode: ask for raw bytes and read the length off the wire.
      const res = await fetch(`${widgetOrigin}${path}`, { headers: { 'accept-encoding': enc } });
      const body = new Uint8Array(await res.arrayBuffer());
      const declared = Number(res.headers.get('content-length'));
      row[enc] = res.headers.get('content-encoding') ? declared : body.length;
    }
    files[path] = row;
    for (const k of ['identity', 'gzip', 'br'] as const) sizes[k] += row[k];
  }
  return { total: sizes, files };
}

// ---------------------------------------------------------------------------------------

export async function pageLoad(opts: PageLoadOptions) {
  // Other work on this machine shows up in every figure (CPU time is simulated ×4): keep the load average with them.
  const loadAtStart = loadavg().map((x) => round(x, 2));
  let api: StartedServer | undefined;
  let shopKey = '';
  const store = await startStore(() => `http://127.0.0.1:${api?.port ?? 0}`, () => shopKey);
  const dataDir = tempDataDir();
  let lh: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let browser: PwBrowser | undefined;
  try {
    shopKey = await createShop(dataDir, store.origin);
    api = await startServer({ dataDir, env: { HOST: '127.0.0.1', SEED_DEMO: 'never', LOG_LEVEL: 'warn' } });
    const widgetOrigin = `http://127.0.0.1:${api.port}`;
    const url = (v: Variant) => `${store.origin}/${v}`;
    const order: Variant[] = ['without', 'with'];

    // (a) Lighthouse, A B A B …
    lh = await launchChromium();
    const lhRuns: Record<Variant, LighthouseRun[]> = { without: [], with: [] };
    for (let i = 0; i < opts.lighthouseRuns; i++) {
      for (const v of order) {
        const run = await lighthouseRun(url(v), lh.port, widgetOrigin, i === 0);
        lhRuns[v].push(run);
        const early = v === 'with' ? `, ${run.widgetRequestsBeforeLcp} widget requests done before the observed LCP` : '';
        process.stderr.write(`  lighthouse ${v.padEnd(7)} #${i + 1}: score ${run.score}, FCP ${round(run.fcp)} ms, LCP ${round(run.lcp)} ms, TBT ${round(run.tbt)} ms, widget scripting ${round(run.widgetScriptingMs)} ms${early}\n`);
      }
    }
    await stopProcess(lh.proc);

    // (b) Throttled lab runs, A B A B …
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
    const labRuns: Record<Variant, LabRun[]> = { without: [], with: [] };
    for (let i = 0; i < opts.labRuns; i++) {
      for (const v of order) {
        const run = await labRun(browser, url(v), widgetOrigin, v);
        labRuns[v].push(run);
        const form = run.formVisibleMs === undefined ? '' : `form visible ${round(run.formVisibleMs)} ms, `;
        const chunks = run.chunksMs ? `, chunks ${round(run.chunksMs[0])}–${round(run.chunksMs[1])} ms` : '';
        process.stderr.write(`  lab        ${v.padEnd(7)} #${i + 1}: ${form}FCP ${round(run.fcpMs)} ms, LCP ${round(run.lcpMs)} ms (${run.lcpElement}), load ${round(run.loadEventMs)} ms${chunks}, blocking ${round(run.blockingMs)} ms\n`);
      }
    }
    await browser.close();
    browser = undefined;

    const sample = labRuns.with[labRuns.with.length - 1];
    const widgetPaths = [...new Set(sample.widgetRequests.map((r) => r.path))];
    const wire = labRuns.with.map((r) => r.widgetRequests.reduce((s, q) => s + q.wireBytes, 0));
    const lhSummary = (runs: LighthouseRun[]) => ({
      score: summary(runs.map((r) => r.score)),
      fcpMs: summary(runs.map((r) => r.fcp)),
      lcpMs: summary(runs.map((r) => r.lcp)),
      tbtMs: summary(runs.map((r) => r.tbt)),
      widgetScriptingMs: summary(runs.map((r) => r.widgetScriptingMs)),
    });
    const labSummary = (runs: LabRun[]) => ({
      fcpMs: summary(runs.map((r) => r.fcpMs)),
      lcpMs: summary(runs.map((r) => r.lcpMs)),
      blockingMs: summary(runs.map((r) => r.blockingMs)),
      loadEventMs: summary(runs.map((r) => r.loadEventMs)),
      lcpElement: runs[runs.length - 1]?.lcpElement,
    });
    return {
      loadAverage: { atStart: loadAtStart, atEnd: loadavg().map((x) => round(x, 2)) },
      page: { heroBytes: store.heroBytes, snippet: `<script type="module" src="…/widgets/rapport.js" data-shop="…"${SNIPPET_ATTRS ? ` ${SNIPPET_ATTRS}` : ''}></script>` },
      lighthouse: {
        config: 'default (mobile, simulated throttling)',
        runsPerVariant: opts.lighthouseRuns,
        without: lhSummary(lhRuns.without),
        with: lhSummary(lhRuns.with),
        widgetRequestsBeforeLcp: lhRuns.with.map((r) => r.widgetRequestsBeforeLcp),
        observed: lhRuns.with[0]?.observed,
        widgetBootup: lhRuns.with[0]?.widgetBootup,
        widgetRequests: lhRuns.with[0]?.widgetRequests,
      },
      lab: {
        throttling: THROTTLING,
        runsPerVariant: opts.labRuns,
        without: labSummary(labRuns.without),
        with: {
          ...labSummary(labRuns.with),
          formVisibleMs: summary(labRuns.with.map((r) => r.formVisibleMs ?? NaN)),
          chunksStartMs: summary(labRuns.with.map((r) => r.chunksMs?.[0] ?? NaN)),
          chunksEndMs: summary(labRuns.with.map((r) => r.chunksMs?.[1] ?? NaN)),
        },
        widget: {
          requests: sample.widgetRequests.length,
          stages: Math.max(0, ...sample.widgetRequests.map((r) => r.stage)),
          wireBytes: summary(wire),
          files: sample.widgetRequests.map(({ path, priority, encoding, wireBytes, stage }) => ({ path, priority, encoding, wireBytes, stage })),
        },
      },
      bytesByEncoding: await bytesByEncoding(widgetOrigin, widgetPaths),
    };
  } finally {
    await browser?.close().catch(() => {});
    if (lh) {
      await stopProcess(lh.proc);
      rmSync(lh.profile, { recursive: true, force: true });
    }
    await api?.stop();
    store.server.close();
    removeDataDir(dataDir);
  }
}

export type PageLoadReport = Awaited<ReturnType<typeof pageLoad>>;

/** A few lines for the terminal. */
export function printPageLoad(r: PageLoadReport) {
  const lh = r.lighthouse;
  const span = (s: { median: number; min: number; max: number }, unit = '') => `${s.median}${unit} (${s.min}–${s.max})`;
  console.log(`Page load, host page with a ${Math.round(r.page.heroBytes / 1024)} KB hero image; snippet ${r.page.snippet}`);
  console.log(`(load average ${r.loadAverage.atStart.join(' ')} at start, ${r.loadAverage.atEnd.join(' ')} at the end)`);
  console.log(`Lighthouse (${lh.config}), median (min–max) of ${lh.runsPerVariant} interleaved runs each:`);
  console.table({
    'without widget': { score: span(lh.without.score), FCP: span(lh.without.fcpMs, ' ms'), LCP: span(lh.without.lcpMs, ' ms'), TBT: span(lh.without.tbtMs, ' ms'), 'widget JS': '' },
    'with widget': { score: span(lh.with.score), FCP: span(lh.with.fcpMs, ' ms'), LCP: span(lh.with.lcpMs, ' ms'), TBT: span(lh.with.tbtMs, ' ms'), 'widget JS': span(lh.with.widgetScriptingMs, ' ms') },
  });
  const lab = r.lab;
  const t = lab.throttling;
  console.log(`Lab (real Chromium, ${t.rttMs} ms RTT, ${t.downloadKbps / 1024} Mbit/s down, ${t.uploadKbps} kbit/s up, ${t.cpuSlowdown}× CPU), ${lab.runsPerVariant} interleaved runs each:`);
  console.table({
    'without widget': { 'form visible': '', FCP: span(lab.without.fcpMs, ' ms'), LCP: span(lab.without.lcpMs, ' ms'), 'blocking time': span(lab.without.blockingMs, ' ms') },
    'with widget': { 'form visible': span(lab.with.formVisibleMs, ' ms'), FCP: span(lab.with.fcpMs, ' ms'), LCP: span(lab.with.lcpMs, ' ms'), 'blocking time': span(lab.with.blockingMs, ' ms') },
  });
  console.log(`Widget requests: ${lab.widget.requests} in ${lab.widget.stages} serial stage(s), ${span(lab.widget.wireBytes, ' B')} on the wire`);
  console.table(lab.widget.files);
  const b = r.bytesByEncoding.total;
  console.log(`Those files' bodies as served: identity ${b.identity} B, gzip ${b.gzip} B, br ${b.br} B`);
}
