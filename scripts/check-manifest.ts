/**
 * @module The custom elements manifest stays in step with the elements: regenerates it
 * from the JSDoc headers (custom-elements-manifest.config.mjs) into a scratch folder and
 * compares it with the committed custom-elements.json. `--write` updates the committed one.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
// The analyzer takes --outdir relative to the working directory.
const out = join('.test-results', `cem-${process.pid}`);
const cem = join(ROOT, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
const res = spawnSync(process.execPath, [cem, 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs', '--outdir', out], { cwd: ROOT, encoding: 'utf8' });
const fresh = res.status === 0 ? readFileSync(join(ROOT, out, 'custom-elements.json'), 'utf8') : undefined;
rmSync(join(ROOT, out), { recursive: true, force: true });
let ok: boolean;
if (!fresh) {
  console.error(`the analyzer failed: ${res.stderr || res.stdout}`);
  ok = false;
} else if (process.argv.includes('--write')) {
  writeFileSync(join(ROOT, 'custom-elements.json'), fresh);
  console.log('custom-elements.json written');
  ok = true;
} else {
  let committed = '';
  try {
    committed = readFileSync(join(ROOT, 'custom-elements.json'), 'utf8');
  } catch {}
  ok = committed === fresh;
  console.log(ok ? 'custom-elements.json matches the elements' : 'custom-elements.json is out of date: run `npm run manifest`');
}
if (process.env.RAPPORT_COUNTS) {
  appendFileSync(process.env.RAPPORT_COUNTS, JSON.stringify({ suite: 'manifest', passed: ok ? 1 : 0, failed: ok ? 0 : 1 }) + '\n');
}
process.exit(ok ? 0 : 1);
