/**
 * @module Staff accounts, their sign-in sessions and failed-sign-in lockout.
 */
import { randomToken, sha256 } from '../kernel/secrets.ts';
import type { Db, Sql } from '../kernel/db/client.ts';

export type StaffRole = 'owner' | 'agent';

export interface Staff {
  id: string;
  shopId: string;
  email: string;
  name: string;
  role: StaffRole;
}

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

export const SESSION_HOURS = 12;

export interface StaffSession {
  staff: Staff;
  csrfToken: string;
  expiresAt: Date;
}

/** Creates a session; returns the raw cookie token (only its hash is stored). */
export async function createStaffSession(
  tx: Db,
  staff: Staff,
  meta: { ip?: string; userAgent?: string },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const [row] = await tx<{ expiresAt: Date }[]>`
    insert into staff_sessions (token_hash, shop_id, staff_id, csrf_token, ip, user_agent, expires_at)
    values (${sha256(token)}, ${staff.shopId}, ${staff.id}, ${csrfToken}, ${meta.ip ?? null},
            ${meta.userAgent?.slice(0, 300) ?? null}, now() + make_interval(hours => ${SESSION_HOURS}))
    returning expires_at as "expiresAt"`;
  return { token, csrfToken, expiresAt: row.expiresAt };
}

/** System path: resolves a cookie token to its live session. */
export async function findStaffSession(sql: Sql, token: string): Promise<StaffSession | undefined> {
  const [row] = await sql<(Staff & { csrfToken: string; expiresAt: Date })[]>`
    select s.id, s.shop_id as "shopId", s.email, s.name, s.role,
           ss.csrf_token as "csrfToken", ss.expires_at as "expiresAt"
    from staff_sessions ss join staff s on s.id = ss.staff_id
    where ss.token_hash = ${sha256(token)} and ss.expires_at > now() and s.disabled_at is null`;
  if (!row) return undefined;
  const { csrfToken, expiresAt, ...staff } = row;
  return { staff, csrfToken, expiresAt };
}

export async function deleteStaffSession(tx: Db, token: string): Promise<void> {
  await tx`delete from staff_sessions where token_hash = ${sha256(token)}`;
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
