/**
 * @module Inbox test data: feedback as the tests seed it on the real API (see
 * admin-control.ts), with times relative to now so the response clocks read the same on
 * every run, and a margin so a clock never sits on a boundary.
 */
import { PNG_1PX, type SeedFeedback } from '../helpers.ts';

/** Three items: an overdue complaint with photos and tags, an answered question from a known customer, a praise due in two days. */
export const ITEMS: SeedFeedback[] = [
  {
    kind: 'complaint', scoreType: 'csat', score: 2, text: 'The mug arrived chipped (1)', email: 'shopper1@example.com',
    context: { orderNumber: 'LL-1001' }, tags: ['broken', 'vip'], photos: [{ data: PNG_1PX }, { data: PNG_1PX }],
    createdHoursAgo: 19, dueInHours: -2.2,
  },
  {
    kind: 'question', text: 'The mug arrived chipped (2)', customer: { sub: 'ann-lee', email: 'shopper2@example.com', name: 'Ann Lee' },
    assignee: 'agent', status: 'waiting', createdHoursAgo: 6, firstResponseHoursAgo: 2.9,
  },
  { kind: 'praise', scoreType: 'nps', score: 10, text: 'The mug arrived chipped (3)', email: 'shopper3@example.com', createdHoursAgo: 19, dueInHours: 50.5 },
];

/** The order the first item is about. */
export const ORDERS = [{ number: 'LL-1001', email: 'shopper1@example.com' }];

/**
 * One item with everything the detail view shows: a verified customer with an earlier
 * request, an order with two lines in euros, a product, a photo with its preview, a satisfaction score and
 * a thread of a note, a reply and a customer's answer.
 */
export function detailItem(productId: string): SeedFeedback {
  return {
    kind: 'complaint', scoreType: 'csat', score: 2, text: 'The mug arrived chipped.\nCan you send a new one?',
    customer: { sub: 'ann-lee', email: 'ann@example.com', name: 'Ann Lee' },
    context: { pageUrl: 'https://shop.example/orders/LL-2001', pageTitle: 'Your order LL-2001', orderNumber: 'LL-2001', productId },
    tags: ['broken'], photos: [{ data: PNG_1PX, preview: PNG_1PX, width: 1, height: 1 }], createdHoursAgo: 19, dueInHours: 5, satisfaction: 4,
    messages: [
      { author: 'note', body: 'Checked the warehouse photos.', hoursAgo: 4 },
      { author: 'staff', body: 'Sorry! A new mug is on its way.', hoursAgo: 3 },
      { author: 'customer', body: 'Any news?', hoursAgo: 1 },
    ],
  };
}

/** The detail item's order: two lines and shipping, €42.50 in all, delivered. */
export const DETAIL_ORDER = {
  number: 'LL-2001', email: 'ann@example.com', sub: 'ann-lee', status: 'delivered' as const, currency: 'EUR',
  placedAt: '2025-04-28T09:00:00Z', shippingAmount: 600,
  lines: [{ title: 'Stoneware mug', quantity: 2, unitAmount: 1600 }, { title: 'Gift wrap', quantity: 1, unitAmount: 450 }],
};

/** The detail item's customer's earlier request, resolved. */
export const PAST_ITEM: SeedFeedback = {
  kind: 'praise', text: 'Lovely glaze.', customer: { sub: 'ann-lee', email: 'ann@example.com', name: 'Ann Lee' },
  status: 'resolved', createdHoursAgo: 24 * 60,
};
