/**
 * @module The shop's public settings (`GET /v1/shop`: name, languages, currency, what each
 * widget offers): one request per page and shop, shared by every element that needs them.
 */
import type { ShopPublic } from '../../server/shops/contract.ts';
import { apiGet, rapport } from './config.ts';

export type { ShopPublic };

const settings = new Map<string, Promise<ShopPublic | undefined>>();

/** The shop's public settings, or undefined when they cannot be loaded (the caller keeps its defaults). */
export function shopSettings(): Promise<ShopPublic | undefined> {
  const shop = rapport()?.shop ?? '';
  if (!settings.has(shop)) settings.set(shop, apiGet<ShopPublic>('/v1/shop').then((r) => (r.ok ? r.value : undefined)));
  return settings.get(shop)!;
}
