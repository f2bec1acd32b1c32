/**
 * @module Orders: orders, lines, parcels and their checkpoint events. What other features may use.
 */
export {
  countOrdersByStatus, findOrder, findOrderByNumber, insertOrders, listFulfillments, listOrderLines, listOrders,
  FULFILLMENT_STATUSES, ORDER_STATUSES,
  type Fulfillment, type FulfillmentEvent, type FulfillmentStatus, type NewFulfillment, type NewFulfillmentEvent,
  type NewOrder, type NewOrderLine, type OrderLine, type OrderStatus, type OrderSummary,
} from './db.ts';
