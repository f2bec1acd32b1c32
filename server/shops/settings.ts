/**
 * @module A shop's settings, read: `shops.settings` (JSONB) parsed through the zod schema
 * of shops/contract.ts, so every reader gets the typed document with defaults, and the
 * brand that emails and customer pages show.
 */
import type { Shop } from '../kernel/db/shops.ts';
import type { Brand } from '../kernel/mail/layout.ts';
import { ShopSettings } from './contract.ts';

export function shopSettings(shop: Pick<Shop, 'settings'>): ShopSettings {
  const parsed = ShopSettings.safeParse(shop.settings ?? {});
  return parsed.success ? parsed.data : ShopSettings.parse({});
}

/** The shop's name and colour, as the mail layout and customer pages show them. */
export function brandOf(shop: Pick<Shop, 'name' | 'settings'>): Brand {
  return { shopName: shop.name, color: shopSettings(shop).brand.color };
}
