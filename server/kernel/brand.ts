/**
 * @module How a shop presents itself in what Rapport sends and shows in its name (emails,
 * pages customers open from them): name, colour, logo, the way back to the store, and the
 * time zone its times are shown in. server/shops builds it from the shop's settings.
 */
export interface Brand {
  shopName: string;
  /** A CSS hex colour for buttons and rules. */
  color: string;
  /** An https address of the shop's logo, if it set one. */
  logoUrl?: string;
  /** The store's home page (a way back from every page and mail), if known. */
  homeUrl?: string;
  /** IANA time zone times are shown in, e.g. `Asia/Shanghai`. */
  timeZone: string;
}

export const DEFAULT_BRAND_COLOR = '#2f5d50';
export const safeColor = (c: string) => (/^#[0-9a-f]{3,8}$/i.test(c) ? c : DEFAULT_BRAND_COLOR);

/** An instant in the reader's language and the shop's zone, with the zone named (e.g. "27 Nov 2026, 10:41 GMT+8"). */
export function formatTime(date: Date, locale: string, timeZone: string): string {
  const parts = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(locale, { ...parts, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(date);
  }
}
