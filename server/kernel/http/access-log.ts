/**
 * @module The access log: one JSON line per request (method, path, status, milliseconds,
 * request id), at debug for successes, warn for 4xx and error for 5xx.
 */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../log.ts';
import type { BaseEnv } from './router.ts';

export function accessLog(log: Logger): MiddlewareHandler<BaseEnv> {
  return async function accessLog(c, next) {
    const start = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      ...(c.error && status >= 400 ? { error: c.error.message } : {}),
    };
    if (status >= 500) log.error('request', fields);
    else if (status >= 400) log.warn('request', fields);
    else log.debug('request', fields);
  };
}
