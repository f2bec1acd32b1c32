/**
 * @module Staff sign-in sessions: the cookie token is stored only as its SHA-256 hash,
 * with the session's CSRF token and expiry. The admin's auth middleware resolves a
 * cookie here on the system path (before the shop is known).
 */
import { randomToken, sha256 } from '../secrets.ts';
import type { Db, Sql } from './client.ts';

export type StaffRole = 'owner' | 'agent';

export interface Staff {
  id: string;
  shopId: string;
  email: string;
  name: string;
  role: StaffRole;
}

export const SESSION_HOURS = 12;

export interface StaffSession {
  staff: Staff;
  csrfToken: string;
  expiresAt: Date;
}

/** Inside withShop: creates a session; returns the raw cookie token (only its hash is stored). */
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

/** Inside withShop: ends a session. */
export async function deleteStaffSession(tx: Db, token: string): Promise<void> {
  await tx`delete from staff_sessions where token_hash = ${sha256(token)}`;
}
