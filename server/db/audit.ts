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
  targetType: string | null;
  targetId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

export async function listAudit(tx: Db, limit = 100): Promise<AuditRow[]> {
  return tx<AuditRow[]>`
    select id::text, action, actor_type as "actorType", actor_id as "actorId", target_type as "targetType",
           target_id as "targetId", data, created_at as "createdAt"
    from audit_log order by id desc limit ${limit}`;
}
