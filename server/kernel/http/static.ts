/**
 * @module Static files: the widgets under /widgets/ (CORS `*` because module scripts
 * are fetched in CORS mode from the shop's own domain; hashed chunks cached for a
 * year, the loader for five minutes) and the admin page at /admin.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { Hono } from 'hono';
import type { WidgetAssets } from './widget-assets.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

export function widgetRoutes(assets: WidgetAssets) {
  const app = new Hono();
  app.get('/widgets/*', async (c) => {
    const rel = normalize(decodeURIComponent(c.req.path.slice('/widgets/'.length)));
    if (rel.startsWith('..') || rel.startsWith('/') || rel.startsWith('.vite')) return c.notFound();
    const type = TYPES[extname(rel)];
    if (!type) return c.notFound();
    let body: Buffer;
    try {
      body = await readFile(join(assets.dir, rel));
    } catch {
      return c.notFound();
    }
    const immutable = rel !== 'rapport.js';
    return c.body(new Uint8Array(body), 200, {
      'content-type': type,
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    });
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
