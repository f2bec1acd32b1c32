/**
 * @module Audit log: one row for every sign-in and every change staff make.
 */
import type { Db } from './client.ts';

export interface AuditEntry {
  shopId: string;
  actorType: 'staff' | 'customer' | 'system';
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  data?: Record<string, unknown>;
  ip?: string | null;
}

export async function audit(tx: Db, e: AuditEntry): Promise<void> {
  await tx`
    insert into audit_log (shop_id, actor_type, actor_id, action, target_type, target_id, data, ip)
    values (${e.shopId}, ${e.actorType}, ${e.actorId ?? null}, ${e.action}, ${e.targetType ?? null},
            ${e.targetId ?? null}, ${tx.json((e.data ?? {}) as never)}, ${e.ip ?? null})`;
}

export interface AuditRow {
  id: string;
  action: string;
  actorType: string;
  actorId: string | null;
  /** The staff member's name when the actor is staff. */
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

export async function listAudit(tx: Db, limit = 100): Promise<AuditRow[]> {
  return tx<AuditRow[]>`
    select a.id::text, a.action, a.actor_type as "actorType", a.actor_id as "actorId", s.name as "actorName",
           a.target_type as "targetType", a.target_id as "targetId", a.data, a.created_at as "createdAt"
    from audit_log a left join staff s on a.actor_type = 'staff' and s.id = a.actor_id
    order by a.id desc limit ${limit}`;
}
