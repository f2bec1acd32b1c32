/**
 * @module Orders' admin calls: the order search, one order with the shopper's timeline, and
 * the platforms' webhook deliveries — typed from the server contracts, made through the
 * admin core's `read`. Elements reach them with `api.area(OrdersApi)`.
 */
import type { Result } from '../../core/api-client.ts';
import { withQuery, type AdminCalls } from '../app/admin-api.ts';
import type { AdminOrderDetail, AdminOrderItem, AdminOrderPage, DeliveryItem, DeliveryPage } from '../../../server/orders/contract.ts';

export type { AdminOrderDetail, AdminOrderItem, AdminOrderPage, DeliveryItem, DeliveryPage };

/** The platforms and outcomes a delivery has (the server's lists, restated: a widget imports no server values but limits). */
export const DELIVERY_PLATFORMS = ['generic', 'shopify', 'woocommerce', 'medusa'] as const satisfies readonly DeliveryItem['platform'][];
export const DELIVERY_OUTCOMES = ['accepted', 'duplicate', 'stale', 'refused', 'ping'] as const satisfies readonly DeliveryItem['outcome'][];
export type Parcel = AdminOrderDetail['tracking']['parcels'][number];
export type Platform = DeliveryItem['platform'];
export type Outcome = DeliveryItem['outcome'];

const query = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString();

export class OrdersApi {
  constructor(private readonly api: AdminCalls) {}

  /** A page of orders matching `q` (number, email or customer name), late or exception parcels first. */
  search(ask: { q?: string; cursor?: string; limit?: number }, signal?: AbortSignal): Promise<Result<AdminOrderPage>> {
    return this.api.read(withQuery('/v1/admin/orders', query(ask)), signal);
  }

  /** One order with its lines and the timeline the shopper sees; 404 when the shop has no such order. */
  order(id: string, signal?: AbortSignal): Promise<Result<AdminOrderDetail>> {
    return this.api.read(`/v1/admin/orders/${encodeURIComponent(id)}`, signal);
  }

  /** The latest webhook deliveries, newest first, optionally one platform's or one outcome's. */
  deliveries(ask: { platform?: Platform; outcome?: Outcome; limit?: number }, signal?: AbortSignal): Promise<Result<DeliveryPage>> {
    return this.api.read(withQuery('/v1/admin/webhook-deliveries', query(ask)), signal);
  }
}
