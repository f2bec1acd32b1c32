/**
 * @module The demo storefront (placeholder until the demo issue part lands).
 */
import { Hono } from 'hono';
import type { AppOptions } from '../server/app.ts';

export function demoRoutes(_opts: AppOptions) {
  const app = new Hono();
  app.get('/', (c) => c.html('<!doctype html><title>Rapport demo</title><h1>Rapport demo</h1>'));
  return app;
}
