/**
 * @module Admin sign-in: `POST /v1/admin/session` (email + password → HttpOnly session
 * cookie and a CSRF token), `GET` (who am I), `DELETE` (sign out), with lockout that
 * grows after repeated failures and an audit row for each sign-in and sign-out.
 */
import { createRoute } from '@hono/zod-openapi';
import { adminErrors, commonErrors, problem } from '../kernel/http/contract.ts';
import { SessionView, SignInBody } from './contract.ts';
import { dummyHash, verifyPassword } from './password.ts';
import { audit } from '../kernel/db/audit.ts';
import { findShopById } from '../kernel/db/shops.ts';
import { clearFailedSignIns, findStaffForSignIn, lockedFor, recordFailedSignIn, type Staff } from './db.ts';
import { createStaffSession, deleteStaffSession } from '../kernel/db/sessions.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { hit } from '../kernel/db/rate-limits.ts';
import { Problem } from '../kernel/http/errors.ts';
import {
  assertSameOrigin, clearSessionCookie, setSessionCookie, type StaffEnv,
} from '../kernel/http/staff-auth.ts';
import { clientIp, router, type AppDeps } from '../kernel/http/router.ts';

/** Sign-in attempts one address may make in a window, whatever the emails. */
export const SIGN_IN_PER_IP = { hits: 30, seconds: 600 };

const signIn = createRoute({
  method: 'post',
  path: '/admin/session',
  tags: ['Admin'],
  summary: 'Sign in with email and password',
  request: { body: { required: true, content: { 'application/json': { schema: SignInBody } } } },
  responses: {
    200: { description: 'Signed in; sets the session cookie', content: { 'application/json': { schema: SessionView } } },
    401: problem('Wrong email or password'),
    403: problem('Cross-site request'),
    429: problem('Locked after repeated failures, or too many attempts from this address; see Retry-After'),
    ...commonErrors,
  },
});

const whoAmI = createRoute({
  method: 'get',
  path: '/admin/session',
  tags: ['Admin'],
  summary: 'The signed-in staff member, their shop and CSRF token',
  responses: {
    200: { description: 'Session', content: { 'application/json': { schema: SessionView } } },
    ...adminErrors,
  },
});

const signOut = createRoute({
  method: 'delete',
  path: '/admin/session',
  tags: ['Admin'],
  summary: 'Sign out (needs X-CSRF-Token)',
  responses: { 204: { description: 'Signed out' }, ...adminErrors },
});

async function view(deps: AppDeps, staff: Staff, csrfToken: string, expiresAt: Date) {
  const shop = await findShopById(deps.db.sql, staff.shopId);
  if (!shop) throw new Problem('unauthorized');
  return {
    staff: { id: staff.id, email: staff.email, name: staff.name, role: staff.role },
    shop: { id: shop.id, name: shop.name, publicKey: shop.publicKey },
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  };
}

export function adminSessionRoutes(deps: AppDeps) {
  const { sql } = deps.db;
  const app = router<StaffEnv>();

  app.openapi(signIn, async (c) => {
    assertSameOrigin(c);
    const { email, password } = c.req.valid('json');
    const ip = clientIp(c);
    // Per address as well as per email: guessing many accounts from one place is slowed too.
    if (ip) {
      const tries = await hit(sql, `signin:ip:${ip}`, SIGN_IN_PER_IP.seconds);
      if (tries.hits > SIGN_IN_PER_IP.hits) {
        throw new Problem('rate-limited', { headers: { 'retry-after': String(tries.resetIn) }, extra: { retryAfter: tries.resetIn } });
      }
    }
    const wait = await lockedFor(sql, email);
    if (wait > 0) {
      deps.log.warn('admin sign-in while locked', { email, ip });
      throw new Problem('locked', { headers: { 'retry-after': String(wait) }, extra: { retryAfter: wait } });
    }
    const staff = await findStaffForSignIn(sql, email);
    const ok = await verifyPassword(password, staff?.passwordHash ?? (await dummyHash()));
    if (!staff || !ok) {
      const lock = await recordFailedSignIn(sql, email);
      if (staff) {
        await withShop(sql, staff.shopId, (tx) =>
          audit(tx, { shopId: staff.shopId, actorType: 'staff', actorId: staff.id, action: 'staff.sign_in_failed', ip }),
        );
      }
      deps.log.warn('admin sign-in failed', { email, ip, lockSeconds: lock });
      throw new Problem('invalid-credentials');
    }
    await clearFailedSignIns(sql, email);
    const { passwordHash: _, ...who } = staff;
    const session = await withShop(sql, staff.shopId, async (tx) => {
      const s = await createStaffSession(tx, who, { ip, userAgent: c.req.header('user-agent') });
      await audit(tx, { shopId: staff.shopId, actorType: 'staff', actorId: staff.id, action: 'staff.sign_in', ip });
      return s;
    });
    setSessionCookie(c, session.token);
    return c.json(await view(deps, who, session.csrfToken, session.expiresAt), 200);
  });

  app.openapi(whoAmI, async (c) => {
    const s = c.get('session');
    return c.json(await view(deps, s.staff, s.csrfToken, s.expiresAt), 200);
  });

  app.openapi(signOut, async (c) => {
    const s = c.get('session');
    await withShop(sql, s.staff.shopId, async (tx) => {
      await deleteStaffSession(tx, c.get('sessionToken'));
      await audit(tx, { shopId: s.staff.shopId, actorType: 'staff', actorId: s.staff.id, action: 'staff.sign_out', ip: clientIp(c) });
    });
    clearSessionCookie(c);
    return c.body(null, 204);
  });
  return app;
}
