/**
 * @module The orders area's texts in English: the order search and list, one order with
 * the shopper's timeline, and the platforms' webhook deliveries. The source catalog: its
 * keys type the Chinese ones.
 */
import type { AdminCatalog, AdminEntry } from '../../app/admin-i18n.ts';

const en = {
  'tabs.label': 'Orders views',
  'tabs.orders': 'Orders',
  'tabs.deliveries': 'Webhook deliveries',

  'list.heading': 'Orders',
  'list.intro': 'Orders with a late or problem parcel come first, then the newest.',
  'list.search': 'Search orders',
  'list.searchHint': 'Order number, email or customer name',
  'list.submit': 'Search',
  'list.caption': 'Orders, late or problem parcels first',
  'list.number': 'Order',
  'list.date': 'Date',
  'list.customer': 'Customer',
  'list.status': 'Status',
  'list.total': 'Total',
  'list.attention': 'Attention',
  'list.late': 'Late',
  'list.exception': 'Problem',
  'list.none': 'No orders yet. They arrive from your store’s platform.',
  'list.noMatch': 'No order matches “{q}”.',
  'list.more': 'Show more',
  'list.loading': 'Loading orders…',
  'list.open': 'Open order {number}',

  'order.back': 'Back to orders',
  'order.heading': 'Order {number}',
  'order.placed': 'Placed {date}',
  'order.customer': 'Customer',
  'order.email': 'Email',
  'order.total': 'Total',
  'order.shippingMethod': 'Shipping method',
  'order.lines': 'Items',
  'order.parcels': 'Parcels',
  'order.noParcels': 'Nothing shipped yet.',
  'order.parcel': { one: 'Parcel {index}', other: 'Parcel {index} of {count}' },
  'order.carrier': 'Carrier',
  'order.tracking': 'Tracking number',
  'order.estimate': 'Estimated delivery',
  'order.estimateCarrier': '{date} (carrier)',
  'order.estimateShop': '{date} (your delivery rule)',
  'order.timeline': 'Timeline, as the shopper sees it',
  'order.events': 'Checkpoints',
  'order.noEvents': 'No checkpoint yet.',
  'order.loading': 'Loading the order…',
  'order.notFound': 'This order does not exist in your shop.',
  'order.late': 'Late',

  'step.ordered': 'Ordered',
  'step.paid': 'Paid',
  'step.packed': 'Packed',
  'step.shipped': 'Shipped',
  'step.in_transit': 'In transit',
  'step.out_for_delivery': 'Out for delivery',
  'step.delivered': 'Delivered',
  'stepState.done': 'done',
  'stepState.current': 'current step',
  'stepState.todo': 'not yet',

  'exception.failed_attempt': 'Delivery attempt failed',
  'exception.delayed': 'Delayed',
  'exception.returned': 'Returned to sender',

  'status.unpaid': 'Unpaid',
  'status.paid': 'Paid',
  'status.packed': 'Packed',
  'status.shipped': 'Shipped',
  'status.out_for_delivery': 'Out for delivery',
  'status.delivered': 'Delivered',
  'status.delayed': 'Delayed',
  'status.returned': 'Returned',
  'status.refunded': 'Refunded',
  'status.cancelled': 'Cancelled',
  'status.pending': 'Pending',
  'status.in_transit': 'In transit',
  'status.failed_attempt': 'Delivery attempt failed',
  'status.exception': 'Problem',

  'deliveries.heading': 'Webhook deliveries',
  'deliveries.intro': 'What each platform sent, newest first: accepted, duplicate (already applied), stale (older than what is stored) or refused, and why.',
  'deliveries.platform': 'Platform',
  'deliveries.outcome': 'Outcome',
  'deliveries.all': 'All',
  'deliveries.caption': 'Webhook deliveries, newest first',
  'deliveries.received': 'Received',
  'deliveries.topic': 'Topic',
  'deliveries.why': 'Why',
  'deliveries.at': 'at {path}',
  'deliveries.none': 'No delivery matches.',
  'deliveries.loading': 'Loading deliveries…',
  'deliveries.import': 'import',

  'platform.generic': 'Custom store',

  'outcome.accepted': 'Accepted',
  'outcome.duplicate': 'Duplicate',
  'outcome.stale': 'Stale',
  'outcome.refused': 'Refused',
  'outcome.ping': 'Ping',
} satisfies Record<string, AdminEntry>;

export type OrdersTextKey = keyof typeof en;
/** A catalog for one language: every English key, no other. */
export type OrdersCatalog = AdminCatalog<OrdersTextKey>;

export default en;
