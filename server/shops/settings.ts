/**
 * @module A shop's settings, read: `shops.settings` (JSONB) parsed through the zod schema
 * of shops/contract.ts, so every reader gets the typed document with defaults, and the
 * brand that emails and customer pages show.
 */
import type { Shop } from '../kernel/db/shops.ts';
import type { Brand } from '../kernel/brand.ts';
import type { Sql } from '../kernel/db/client.ts';
import { audit } from '../kernel/db/audit.ts';
import { forgetShop } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { Problem } from '../kernel/http/errors.ts';
import { ShopSettings } from './contract.ts';
import { currentShop, saveSettings } from './db.ts';

export function shopSettings(shop: Pick<Shop, 'settings'>): ShopSettings {
  const parsed = ShopSettings.safeParse(shop.settings ?? {});
  return parsed.success ? parsed.data : ShopSettings.parse({});
}

/** How the shop presents itself in mails and customer pages; the way home defaults to its first allowed origin. */
export function brandOf(shop: Pick<Shop, 'name' | 'settings' | 'allowedOrigins'>): Brand {
  const { brand } = shopSettings(shop);
  return {
    shopName: shop.name, color: brand.color, logoUrl: brand.logoUrl, timeZone: brand.timeZone,
    homeUrl: brand.homeUrl ?? (shop.allowedOrigins[0] ? `${shop.allowedOrigins[0]}/` : undefined),
  };
}

/**
 * Changes the shop's settings with `change` (the document read and locked in the same
 * transaction, validated after): for provisioning, seeds and sync — the admin's routes
 * audit their own changes.
 */
export async function updateShopSettings(sql: Sql, shopId: string, change: (s: ShopSettings) => ShopSettings): Promise<ShopSettings> {
  const next = await withShop(sql, shopId, async (tx) => {
    const shop = await currentShop(tx, { forUpdate: true });
    if (!shop) throw new Error('no such shop');
    const next = ShopSettings.parse(change(shopSettings(shop)));
    await saveSettings(tx, shopId, next);
    return next;
  });
  // saveSettings forgot the remembered shop inside the transaction; a storefront request in
  // between may have read (and remembered) the row as it was before the commit.
  forgetShop(shopId);
  return next;
}

/** The settings sections a staff member changes in the admin, one form each. */
export type SettingsSection = 'feedback' | 'recommendations' | 'shipmentMails' | 'delivery';

/**
 * Saves one section of the settings from the admin: owners only, audited with what it was
 * and what it is now, the document read and locked inside the transaction so two owners
 * saving at once never undo each other's other sections.
 */
export async function saveSettingsSection<K extends SettingsSection>(
  sql: Sql,
  by: { staff: { id: string; shopId: string; role: string }; ip: string | undefined },
  section: K,
  value: ShopSettings[K],
): Promise<void> {
  const { staff } = by;
  if (staff.role !== 'owner') throw new Problem('forbidden', { detail: 'Only an owner can change shop settings' });
  await withShop(sql, staff.shopId, async (tx) => {
    const shop = await currentShop(tx, { forUpdate: true });
    if (!shop) throw new Problem('unauthorized');
    const before = shopSettings(shop);
    await saveSettings(tx, staff.shopId, { ...before, [section]: value });
    await audit(tx, { shopId: staff.shopId, actorType: 'staff', actorId: staff.id, action: `settings.${section}`, data: { before: before[section], after: value }, ip: by.ip });
  });
  forgetShop(staff.shopId); // after the commit too (see updateShopSettings)
}
