/**
 * @module Provisioning: a new shop with its first owner (CLI, demo seed, tests) and new
 * staff, each with an audit row. Passwords are generated when not given.
 */
import { randomBytes } from 'node:crypto';
import { audit } from '../kernel/db/audit.ts';
import type { Sql } from '../kernel/db/client.ts';
import { forgetShop, type Shop } from '../kernel/db/shops.ts';
import { createShop, currentShop, saveAllowedOrigins, type NewShop } from './db.ts';
import { addStaff, hashPassword, PASSWORD_MAX, PASSWORD_MIN, type Staff, type StaffRole } from '../staff/index.ts';
import { withShop } from '../kernel/db/tenancy.ts';

export const generatePassword = (): string => randomBytes(12).toString('base64url');

export class ProvisionError extends Error {}

function checkPassword(pw: string): void {
  if (pw.length < PASSWORD_MIN || pw.length > PASSWORD_MAX) {
    throw new ProvisionError(`A password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long`);
  }
}

export function checkOrigin(origin: string): string {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    throw new ProvisionError(`"${origin}" is not an origin like https://shop.example`);
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.origin !== origin.replace(/\/$/, '')) {
    throw new ProvisionError(`"${origin}" is not an origin like https://shop.example (scheme, host, optional port)`);
  }
  return u.origin;
}

export interface ProvisionedShop {
  shop: Shop;
  owner: Staff;
  ownerPassword: string;
}

export async function createShopWithOwner(
  sql: Sql,
  input: NewShop & { ownerEmail: string; ownerName?: string; ownerPassword?: string },
): Promise<ProvisionedShop> {
  const password = input.ownerPassword ?? generatePassword();
  checkPassword(password);
  const origins = (input.allowedOrigins ?? []).map(checkOrigin);
  const passwordHash = await hashPassword(password);
  const shop = await sql.begin((tx) => createShop(tx, { ...input, allowedOrigins: origins }));
  const owner = await withShop(sql, shop.id, async (tx) => {
    const s = await addStaff(tx, {
      shopId: shop.id, email: input.ownerEmail, name: input.ownerName ?? 'Owner', role: 'owner', passwordHash,
    });
    await audit(tx, { shopId: shop.id, actorType: 'system', action: 'shop.create', targetType: 'shop', targetId: shop.id });
    await audit(tx, { shopId: shop.id, actorType: 'system', action: 'staff.add', targetType: 'staff', targetId: s.id, data: { role: 'owner' } });
    return s;
  });
  return { shop, owner, ownerPassword: password };
}

export async function addStaffMember(
  sql: Sql,
  shopId: string,
  input: { email: string; name: string; role: StaffRole; password?: string },
): Promise<{ staff: Staff; password: string }> {
  const password = input.password ?? generatePassword();
  checkPassword(password);
  const passwordHash = await hashPassword(password);
  const staff = await withShop(sql, shopId, async (tx) => {
    const s = await addStaff(tx, { shopId, email: input.email, name: input.name, role: input.role, passwordHash });
    await audit(tx, { shopId, actorType: 'system', action: 'staff.add', targetType: 'staff', targetId: s.id, data: { role: input.role } });
    return s;
  });
  return { staff, password };
}

/**
 * Adds and removes origins allowed to call the API for the shop (the store's domains: a new
 * custom domain, a staging site); each checked as `shop:create` checks them. Returns the list.
 */
export async function changeAllowedOrigins(sql: Sql, shopId: string, change: { add?: string[]; remove?: string[] }): Promise<string[]> {
  const add = (change.add ?? []).map(checkOrigin);
  const remove = new Set((change.remove ?? []).map((o) => o.replace(/\/$/, '')));
  const origins = await withShop(sql, shopId, async (tx) => {
    const shop = await currentShop(tx, { forUpdate: true });
    if (!shop) throw new ProvisionError('No such shop');
    const next = [...new Set([...shop.allowedOrigins.filter((o) => !remove.has(o)), ...add])];
    await saveAllowedOrigins(tx, shopId, next);
    await audit(tx, { shopId, actorType: 'system', action: 'shop.origins', targetType: 'shop', targetId: shopId, data: { origins: next } });
    return next;
  });
  // saveAllowedOrigins forgot the remembered shop inside the transaction; a storefront
  // request in between may have read (and remembered) the origins as they were.
  forgetShop(shopId);
  return origins;
}
