/**
 * @module Staff accounts and failed-sign-in lockout (the sessions themselves are the
 * kernel's, server/kernel/db/sessions.ts, since every admin request resolves one).
 */
import type { Db, Sql } from '../kernel/db/client.ts';
import type { Staff, StaffRole } from '../kernel/db/sessions.ts';

export type { Staff, StaffRole };

interface StaffWithHash extends Staff {
  passwordHash: string;
}

const staffColumns = (sql: Db) =>
  sql`id, shop_id as "shopId", email, name, role`;

/** Inside withShop (or the system path when creating a shop's first owner). */
export async function addStaff(
  tx: Db,
  s: { shopId: string; email: string; name: string; role: StaffRole; passwordHash: string },
): Promise<Staff> {
  const [row] = await tx<Staff[]>`
    insert into staff (shop_id, email, name, role, password_hash)
    values (${s.shopId}, ${s.email.trim().toLowerCase()}, ${s.name}, ${s.role}, ${s.passwordHash})
    returning ${staffColumns(tx)}`;
  return row;
}

export async function listStaff(tx: Db): Promise<Staff[]> {
  return tx<Staff[]>`select ${staffColumns(tx)} from staff where disabled_at is null order by created_at`;
}

/** System path: sign-in happens before the shop is known. */
export async function findStaffForSignIn(sql: Sql, email: string): Promise<StaffWithHash | undefined> {
  const [row] = await sql<StaffWithHash[]>`
    select ${staffColumns(sql)}, password_hash as "passwordHash"
    from staff where lower(email) = ${email.trim().toLowerCase()} and disabled_at is null`;
  return row;
}

/**
 * Inside withShop: failed sign-ins to this account since its owner's previous successful
 * sign-in (what they are shown when they come back), from the audit log.
 */
export async function failedSignInsSincePrevious(tx: Db, staffId: string): Promise<number> {
  const [row] = await tx<{ n: number }[]>`
    select count(*)::int as n from audit_log
    where actor_id = ${staffId} and action = 'staff.sign_in_failed'
      and created_at > coalesce((select created_at from audit_log where actor_id = ${staffId} and action = 'staff.sign_in'
                                 order by id desc offset 1 limit 1), '-infinity')`;
  return row.n;
}

/** Inside withShop: whether `id` is an active staff member of this shop (an assignee must be). */
export async function isActiveStaff(tx: Db, id: string): Promise<boolean> {
  const [row] = await tx`select 1 from staff where id = ${id} and disabled_at is null`;
  return row !== undefined;
}
