/**
 * @module Bundle budgets, checked after `npm run build`: the loader (`rapport.js`) ≤ 3 KB
 * gzip, each storefront chunk ≤ 10 KB, the admin's shell ≤ 40 KB and each admin area ≤ 30 KB;
 * the loader imports no chunk eagerly except tiny helpers, and no chunk imports the
 * loader back (a chunk importing `rapport.js` would run a second loader when the shop's
 * script URL differs, e.g. by a query string). Also: the loader carries every element's
 * whole chunk graph (so one parallel stage fetches it), imports no chunk itself (neither
 * Vite's preload helper nor a chunk shared with the elements), each element may fetch only
 * its own and the shared catalogs (a page with only <rapport-faq> downloads no feedback
 * texts), and every file has smaller brotli and gzip copies (or is too small to gain from one).
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GRAPH_FILE, type ChunkGraphFile } from './vite-widget-graph.ts';

const DIST = join(import.meta.dirname, '..', 'dist', 'widgets');
const MANIFEST = join(DIST, '.vite', 'manifest.json');
const LOADER_SRC = 'widgets/loader.ts';
const ADMIN_SRC = 'widgets/admin/app/rapport-admin-app.ts';
const KB = 1024;
const BUDGET = { loader: 3 * KB, chunk: 10 * KB, adminShell: 40 * KB, adminArea: 30 * KB };

interface ManifestChunk {
  file: string;
  name?: string;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface Check {
  name: string;
  bytes?: number;
  budget?: number;
  ok: boolean;
  note?: string;
}

const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** Every manifest key reachable from `key` (static and dynamic imports): what that entry may load. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const k of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) closure(manifest, k, seen);
  return seen;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => relative(DIST, join(e.parentPath, e.name)));
}

function run(): Check[] {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  const loader = manifest[LOADER_SRC];
  const admin = manifest[ADMIN_SRC];
  if (!loader || !admin) throw new Error('the manifest lacks the loader or the admin entry');

  const graphPath = join(DIST, GRAPH_FILE);
  if (!existsSync(graphPath)) throw new Error(`${GRAPH_FILE} is missing: the build ran without scripts/vite-widget-graph.ts`);
  const graph = JSON.parse(readFileSync(graphPath, 'utf8')) as ChunkGraphFile;

  const fileOf = (key: string) => manifest[key].file;
  // What a store may load: the loader and whatever the chunks it imports (elements, identity) may load.
  const storefrontKeys = new Set<string>();
  for (const key of [LOADER_SRC, ...Object.keys(graph.imports)]) closure(manifest, key, storefrontKeys);
  const storefront = new Set([...storefrontKeys].map(fileOf));
  const adminFiles = new Set([...closure(manifest, ADMIN_SRC)].map(fileOf));
  const checks: Check[] = [];

  const loaderBytes = gzipped(loader.file);
  checks.push({ name: loader.file, bytes: loaderBytes, budget: BUDGET.loader, ok: loaderBytes <= BUDGET.loader });

  // Admin-only files are the admin's budget; anything the storefront may load (or an
  // unknown file) must fit one chunk's budget.
  for (const file of jsFiles(DIST).sort()) {
    if (file === loader.file || (adminFiles.has(file) && !storefront.has(file))) continue;
    const bytes = gzipped(file);
    checks.push({ name: file, bytes, budget: BUDGET.chunk, ok: bytes <= BUDGET.chunk });
  }

  // The admin is budgeted as it loads: its shell (the entry and what it imports statically:
  // what opening /admin costs) and each area on its own (a page's chunks beyond the shell,
  // fetched when the merchant opens it). A new area adds its own budget, not to the shell's.
  const shellKeys = staticClosure(manifest, ADMIN_SRC);
  const shell = new Set([...shellKeys].map(fileOf));
  const shellBytes = [...shell].reduce((sum, f) => sum + gzipped(f), 0);
  checks.push({ name: `admin shell (${shell.size} files)`, bytes: shellBytes, budget: BUDGET.adminShell, ok: shellBytes <= BUDGET.adminShell });
  const areas = new Set([...shellKeys].flatMap((k) => manifest[k].dynamicImports ?? []).filter((k) => !shellKeys.has(k)));
  for (const area of [...areas].sort()) {
    const files = [...closure(manifest, area)].map(fileOf).filter((f) => !shell.has(f));
    const bytes = [...new Set(files)].reduce((sum, f) => sum + gzipped(f), 0);
    checks.push({ name: `admin area ${manifest[area].name ?? area} (${new Set(files).size} files)`, bytes, budget: BUDGET.adminArea, ok: bytes <= BUDGET.adminArea });
  }

  const backEdges = Object.entries(manifest).filter(([k, c]) => k !== LOADER_SRC && c.imports?.includes(LOADER_SRC));
  checks.push({
    name: 'no chunk imports the loader',
    ok: backEdges.length === 0,
    note: backEdges.map(([k]) => k).join(', ') || undefined,
  });
  // Lit and the element code must stay lazy: the loader may only import helper chunks.
  const eager = (loader.imports ?? []).filter((k) => gzipped(fileOf(k)) > KB);
  checks.push({ name: 'loader imports no large chunk eagerly', ok: eager.length === 0, note: eager.join(', ') || undefined });

  checks.push(...stageChecks(manifest, graph, readFileSync(join(DIST, loader.file), 'utf8')));
  checks.push(catalogCheck(manifest, graph));
  checks.push(...compressionChecks(storefront, adminFiles));
  return checks;
}

/** How many files a browser fetches from one host at once over HTTP/1.1 (HTTP/2 has no such limit). */
const ROUND_FILES = 6;

/** Static imports of the chunk made from `key`, transitively, as files: what must arrive before it runs. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const k of manifest[key].imports ?? []) staticClosure(manifest, k, seen);
  return seen;
}

/**
 * One parallel stage per element: the map written into the loader lists, for each element,
 * its chunk and every chunk that chunk imports statically (transitively), and the loader
 * imports it directly (no preload-helper chunk in front, no unknown tag).
 */
function stageChecks(manifest: Manifest, graph: ChunkGraphFile, loaderCode: string): Check[] {
  const missing: string[] = [];
  const notWritten: string[] = [];
  const elements = Object.entries(graph.elements);
  const loaderDir = posix.dirname(graph.loader);
  for (const [tag, { src, files }] of elements) {
    const needed = [...staticClosure(manifest, src)].map((k) => posix.relative(loaderDir, manifest[k].file));
    const listed = new Set(files.map((f) => posix.normalize(f)));
    const absent = needed.filter((f) => !listed.has(f));
    if (absent.length) missing.push(`<${tag}> lacks ${absent.join(', ')}`);
    if (!files.every((f) => loaderCode.includes(JSON.stringify(f)))) notWritten.push(tag);
  }
  const inFront = manifest[LOADER_SRC]?.imports ?? [];
  const wide = elements.filter(([, { files }]) => files.length > ROUND_FILES).map(([tag, { files }]) => `<${tag}> ${files.length} files`);
  return [
    // A browser opens at most six HTTP/1.1 connections to a host: more files, more rounds.
    { name: `each element's files arrive in one round (at most ${ROUND_FILES})`, ok: wide.length === 0, note: wide.join('; ') || undefined },
    {
      name: `each element's chunk graph is preloaded in one stage (${elements.length} elements)`,
      ok: elements.length > 0 && missing.length === 0 && notWritten.length === 0,
      note: [...missing, ...notWritten.map((t) => `<${t}> not in rapport.js`)].join('; ') || undefined,
    },
    // A static import of the loader (Vite's preload helper, a chunk shared with the elements)
    // would be one more request, at high priority, before the loader can even run.
    { name: 'the loader runs alone (imports no chunk)', ok: inFront.length === 0, note: inFront.join(', ') || undefined },
  ];
}

/**
 * Each element's chunks, all it may ever load (static and dynamic imports), hold no other
 * element's catalog: `widgets/<folder>/locales/*` only of its own folder or `core`. A Chinese
 * catalog is a chunk of its own, so one imported from a shared module would show here.
 */
function catalogCheck(manifest: Manifest, graph: ChunkGraphFile): Check {
  const foreign: string[] = [];
  for (const [tag, { src }] of Object.entries(graph.elements)) {
    const own = src.split('/')[1];
    for (const key of closure(manifest, src)) {
      const folder = /^widgets\/([^/]+)\/locales\//.exec(key)?.[1];
      if (folder && folder !== own && folder !== 'core') foreign.push(`<${tag}> may load ${key}`);
    }
  }
  return {
    name: "each element loads only its own and core's catalogs (<rapport-faq> no feedback texts)",
    ok: Object.keys(graph.elements).includes('rapport-faq') && foreign.length === 0,
    note: foreign.join('; ') || undefined,
  };
}

/** Every served file the build wrote has brotli and gzip copies smaller than itself, unless it is tiny. */
function compressionChecks(storefront: Set<string>, adminFiles: Set<string>): Check[] {
  const files = [...new Set([...storefront, ...adminFiles])].sort();
  const lacking: string[] = [];
  let raw = 0;
  let br = 0;
  let gz = 0;
  for (const file of files) {
    const size = readFileSync(join(DIST, file)).length;
    const copy = (suffix: string) => (existsSync(join(DIST, file + suffix)) ? readFileSync(join(DIST, file + suffix)).length : size);
    const [b, g] = [copy('.br'), copy('.gz')];
    // Below ~150 bytes a compressed copy may not be smaller: the original is served then.
    if (size > 150 && !(b < size && g < size)) lacking.push(file);
    raw += size;
    br += b;
    gz += g;
  }
  return [
    {
      name: `precompressed copies (${files.length} files: ${raw} B → br ${br} B, gzip ${gz} B)`,
      ok: lacking.length === 0,
      note: lacking.length ? `no smaller copy for ${lacking.join(', ')}` : undefined,
    },
  ];
}

function report(checks: Check[]) {
  const width = Math.max(...checks.map((c) => c.name.length));
  for (const c of checks) {
    const size = c.bytes === undefined ? '' : `${String(c.bytes).padStart(6)} B gzip / ${String(c.budget).padStart(5)} B`;
    console.log(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(width)}  ${size}${c.note ? `  (${c.note})` : ''}`);
  }
  const passed = checks.filter((c) => c.ok).length;
  const failed = checks.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  if (process.env.RAPPORT_COUNTS) {
    appendFileSync(process.env.RAPPORT_COUNTS, JSON.stringify({ suite: 'size', passed, failed }) + '\n');
  }
  return failed;
}

let failed: number;
try {
  failed = report(run());
} catch (err) {
  console.error(String((err as Error).message ?? err));
  failed = report([{ name: 'widgets build present', ok: false }]);
}
process.exit(failed ? 1 : 0);
