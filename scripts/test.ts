/**
 * @module `npm test`: everything, in order — typecheck, architecture rules, the custom elements manifest, widget build, bundle-size budgets,
 * server tests (DATABASE_URL when set, embedded PGlite otherwise), widget tests in
 * headless Chromium, end-to-end tests — then one plain line "N passed, N failed".
 * It finds Chromium itself and, as root on Debian/Ubuntu, installs it when missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium } from './chromium.mjs';
import { findPhp } from './php.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const countsFile = process.env.RAPPORT_COUNTS ?? resolve(ROOT, '.test-results', 'counts.jsonl');
mkdirSync(resolve(countsFile, '..'), { recursive: true });
if (!process.env.RAPPORT_COUNTS) writeFileSync(countsFile, '');

/** A tool the tests run, found or (as root on Debian/Ubuntu) installed with apt-get; undefined when neither. */
function ensureTool(name: string, find: () => string | undefined, debianPackage: string): string | undefined {
  const found = find();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    process.stdout.write(`No ${name} found: installing Debian's ${debianPackage} with apt-get…\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', debianPackage], { stdio: 'inherit', env });
    return find();
  }
  return undefined;
}

function ensureChromium(): string {
  const installed = ensureTool('Chromium', findChromium, 'chromium');
  if (installed) return installed;
  process.stderr.write(
    'npm test needs Chromium: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary.\n',
  );
  process.exit(1);
}

const chromium = ensureChromium();
// The WordPress plugin's tests run it with PHP; without PHP they fail saying so.
const php = ensureTool('PHP', findPhp, 'php-cli');
if (!php) process.stderr.write('No PHP found: the WordPress plugin tests will fail (install php-cli, or set PHP_PATH).\n');
const env = { ...process.env, CHROMIUM_PATH: chromium, ...(php ? { PHP_PATH: php } : {}), RAPPORT_COUNTS: countsFile };

function record(suite: string, ok: boolean) {
  writeFileSync(countsFile, JSON.stringify({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1 }) + '\n', { flag: 'a' });
}

function lines(): { suite: string; passed: number; failed: number }[] {
  return readFileSync(countsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Runs one step; a step that reports no counts of its own (it crashed) counts as one failure. */
function step(name: string, cmd: string, args: readonly string[], opts: { counts: 'self' | 'one'; extraEnv?: Record<string, string | undefined> }) {
  process.stdout.write(`\n── ${name} ──\n`);
  const before = lines().length;
  const res = spawnSync(cmd, [...args], { cwd: ROOT, stdio: 'inherit', env: { ...env, RAPPORT_SUITE: name, ...opts.extraEnv } });
  const ok = res.status === 0;
  if (opts.counts === 'one') record(name, ok);
  else if (lines().length === before) record(`${name} (no results)`, false);
  else if (!ok && lines().slice(before).every((l) => l.failed === 0)) record(`${name} (exit ${res.status})`, false);
  return ok;
}

const npx = (bin: string, ...args: string[]) => [process.execPath, [resolve(ROOT, 'node_modules', '.bin', bin), ...args]] as const;
const tsx = (file: string) => [process.execPath, ['--import', 'tsx', file]] as const;

process.stdout.write(`Chromium: ${chromium}\nDatabase for server tests: ${process.env.DATABASE_URL ? process.env.DATABASE_URL : 'embedded PGlite'}\n`);
step('typecheck', ...npx('tsc', '--noEmit'), { counts: 'one' });
step('architecture', ...tsx('scripts/check-arch.ts'), { counts: 'one' });
step('manifest', ...tsx('scripts/check-manifest.ts'), { counts: 'self' });
const built = step('build', ...npx('vite', 'build'), { counts: 'one' });
if (built) step('size', ...tsx('scripts/check-size.ts'), { counts: 'self' });
step('server', ...npx('vitest', 'run', '--config', 'tests/server/vitest.config.ts'), { counts: 'self' });
step('widgets', process.execPath, ['--import', 'tsx', resolve(ROOT, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js'), '--config', 'tests/widgets/web-test-runner.config.mjs'], { counts: 'self' });
step('e2e', ...npx('vitest', 'run', '--config', 'tests/e2e/vitest.config.ts'), { counts: 'self', extraEnv: { BUILD_WIDGETS: 'never' } });

const all = lines();
const passed = all.reduce((n, l) => n + l.passed, 0);
const failed = all.reduce((n, l) => n + l.failed, 0);
process.stdout.write('\n' + all.map((l) => `  ${l.suite}: ${l.passed} passed, ${l.failed} failed`).join('\n') + '\n');
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
