/**
 * @module `npm run check:arch`: the floor plan's rules, each violation printed with the
 * rule it breaks. dependency-cruiser checks the imports between rooms
 * (.dependency-cruiser.cjs: the kernel imports no feature, features meet through index.ts,
 * widgets meet through core, no cycles …); two rules it cannot see are checked here from
 * the source: widgets take only types from server/ (with `verbatimModuleSyntax`, an
 * `import type` is exactly what disappears from the bundle), and SQL is written only in a
 * db.ts (a feature's, or the kernel's db/ folder).
 *
 *   node --import tsx scripts/check-arch.ts [--root DIR]   (DIR defaults to the repository)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface Violation {
  rule: string;
  from: string;
  to: string;
}

const REPO = resolve(import.meta.dirname, '..');
const SCANNED = ['server', 'widgets', 'demo', 'tests/bench'];

function files(root: string, dir: string): string[] {
  let out: string[] = [];
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out = out.concat(files(root, rel));
    else if (/\.(ts|mts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** The imports between rooms, by dependency-cruiser with the project's rules. */
export function cruiseViolations(root: string): Violation[] {
  const bin = join(REPO, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const res = spawnSync(process.execPath, [bin, '--config', join(REPO, '.dependency-cruiser.cjs'), '--output-type', 'json', ...SCANNED], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  let report: { summary: { violations: { rule: { name: string }; from: string; to: string; cycle?: { name: string }[] }[] } };
  try {
    report = JSON.parse(res.stdout);
  } catch {
    throw new Error(`dependency-cruiser did not run: ${res.stderr || res.stdout}`);
  }
  return report.summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.cycle?.length ? v.cycle.map((c) => c.name).join(' → ') : v.to,
  }));
}

// Every static or dynamic import/export naming another module.
const IMPORT = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** True for `import type …`, or `import { type A, type B }` where every name is a type. */
function typeOnly(keyword: string | undefined, clause: string): boolean {
  if (keyword) return true;
  const names = /^\{([\s\S]*)\}$/.exec(clause.trim())?.[1];
  if (names === undefined) return false;
  const list = names.split(',').map((n) => n.trim()).filter(Boolean);
  return list.length > 0 && list.every((n) => n.startsWith('type '));
}

/** Whether a module imports nothing (then the browser can load it as is: plain constants and pure functions). */
function importsNothing(root: string, file: string): boolean {
  try {
    const src = readFileSync(join(root, file), 'utf8');
    return ![...src.matchAll(IMPORT)].length;
  } catch {
    return false;
  }
}

/**
 * widgets-take-server-types-only: a widget takes from server/ only types, plus values from
 * dependency-free modules (a limits.ts, kernel/i18n/locales.ts, uploads/image-header.ts:
 * modules that import nothing, so no server code can ride along).
 */
export function widgetServerViolations(root: string): Violation[] {
  const out: Violation[] = [];
  for (const file of files(root, 'widgets')) {
    const src = readFileSync(join(root, file), 'utf8');
    for (const m of src.matchAll(IMPORT)) {
      const spec = m[4] ?? m[5];
      if (!spec?.startsWith('.')) continue;
      const target = relative(root, resolve(root, file, '..', spec));
      if (!target.startsWith('server/')) continue;
      if (importsNothing(root, target)) continue;
      if (m[5] !== undefined || !typeOnly(m[2], m[3])) out.push({ rule: 'widgets-take-server-types-only', from: file, to: target });
    }
  }
  return out;
}

// A tagged template on the connection or a transaction (`sql\`…\``, `tx<Row[]>\`…\``), or raw SQL.
const SQL = /\b(sql|tx)\s*(<[^`;()]*>)?\s*`|\.unsafe\(/;

/** sql-only-in-db-ts: statements live in a feature's db.ts or in server/kernel/db/. */
export function sqlViolations(root: string): Violation[] {
  const out: Violation[] = [];
  for (const file of [...files(root, 'server'), ...files(root, 'demo')]) {
    if (/(^|\/)db\.ts$/.test(file) || file.startsWith('server/kernel/db/')) continue;
    readFileSync(join(root, file), 'utf8').split('\n').forEach((line, i) => {
      if (SQL.test(line) && !/^\s*(\*|\/\/)/.test(line)) out.push({ rule: 'sql-only-in-db-ts', from: `${file}:${i + 1}`, to: line.trim().slice(0, 80) });
    });
  }
  return out;
}

export function checkArchitecture(root = REPO): Violation[] {
  return [...cruiseViolations(root), ...widgetServerViolations(root), ...sqlViolations(root)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const violations = checkArchitecture(resolve(values.root ?? REPO));
  for (const v of violations) console.log(`${v.rule}: ${v.from} → ${v.to}`);
  console.log(violations.length ? `${violations.length} architecture rule(s) broken` : 'The floor plan holds: no architecture rule broken.');
  process.exit(violations.length ? 1 : 0);
}
