/**
 * @module `GET /v1/admin/audit`: the shop's audit log, newest first.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { adminErrors } from '../kernel/http/contract.ts';
import { AuditList } from './contract.ts';
import { listAudit } from '../kernel/db/audit.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import type { StaffEnv } from '../kernel/http/staff-auth.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';

const list = createRoute({
  method: 'get',
  path: '/admin/audit',
  tags: ['Admin'],
  summary: 'Audit log of sign-ins and staff changes',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: {
    200: { description: 'Entries', content: { 'application/json': { schema: AuditList } } },
    ...adminErrors,
  },
});

export function adminAuditRoutes({ db }: AppDeps) {
  const app = router<StaffEnv>();
  app.openapi(list, async (c) => {
    const { limit } = c.req.valid('query');
    const shopId = c.get('session').staff.shopId;
    const rows = await withShop(db.sql, shopId, (tx) => listAudit(tx, limit));
    return c.json({ items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) }, 200);
  });
  return app;
}
