/**
 * @module Bundle budgets, checked after `npm run build`: the loader (`rapport.js`) ≤ 3 KB
 * gzip, each storefront chunk ≤ 10 KB, the admin app with everything it loads ≤ 80 KB;
 * the loader imports no chunk eagerly except tiny helpers, and no chunk imports the
 * loader back (a chunk importing `rapport.js` would run a second loader when the shop's
 * script URL differs, e.g. by a query string).
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(import.meta.dirname, '..', 'dist', 'widgets');
const MANIFEST = join(DIST, '.vite', 'manifest.json');
const LOADER_SRC = 'widgets/loader.ts';
const ADMIN_SRC = 'widgets/admin/app/rapport-admin-app.ts';
const KB = 1024;
const BUDGET = { loader: 3 * KB, chunk: 10 * KB, admin: 80 * KB };

interface ManifestChunk {
  file: string;
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

  const fileOf = (key: string) => manifest[key].file;
  const storefront = new Set([...closure(manifest, LOADER_SRC)].map(fileOf));
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

  const adminBytes = [...adminFiles].reduce((sum, f) => sum + gzipped(f), 0);
  checks.push({ name: `admin (${adminFiles.size} files)`, bytes: adminBytes, budget: BUDGET.admin, ok: adminBytes <= BUDGET.admin });

  const backEdges = Object.entries(manifest).filter(([k, c]) => k !== LOADER_SRC && c.imports?.includes(LOADER_SRC));
  checks.push({
    name: 'no chunk imports the loader',
    ok: backEdges.length === 0,
    note: backEdges.map(([k]) => k).join(', ') || undefined,
  });
  // Lit and the element code must stay lazy: the loader may only import helper chunks.
  const eager = (loader.imports ?? []).filter((k) => gzipped(fileOf(k)) > KB);
  checks.push({ name: 'loader imports no large chunk eagerly', ok: eager.length === 0, note: eager.join(', ') || undefined });
  return checks;
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
