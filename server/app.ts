/**
 * @module The Hono application: middleware in order (request id, access log, security
 * headers, drain guard, body checks), the /v1 API (storefront and admin), webhooks,
 * static widgets and admin, the demo store, OpenAPI, and the ONE error handler.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { MiddlewareHandler } from 'hono';
import { Problem, problemResponse, toProblem } from './kernel/http/errors.ts';
import { jsonBody } from './kernel/http/json-body.ts';
import { shopContext, storefrontPreflight } from './kernel/http/shop-auth.ts';
import { requireStaff } from './kernel/http/staff-auth.ts';
import { adminAuditRoutes } from './staff/audit-routes.ts';
import { adminSessionRoutes } from './staff/admin-routes.ts';
import { clientAddress, type AppDeps } from './kernel/http/router.ts';
import { healthRoutes } from './kernel/http/health.ts';
import { identityRoutes } from './identity/routes.ts';
import { feedbackRoutes } from './feedback/routes.ts';
import { adminFeedbackRoutes } from './feedback/admin-routes.ts';
import { threadRoutes } from './feedback/thread-routes.ts';
import { FEEDBACK_BODY_MAX } from './feedback/contract.ts';
import { widgetRoutes } from './kernel/http/static.ts';
import type { WidgetAssets } from './kernel/http/widget-assets.ts';
import { demoRoutes } from '../demo/routes.ts';
import { VERSION } from './kernel/version.ts';


export interface AppOptions extends AppDeps {
  widgets: WidgetAssets;
  /** Set while shutting down: new requests get 503 and `Connection: close`. */
  draining?: () => boolean;
}

function accessLog(deps: AppDeps): MiddlewareHandler {
  return async function accessLog(c, next) {
    const start = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      requestId: c.get('requestId' as never),
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      ...(c.error && status >= 400 ? { error: c.error.message } : {}),
    };
    if (status >= 500) deps.log.error('request', fields);
    else if (status >= 400) deps.log.warn('request', fields);
    else deps.log.debug('request', fields);
  };
}

export function createApp(opts: AppOptions) {
  const { db, config, log } = opts;
  const app = new OpenAPIHono();

  app.use('*', requestId({ headerName: 'x-request-id' }));
  app.use('*', clientAddress(config.TRUST_PROXY === 'true'));
  app.use('*', accessLog(opts));
  app.use(
    '*',
    secureHeaders({
      crossOriginResourcePolicy: false,
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
      },
    }),
  );
  app.use('*', async function drainGuard(c, next) {
    if (opts.draining?.()) {
      throw new Problem('unavailable', { headers: { connection: 'close', 'retry-after': '5' } });
    }
    return next();
  });

  app.route('/', healthRoutes(opts));

  // The API: body checks first, then storefront (shop key + origin) or admin (session + CSRF).
  app.use('/v1/*', jsonBody({ limit: (path) => (path === '/v1/feedback' ? Math.max(FEEDBACK_BODY_MAX, config.MAX_BODY_BYTES) : config.MAX_BODY_BYTES) }));
  app.use('/v1/*', storefrontPreflight(db.sql));
  app.use('/v1/*', async function v1Auth(c, next) {
    const path = c.req.path;
    if (path === '/v1/openapi.json') return next();
    if (path.startsWith('/v1/admin/')) {
      if (path === '/v1/admin/session' && c.req.method === 'POST') return next();
      return requireStaff(db.sql)(c as never, next);
    }
    return shopContext(db.sql)(c as never, next);
  });
  app.route('/v1', identityRoutes(opts));
  app.route('/v1', adminSessionRoutes(opts));
  app.route('/v1', adminAuditRoutes(opts));
  app.route('/v1', feedbackRoutes(opts));
  app.route('/v1', adminFeedbackRoutes(opts));

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

  app.route('/', threadRoutes(opts));
  app.route('/', widgetRoutes(opts.widgets));
  app.route('/', demoRoutes(opts));

  app.notFound((c) => problemResponse(c, new Problem('not-found', { detail: `No route for ${c.req.method} ${c.req.path}` })));
  app.onError((err, c) => {
    const p = toProblem(err);
    if (p.status >= 500) log.error('unhandled error', { requestId: c.get('requestId' as never), err: String((err as Error)?.stack ?? err) });
    return problemResponse(c, p);
  });
  return app;
}
