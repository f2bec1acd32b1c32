/**
 * @module A shop's settings, read: `shops.settings` (JSONB) parsed through the zod schema
 * of shops/contract.ts, so every reader gets the typed document with defaults, and the
 * brand that emails and customer pages show.
 */
import type { Shop } from '../kernel/db/shops.ts';
import type { Brand } from '../kernel/brand.ts';
import { ShopSettings } from './contract.ts';

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
