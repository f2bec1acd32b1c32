/**
 * @module Contract: admin sign-in, session and audit log.
 */
import { z } from '@hono/zod-openapi';

export const SignInBody = z
  .object({
    email: z.email().max(320),
    password: z.string().min(1).max(256),
  })
  .openapi('SignInRequest');

export const StaffView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['owner', 'agent']),
  })
  .openapi('Staff');

export const SessionView = z
  .object({
    staff: StaffView,
    shop: z.object({ id: z.uuid(), name: z.string(), publicKey: z.string() }),
    csrfToken: z.string(),
    expiresAt: z.iso.datetime(),
    /** Failed sign-ins to this account since its owner's previous sign-in (shown to them). */
    failedSignIns: z.number().int().min(0),
  })
  .openapi('AdminSession');
export type SessionView = z.infer<typeof SessionView>;

export const AuditList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        action: z.string(),
        actorType: z.string(),
        actorId: z.string().nullable(),
        actorName: z.string().nullable(),
        targetType: z.string().nullable(),
        targetId: z.string().nullable(),
        data: z.record(z.string(), z.unknown()),
        createdAt: z.iso.datetime(),
      }),
    ),
  })
  .openapi('AuditList');

export const StaffList = z
  .object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(['owner', 'agent']) })) })
  .openapi('StaffList');
