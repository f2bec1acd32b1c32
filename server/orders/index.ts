/**
 * @module Orders: orders, lines, parcels and their checkpoint events; a verified customer's
 * order in brief (`GET /v1/orders/{number}`). What other features may use.
 */
import type { Feature } from '../kernel/http/router.ts';
import { orderAdminRoutes } from './admin-routes.ts';
import { RECONCILE_JOB, reconcileJobs } from './reconcile.ts';
import { orderRoutes } from './routes.ts';
import { webhookRoutes } from './webhooks.ts';

/** Storefront routes under /v1; Admin → Orders under /v1/admin; the platforms' webhooks (`/webhooks/{platform}/{shopId}`) outside it. */
export const orders: Feature = {
  name: 'orders', routes: orderRoutes, adminRoutes: orderAdminRoutes, pages: webhookRoutes,
  jobs: ({ db, log }) => reconcileJobs(db.sql, log),
  // WooCommerce drops webhooks that keep failing: every hour, what changed since is pulled.
  schedules: [{ kind: RECONCILE_JOB, everySeconds: 3600 }],
};

export type { OrderSummaryView } from './contract.ts';
export { purchaseEvents, recordPurchases, type SoldOrder } from './purchases.ts';
export {
  countOrdersByStatus, findOrder, findOrderByNumber, insertOrders, listFulfillments, listOrderLines, listOrders,
  FULFILLMENT_STATUSES, ORDER_STATUSES,
  type Fulfillment, type FulfillmentEvent, type FulfillmentStatus, type NewFulfillment, type NewFulfillmentEvent,
  type NewOrder, type NewOrderLine, type OrderLine, type OrderStatus, type OrderSummary,
} from './db.ts';
export { importOrders, ImportError, IMPORT_PLATFORMS, type ImportSummary } from './import.ts';
export { saveWebhookSecret, saveWooConnection, listDeliveries, type DeliveryLogEntry, type SyncPlatform } from './db.ts';
export { reconcileWooCommerce, type ReconcileReport } from './reconcile.ts';
