/**
 * @module The Hono application: the kernel's middleware in order (request id, client
 * address, access log, security headers, drain guard, body checks, then shop key + origin
 * for the storefront API or staff session + CSRF for the admin API), every feature's
 * routes mounted from its `index.ts`, the OpenAPI document, static widgets and admin, and
 * the ONE error handler; and the one job runner with the kernel's and every feature's
 * kinds of job. The demo store is not part of the app: main.ts mounts it.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { feedback } from './feedback/index.ts';
import { identity } from './identity/index.ts';
import { interactions } from './interactions/index.ts';
import { accessLog } from './kernel/http/access-log.ts';
import { clientAddress } from './kernel/http/client-address.ts';
import { Problem, problemResponse, toProblem } from './kernel/http/errors.ts';
import { healthRoutes } from './kernel/http/health.ts';
import { cleanQuery } from './kernel/http/input-rules.ts';
import { jsonBody } from './kernel/http/json-body.ts';
import type { AppDeps, BaseEnv, Feature } from './kernel/http/router.ts';
import { securityHeaders } from './kernel/http/security-headers.ts';
import { shopContext, storefrontPreflight } from './kernel/http/shop-auth.ts';
import { requireStaff } from './kernel/http/staff-auth.ts';
import { widgetRoutes } from './kernel/http/static.ts';
import type { WidgetAssets } from './kernel/http/widget-assets.ts';
import { housekeepingJobs, housekeepingSchedules } from './kernel/jobs/housekeeping.ts';
import { JobRunner } from './kernel/jobs/runner.ts';
import { mailJobs } from './kernel/mail/sender.ts';
import type { Transporter } from 'nodemailer';
import { VERSION } from './kernel/version.ts';
import { orders } from './orders/index.ts';
import { recommendations } from './recommendations/index.ts';
import { shops } from './shops/index.ts';
import { staff } from './staff/index.ts';
import { uploads } from './uploads/index.ts';

/** Every feature, in the order its routes are mounted. A new feature adds one line here. */
export const FEATURES: Feature[] = [identity, shops, staff, orders, uploads, feedback, interactions, recommendations];

export interface AppOptions extends AppDeps {
  widgets: WidgetAssets;
  /** Set while shutting down: new requests get 503 and `Connection: close`. */
  draining?: () => boolean;
}

export function createApp(opts: AppOptions, features: Feature[] = FEATURES) {
  const { db, config, log } = opts;
  const app = new OpenAPIHono<BaseEnv>();

  app.use('*', requestId({ headerName: 'x-request-id' }));
  app.use('*', clientAddress(config.TRUST_PROXY === 'true'));
  app.use('*', accessLog(log));
  app.use('*', securityHeaders(config.TRUST_PROXY === 'true'));
  app.use('*', cleanQuery());
  app.use('*', async function drainGuard(_c, next) {
    if (opts.draining?.()) throw new Problem('unavailable', { headers: { connection: 'close', 'retry-after': '5' } });
    return next();
  });

  app.route('/', healthRoutes(opts));

  // The API: storefront (shop key + origin) or admin (session + CSRF) first, then the body:
  // nothing reads a body before it is known whom it is for.
  const rawBodies = new Set(features.flatMap((f) => f.rawBodies ?? []));
  const beaconBodies = new Set(features.flatMap((f) => f.beaconBodies ?? []));
  app.use('/v1/*', storefrontPreflight());
  const staffOnly = requireStaff(db.sql);
  const shopOnly = shopContext(db.sql);
  app.use('/v1/*', async function v1Auth(c, next) {
    const path = c.req.path;
    if (path === '/v1/openapi.json') return next();
    if (path.startsWith('/v1/admin/')) {
      // Signing in is the one admin call made without a session.
      if (path === '/v1/admin/session' && c.req.method === 'POST') return next();
      return staffOnly(c as never, next);
    }
    return shopOnly(c as never, next);
  });
  app.use('/v1/*', jsonBody({ limit: config.MAX_BODY_BYTES, skip: (path) => rawBodies.has(path), plainText: (path) => beaconBodies.has(path) }));
  for (const f of features) {
    if (f.routes) app.route('/v1', f.routes(opts));
    if (f.adminRoutes) app.route('/v1', f.adminRoutes(opts));
  }

  app.doc31('/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Rapport API',
      version: VERSION,
      description:
        'Customer self-service and CRM for online shops. Storefront routes name the shop with the ' +
        '`X-Rapport-Shop` header (its public key); admin routes use the session cookie and `X-CSRF-Token`. ' +
        'Every error is RFC 9457 problem+json.',
    },
  });

  for (const f of features) if (f.pages) app.route('/', f.pages(opts) as Hono<BaseEnv>);
  app.route('/', widgetRoutes(opts.widgets));

  app.notFound((c) => problemResponse(c, new Problem('not-found', { detail: `No route for ${c.req.method} ${c.req.path}` })));
  app.onError((err, c) => {
    const p = toProblem(err);
    if (p.status >= 500) log.error('unhandled error', { requestId: c.var.requestId, err: String((err as Error)?.stack ?? err) });
    return problemResponse(c, p);
  });
  return app;
}

/**
 * The job runner: mail delivery and housekeeping from the kernel, plus every feature's
 * kinds of job and schedules. `transport` is the SMTP transport (none: mail is kept for the log).
 */
export function createJobRunner(deps: AppDeps & { transport?: Transporter }, features: Feature[] = FEATURES): JobRunner {
  const { db, config, log } = deps;
  return new JobRunner({
    sql: db.sql,
    log,
    handlers: Object.assign(
      {},
      mailJobs({ sql: db.sql, log, transport: deps.transport, domain: config.PUBLIC_URL ? new URL(config.PUBLIC_URL).hostname : 'rapport.local' }),
      housekeepingJobs(db.sql, log),
      ...features.map((f) => f.jobs?.(deps) ?? {}),
    ),
    schedules: [...housekeepingSchedules, ...features.flatMap((f) => f.schedules ?? [])],
    intervalMs: config.JOB_POLL_MS,
    leaseSeconds: config.JOB_LEASE_SECONDS,
  });
}
