/**
 * @module Security headers on every answer: a strict Content-Security-Policy for Rapport's
 * own pages (admin, customer pages, demo), no framing, no MIME sniffing, no referrer
 * leaking a thread link. A route that sets its own CSP keeps it (a photo is served with
 * `default-src 'none'`). HSTS only over https: sent over plain http it would be ignored at
 * best, and pin a development host at worst.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const HSTS = 'max-age=15552000; includeSubDomains';

export function securityHeaders(trustProxy: boolean): MiddlewareHandler {
  const defaults = secureHeaders({
    crossOriginResourcePolicy: false,
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
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
  });
  return async function securityHeaders(c, next) {
    let own: string | null = null;
    await defaults(c, async () => {
      await next();
      own = c.res.headers.get('content-security-policy');
    });
    if (own) c.res.headers.set('content-security-policy', own);
    const https = new URL(c.req.url).protocol === 'https:' || (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0].trim() === 'https');
    if (https) c.res.headers.set('strict-transport-security', HSTS);
  };
}
