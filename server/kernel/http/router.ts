/**
 * @module What every feature's routes receive (`AppDeps`), the typed request variables
 * the kernel's middleware set, the one OpenAPIHono factory whose validation hook turns
 * zod failures into problem+json with field paths, and the shape of a feature as the
 * app mounts it.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env, Hono } from 'hono';
import type { JobHandler, Schedule } from '../jobs/runner.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../db/client.ts';
import type { Logger } from '../log.ts';
import { fromZod } from './errors.ts';

export interface AppDeps {
  db: Database;
  config: Config;
  log: Logger;
  /** Tells the job runner that work was queued (it also polls, so this only makes it prompt). */
  nudgeJobs?: () => void;
}

/** Variables every request has: its id and the client's address. */
export type BaseEnv = { Variables: { requestId: string; clientIp: string | undefined } };

export function router<E extends Env>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) throw fromZod(result.error, result.target === 'json' ? 'body' : result.target);
    },
  });
}

/**
 * A feature as the app mounts it (its `index.ts` exports one): storefront API routes
 * under `/v1` (after the shop key and origin are checked), admin API routes under `/v1`
 * (after the staff session and CSRF), and pages customers open from emails at `/`.
 */
export interface Feature {
  name: string;
  routes?: (deps: AppDeps) => OpenAPIHono<any>;
  adminRoutes?: (deps: AppDeps) => OpenAPIHono<any>;
  pages?: (deps: AppDeps) => Hono<any>;
  /** Paths whose body is not JSON: the body middleware stays out, the route reads it after its own checks. */
  rawBodies?: string[];
  /** Paths that also take their JSON body as text/plain (beacons: no preflight, no custom headers). */
  beaconBodies?: string[];
  /** The feature's kinds of background job, run by the one job runner, and its schedules. */
  jobs?: (deps: AppDeps) => Record<string, JobHandler>;
  schedules?: Schedule[];
}
