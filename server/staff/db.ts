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

/** Failures before the first lock, and the cap on the lock. */
export const LOCKOUT = { freeFailures: 4, baseSeconds: 2, maxSeconds: 15 * 60 };

/** System path: seconds the email is still locked for (0 when free). */
export async function lockedFor(sql: Sql, email: string): Promise<number> {
  const [row] = await sql<{ s: number }[]>`
    select greatest(0, ceil(extract(epoch from locked_until - now())))::int as s
    from login_attempts where email = ${email.trim().toLowerCase()}`;
  return row?.s ?? 0;
}

/** System path: records a failure and locks with a delay that doubles each time. */
export async function recordFailedSignIn(sql: Sql, email: string): Promise<number> {
  const { freeFailures, baseSeconds, maxSeconds } = LOCKOUT;
  const [row] = await sql<{ failures: number }[]>`
    insert into login_attempts as la (email, failures, last_failure_at)
    values (${email.trim().toLowerCase()}, 1, now())
    on conflict (email) do update set failures = la.failures + 1, last_failure_at = now()
    returning failures`;
  const over = row.failures - freeFailures;
  if (over <= 0) return 0;
  const seconds = Math.min(maxSeconds, baseSeconds * 2 ** (over - 1));
  await sql`update login_attempts set locked_until = now() + make_interval(secs => ${seconds})
            where email = ${email.trim().toLowerCase()}`;
  return seconds;
}

export async function clearFailedSignIns(sql: Sql, email: string): Promise<void> {
  await sql`delete from login_attempts where email = ${email.trim().toLowerCase()}`;
}

/** Inside withShop: whether `id` is an active staff member of this shop (an assignee must be). */
export async function isActiveStaff(tx: Db, id: string): Promise<boolean> {
  const [row] = await tx`select 1 from staff where id = ${id} and disabled_at is null`;
  return row !== undefined;
}
