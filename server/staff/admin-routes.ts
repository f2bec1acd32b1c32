/**
 * @module Staff in the admin API: sign-in (`POST /v1/admin/session`: email + password →
 * HttpOnly session cookie and a CSRF token; throttled, see sign-in.ts),
 * who am I (`GET`), sign-out (`DELETE`), the staff list and the audit log. Every sign-in
 * and sign-out has its audit row.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { adminErrors, commonErrors, problem } from '../kernel/http/contract.ts';
import { AuditList, SessionView, SignInBody, StaffList } from './contract.ts';
import { audit, listAudit } from '../kernel/db/audit.ts';
import { findShopById } from '../kernel/db/shops.ts';
import { failedSignInsSincePrevious, listStaff, type Staff } from './db.ts';
import { signIn } from './sign-in.ts';
import { deleteStaffSession } from '../kernel/db/sessions.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { Problem } from '../kernel/http/errors.ts';
import {
  assertSameOrigin, clearSessionCookie, setSessionCookie, type StaffEnv,
} from '../kernel/http/staff-auth.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import { clientIp } from '../kernel/http/client-address.ts';

const signInRoute = createRoute({
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

const auditLog = createRoute({
  method: 'get',
  path: '/admin/audit',
  tags: ['Admin'],
  summary: 'Audit log of sign-ins and staff changes',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: { 200: { description: 'Entries', content: { 'application/json': { schema: AuditList } } }, ...adminErrors },
});

const staffList = createRoute({
  method: 'get',
  path: '/admin/staff',
  tags: ['Admin'],
  summary: "The shop's staff",
  responses: { 200: { description: 'Staff', content: { 'application/json': { schema: StaffList } } }, ...adminErrors },
});

async function view(deps: AppDeps, staff: Staff, csrfToken: string, expiresAt: Date) {
  const shop = await findShopById(deps.db.sql, staff.shopId);
  if (!shop) throw new Problem('unauthorized');
  const failedSignIns = await withShop(deps.db.sql, staff.shopId, (tx) => failedSignInsSincePrevious(tx, staff.id));
  return {
    staff: { id: staff.id, email: staff.email, name: staff.name, role: staff.role },
    shop: { id: shop.id, name: shop.name, publicKey: shop.publicKey },
    csrfToken,
    expiresAt: expiresAt.toISOString(),
    failedSignIns,
  };
}

export function staffAdminRoutes(deps: AppDeps) {
  const { sql } = deps.db;
  const app = router<StaffEnv>();

  app.openapi(signInRoute, async (c) => {
    assertSameOrigin(c);
    const { email, password } = c.req.valid('json');
    const { staff, session } = await signIn(deps, c, email, password);
    setSessionCookie(c, session.token);
    return c.json(await view(deps, staff, session.csrfToken, session.expiresAt), 200);
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

  app.openapi(auditLog, async (c) => {
    const rows = await withShop(sql, c.var.session.staff.shopId, (tx) => listAudit(tx, c.req.valid('query').limit));
    return c.json({ items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) }, 200);
  });

  app.openapi(staffList, async (c) => {
    const items = await withShop(sql, c.var.session.staff.shopId, (tx) => listStaff(tx));
    return c.json({ items: items.map(({ id, name, email, role }) => ({ id, name, email, role })) }, 200);
  });
  return app;
}
