/**
 * @module `GET /health`: liveness and the database it runs on; 503 when the database
 * does not answer, so a load balancer takes the instance out.
 */
import { Hono } from 'hono';
import { ping } from '../db/client.ts';
import { VERSION } from '../version.ts';
import { Problem } from './errors.ts';
import type { AppDeps } from './router.ts';

const started = Date.now();

export function healthRoutes({ db }: AppDeps) {
  const app = new Hono();
  app.get('/health', async (c) => {
    if (!(await ping(db.sql))) throw new Problem('unavailable', { detail: 'The database does not answer' });
    return c.json(
      { status: 'ok', database: db.kind, version: VERSION, uptimeSeconds: Math.round((Date.now() - started) / 1000) },
      200,
      { 'cache-control': 'no-store' },
    );
  });
  return app;
}
