/**
 * @module `GET /health`: liveness and the database it runs on; 503 when the database
 * does not answer, so a load balancer takes the instance out.
 */
import { Hono } from 'hono';
import { Problem } from './errors.ts';
import type { AppDeps } from './router.ts';
import { VERSION } from '../version.ts';

const started = Date.now();

export function healthRoutes({ db }: AppDeps) {
  const app = new Hono();
  app.get('/health', async (c) => {
    try {
      await db.sql`select 1`;
    } catch {
      throw new Problem('unavailable', { detail: 'The database does not answer' });
    }
    return c.json(
      { status: 'ok', database: db.kind, version: VERSION, uptimeSeconds: Math.round((Date.now() - started) / 1000) },
      200,
      { 'cache-control': 'no-store' },
    );
  });
  return app;
}
