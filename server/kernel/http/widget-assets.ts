/**
 * @module Built widget assets: builds `widgets/` with Vite when the build is missing or
 * older than the sources (or the build's plugin), and reads Vite's manifest to name the
 * hashed entry files. The build also writes `.br`/`.gz` copies next to each file, which
 * the static route serves by `Accept-Encoding`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const WIDGETS_DIST = join(ROOT, 'dist', 'widgets');
const MANIFEST = join(WIDGETS_DIST, '.vite', 'manifest.json');

export interface WidgetAssets {
  /** Directory served at /widgets/. */
  dir: string;
  /** File name (under /widgets/) of the admin app's entry. */
  adminEntry: string;
  /** Chunks the admin entry imports statically, preloaded so the page needs one round trip. */
  adminImports?: string[];
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function widgetsStale(): boolean {
  if (!existsSync(MANIFEST)) return true;
  const built = statSync(MANIFEST).mtimeMs;
  // The build's own code counts too: its plugin writes the chunk graph and the compressed copies.
  const build = ['vite.config.ts', 'scripts/vite-widget-graph.ts'].map((f) => join(ROOT, f)).filter(existsSync);
  const sources = Math.max(newestMtime(join(ROOT, 'widgets')), ...build.map((f) => statSync(f).mtimeMs));
  return sources > built;
}

/** Builds the widgets with the project's vite.config.ts (Vite is loaded only when needed). */
export async function buildWidgets(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export async function ensureWidgets(mode: 'auto' | 'always' | 'never'): Promise<WidgetAssets> {
  if (mode === 'always' || (mode === 'auto' && widgetsStale())) await buildWidgets();
  return readWidgetAssets();
}

export function readWidgetAssets(): WidgetAssets {
  if (!existsSync(MANIFEST)) {
    throw new Error('The widgets are not built: run `npm run build` (or start with BUILD_WIDGETS=auto)');
  }
  type Chunk = { file: string; isEntry?: boolean; imports?: string[] };
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
  const admin = manifest['widgets/admin/app/rapport-admin-app.ts'];
  if (!admin) throw new Error('The widgets build has no admin entry');
  const imports = new Set<string>();
  const visit = (c: Chunk) => {
    for (const key of c.imports ?? []) {
      const dep = manifest[key];
      if (dep && !imports.has(dep.file)) {
        imports.add(dep.file);
        visit(dep);
      }
    }
  };
  visit(admin);
  return { dir: WIDGETS_DIST, adminEntry: admin.file, adminImports: [...imports] };
}
