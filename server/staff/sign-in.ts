/**
 * @module Signing staff in: throttled per client address, per account and address, and per
 * account — every count a window that decays on its own — while a browser that signed in
 * to the account before (its device cookie) is judged only by its own failures, so
 * strangers guessing an email never lock its owner out. The same answer for an unknown
 * email and a wrong password, in the same time. Every attempt is audited.
 */
import type { Context } from 'hono';
import { audit } from '../kernel/db/audit.ts';
import { hit, peek } from '../kernel/db/rate-limits.ts';
import { createStaffSession, type Staff } from '../kernel/db/sessions.ts';
import { findShopById } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { Problem } from '../kernel/http/errors.ts';
import type { AppDeps } from '../kernel/http/router.ts';
import { findStaffForSignIn } from './db.ts';
import { knownDevice, rememberDevice } from './device.ts';
import { SIGN_IN } from './limits.ts';
import { dummyHash, verifyPassword } from './password.ts';

const wait = (slug: 'locked' | 'rate-limited', seconds: number) =>
  new Problem(slug, { headers: { 'retry-after': String(seconds) }, extra: { retryAfter: seconds } });

export async function signIn(deps: AppDeps, c: Context, email: string, password: string) {
  const { sql } = deps.db;
  const address = clientIp(c as never);
  const ip = address ?? 'unknown';
  const account = email.trim().toLowerCase();
  // Guessing many accounts from one place is slowed too (every real request has an address).
  if (address) {
    const tries = await hit(sql, `signin:ip:${address}`, SIGN_IN.perClient.seconds);
    if (tries.hits > SIGN_IN.perClient.hits) throw wait('rate-limited', tries.resetIn);
  }

  const staff = await findStaffForSignIn(sql, account);
  const shop = staff ? await findShopById(sql, staff.shopId) : undefined;
  const device = staff && shop ? knownDevice(c, shop, staff.id) : undefined;
  const buckets = device
    ? [{ key: `signin:device:${device}`, ...SIGN_IN.perDevice }]
    : [{ key: `signin:acct:${account}`, ...SIGN_IN.perAccount }, { key: `signin:acct-ip:${account}:${ip}`, ...SIGN_IN.perAccountClient }];
  for (const b of buckets) {
    const n = await peek(sql, b.key, b.seconds);
    if (n.hits >= b.hits) {
      deps.log.warn('admin sign-in while throttled', { email: account, ip, knownDevice: !!device });
      throw wait('locked', n.resetIn);
    }
  }

  const ok = await verifyPassword(password, staff?.passwordHash ?? (await dummyHash()));
  if (!staff || !shop || !ok) {
    for (const b of device ? buckets : [{ key: `signin:acct:${account}`, ...SIGN_IN.perAccount }, { key: `signin:acct-ip:${account}:${ip}`, ...SIGN_IN.perAccountClient }]) {
      await hit(sql, b.key, b.seconds);
    }
    if (staff) {
      await withShop(sql, staff.shopId, (tx) =>
        audit(tx, { shopId: staff.shopId, actorType: 'staff', actorId: staff.id, action: 'staff.sign_in_failed', ip, data: { knownDevice: !!device } }),
      );
    }
    deps.log.warn('admin sign-in failed', { email: account, ip });
    throw new Problem('invalid-credentials');
  }

  const { passwordHash: _, ...who } = staff;
  const session = await withShop(sql, staff.shopId, async (tx) => {
    const s = await createStaffSession(tx, who, { ip, userAgent: c.req.header('user-agent') });
    await audit(tx, { shopId: staff.shopId, actorType: 'staff', actorId: staff.id, action: 'staff.sign_in', ip });
    return s;
  });
  rememberDevice(c, shop, staff.id, device);
  return { staff: who as Staff, session };
}
