/**
 * @module Static files: the widgets under /widgets/ (CORS `*` because module scripts
 * are fetched in CORS mode from the shop's own domain; hashed chunks cached for a
 * year, the loader for five minutes) and the admin page at /admin.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { Hono } from 'hono';
import type { WidgetAssets } from '../widget-assets.ts';

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

  const adminPage = (entry: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport admin</title>
<meta name="color-scheme" content="light">
<style>html,body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Microsoft YaHei",sans-serif;background:#f6f7f9;color:#1d2433}</style>
<script type="module" src="/widgets/${entry}"></script>
</head>
<body><rapport-admin-app></rapport-admin-app></body>
</html>`;
  app.get('/admin', (c) => c.html(adminPage(assets.adminEntry), 200, { 'cache-control': 'no-store' }));
  app.get('/admin/*', (c) => c.html(adminPage(assets.adminEntry), 200, { 'cache-control': 'no-store' }));
  return app;
}
