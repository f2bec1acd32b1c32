/**
 * @module Admin requests: resolves the staff session from its HttpOnly cookie, and
 * on every state-changing request demands the session's CSRF token (header
 * `X-CSRF-Token`) and, when the browser sends one, our own Origin.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { Problem } from './errors.ts';
import type { Sql } from '../db/client.ts';
import type { BaseEnv } from './router.ts';
import { findStaffSession, SESSION_HOURS, type StaffSession } from '../db/sessions.ts';
import { safeEqual } from '../secrets.ts';

export const SESSION_COOKIE = 'rapport_admin';
export type StaffEnv = { Variables: BaseEnv['Variables'] & { session: StaffSession; sessionToken: string } };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses cross-site writes: a browser always sends Origin on POST/PUT/PATCH/DELETE. */
export function assertSameOrigin(c: Context): void {
  const origin = c.req.header('origin');
  if (origin && origin !== new URL(c.req.url).origin) {
    throw new Problem('csrf', { detail: 'Cross-site request refused' });
  }
}

export function requireStaff(sql: Sql): MiddlewareHandler<StaffEnv> {
  return async function requireStaff(c, next) {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findStaffSession(sql, token) : undefined;
    if (!token || !session) throw new Problem('unauthorized', { detail: 'Sign in to the admin first' });
    if (!SAFE.has(c.req.method)) {
      assertSameOrigin(c);
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!safeEqual(sent, session.csrfToken)) throw new Problem('csrf');
    }
    c.set('session', session);
    c.set('sessionToken', token);
    return next();
  };
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'Strict' });
}
