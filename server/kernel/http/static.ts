/**
 * @module Static files: the widgets under /widgets/ (CORS `*` because module scripts
 * are fetched in CORS mode from the shop's own domain; hashed chunks cached for a
 * year, the loader for five minutes; brotli or gzip copies made at build, chosen by
 * `Accept-Encoding`) and the admin page at /admin.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';
import type { WidgetAssets } from './widget-assets.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

export type Coding = 'br' | 'gzip' | 'identity';

/** The file suffix of each precompressed copy (written by scripts/vite-widget-graph.ts). */
const SUFFIX: Record<Exclude<Coding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

/**
 * The codings worth trying for an `Accept-Encoding` header, best first, `identity` last:
 * q-values honoured (`q=0` refuses), `*` stands for codings not named, brotli before
 * gzip when they tie. No header means identity only.
 */
export function acceptedCodings(header: string | null | undefined): Coding[] {
  if (!header) return ['identity'];
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const [key, value = ''] = p.split('=').map((x) => x.trim());
      // RFC 9110 qvalue: 0 to 1 with up to three decimals; anything else voids the entry.
      if (key === 'q') weight = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : NaN;
    }
    if (Number.isNaN(weight)) continue;
    const coding = name === 'x-gzip' ? 'gzip' : name;
    q.set(coding, Math.max(q.get(coding) ?? 0, weight));
  }
  const weightOf = (c: string) => q.get(c) ?? q.get('*') ?? 0;
  const encoded = (['br', 'gzip'] as const).filter((c) => weightOf(c) > 0).sort((a, b) => weightOf(b) - weightOf(a));
  // Identity is always acceptable as a last resort; asked for with a higher q, it goes first.
  const identity = q.get('identity');
  if (identity !== undefined && encoded.length && identity > weightOf(encoded[0])) return ['identity', ...encoded];
  return [...encoded, 'identity'];
}

/** `/widgets/<rel>` → the file under `dir`, or undefined for anything that is not plainly inside it. */
function fileFor(dir: string, url: string): { path: string; rel: string } | undefined {
  // The raw path, decoded once here (the router's copy is already decoded).
  const raw = new URL(url).pathname;
  if (!raw.startsWith('/widgets/')) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(raw.slice('/widgets/'.length));
  } catch {
    return undefined; // a broken escape such as `%` or `%zz`
  }
  if (!rel || rel.includes('\0') || rel.includes('\\')) return undefined;
  rel = normalize(rel);
  if (rel.startsWith('..') || rel.startsWith('/') || rel.startsWith('.vite')) return undefined;
  const path = join(dir, rel);
  if (!path.startsWith(join(dir) + sep)) return undefined;
  return { path, rel };
}

export function widgetRoutes(assets: WidgetAssets) {
  const app = new Hono();
  app.get('/widgets/*', async (c) => {
    const file = fileFor(assets.dir, c.req.url);
    const type = file && TYPES[extname(file.rel)];
    if (!file || !type) return c.notFound();
    let body: Buffer | undefined;
    let coding: Coding = 'identity';
    for (const candidate of acceptedCodings(c.req.header('accept-encoding'))) {
      try {
        body = await readFile(candidate === 'identity' ? file.path : file.path + SUFFIX[candidate]);
        coding = candidate;
        break;
      } catch {
        // no such copy: try the next coding (a missing original is a 404 below)
      }
    }
    if (!body) return c.notFound();
    const immutable = file.rel !== 'rapport.js';
    const headers: Record<string, string> = {
      'content-type': type,
      'content-length': String(body.length),
      vary: 'Accept-Encoding',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    };
    if (coding !== 'identity') headers['content-encoding'] = coding;
    return c.body(new Uint8Array(body), 200, headers);
  });

  const ICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#2f5d50"/><path d="M10 23V9h7a4.5 4.5 0 0 1 0 9h-7m7 0 5 5" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>')}`;
  const preload = (assets.adminImports ?? []).map((f) => `<link rel="modulepreload" href="/widgets/${f}">`).join('\n');
  const adminPage = (entry: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport admin</title>
<meta name="color-scheme" content="light">
<link rel="icon" href="${ICON}">
${preload}
<style>html,body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Microsoft YaHei",sans-serif;background:#f6f7f9;color:#1d2433}</style>
<script type="module" src="/widgets/${entry}"></script>
</head>
<body><rapport-admin-app></rapport-admin-app></body>
</html>`;
  app.get('/admin', (c) => c.html(adminPage(assets.adminEntry), 200, { 'cache-control': 'no-store' }));
  app.get('/admin/*', (c) => c.html(adminPage(assets.adminEntry), 200, { 'cache-control': 'no-store' }));
  return app;
}
