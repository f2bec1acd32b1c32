/**
 * @module Parcels of a WooCommerce order. WooCommerce itself keeps no tracking; the
 * Shipment Tracking extension (and Advanced Shipment Tracking, which reads the same
 * key) stores them in the order's `meta_data` under `_wc_shipment_tracking_items`.
 */
import { z } from 'zod';
import type { CanonicalFulfillment } from '../canonical.ts';
import { textOrNull, httpUrlOrNull } from '../shared/text.ts';

export const TRACKING_META_KEY = '_wc_shipment_tracking_items';

const TrackingItem = z.object({
  tracking_id: z.union([z.string(), z.number()]).transform(String),
  tracking_provider: z.string().nullish(),
  custom_tracking_provider: z.string().nullish(),
  tracking_number: z.union([z.string(), z.number()]).transform(String),
  custom_tracking_link: z.string().nullish(),
  // Unix seconds, as a string or a number.
  date_shipped: z.union([z.string().regex(/^\d{1,12}$/), z.number().int().nonnegative()]).nullish(),
});

export const WooMetaData = z.array(z.object({ key: z.string(), value: z.unknown() })).nullish();

/**
 * The order's parcels from the extension's meta entry; entries that do not look like the
 * extension's are left out (meta_data is any plugin's free-form storage).
 */
export function wooTrackingFulfillments(
  meta: z.output<typeof WooMetaData>,
  orderRef: string,
  updatedAt: string,
): CanonicalFulfillment[] {
  const items = meta?.find((m) => m.key === TRACKING_META_KEY)?.value;
  if (!Array.isArray(items)) return [];
  return items.flatMap((raw) => {
    const parsed = TrackingItem.safeParse(raw);
    if (!parsed.success || !parsed.data.tracking_id.trim() || !parsed.data.tracking_number.trim()) return [];
    const item = parsed.data;
    return [{
      kind: 'fulfillment',
      platformId: item.tracking_id.trim(),
      orderRef,
      status: 'shipped',
      platformStatus: 'shipped',
      carrier: textOrNull(item.custom_tracking_provider) ?? textOrNull(item.tracking_provider),
      trackingNumber: item.tracking_number.trim(),
      trackingUrl: httpUrlOrNull(item.custom_tracking_link),
      shippedAt: item.date_shipped == null ? null : new Date(Number(item.date_shipped) * 1000).toISOString(),
      deliveredAt: null,
      estimatedDelivery: null,
      updatedAt,
      lines: [],
      events: [],
    }];
  });
}
