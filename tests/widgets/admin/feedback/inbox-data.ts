/**
 * @module Inbox test data: items and a detail as the API returns them, built around a
 * fixed "now" so response clocks read the same on every run.
 */
import type { FeedbackDetail, InboxItem, StaffMember } from '../../../../widgets/admin/feedback/feedback-api.ts';
import { session } from '../helpers.ts';

/** A 1×1 PNG, so the photo loads without a server. */
export const PHOTO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
export const NOW = Date.parse('2025-05-02T12:00:00Z');
const hoursFromNow = (h: number) => new Date(NOW + h * 3600_000).toISOString();

export const staff: StaffMember[] = [
  session.staff,
  { id: '00000000-0000-4000-8000-000000000002', email: 'bo@example.com', name: 'Bo Chen', role: 'agent' },
];

export const id = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function item(n: number, extra: Partial<InboxItem> = {}): InboxItem {
  return {
    id: id(n), reference: `FB-${1000 + n}`, kind: 'complaint', status: 'new', scoreType: 'csat', score: 2,
    excerpt: `The mug arrived chipped (${n})`, customerName: null, contactEmail: `shopper${n}@example.com`,
    orderNumber: 'LL-1001', assigneeId: null, assigneeName: null, tags: [], photoCount: 0,
    dueAt: hoursFromNow(5), firstResponseAt: null, createdAt: hoursFromNow(-19), ...extra,
  };
}

export const items: InboxItem[] = [
  item(1, { dueAt: hoursFromNow(-2), tags: ['broken', 'vip'], photoCount: 2 }),
  item(2, { kind: 'question', scoreType: 'none', score: null, customerName: 'Ann Lee', orderNumber: null,
    assigneeId: staff[1].id, assigneeName: 'Bo Chen', status: 'waiting',
    createdAt: hoursFromNow(-6), firstResponseAt: hoursFromNow(-3) }),
  item(3, { kind: 'praise', scoreType: 'nps', score: 10, dueAt: hoursFromNow(50) }),
];

export const detail: FeedbackDetail = {
  ...item(1, { customerName: 'Ann Lee', contactEmail: 'ann@example.com', tags: ['broken'], photoCount: 1 }),
  body: 'The mug arrived chipped.\nCan you send a new one?',
  locale: 'en',
  pageUrl: 'https://shop.example/orders/LL-1001',
  pageTitle: 'Your order LL-1001',
  resolvedAt: null,
  satisfaction: 4,
  photos: [{ id: id(91), contentType: 'image/png', size: 2048, url: PHOTO }],
  order: {
    id: id(51), number: 'LL-1001', status: 'delivered', totalAmount: 4250, currency: 'EUR', placedAt: '2025-04-28T09:00:00Z',
    lines: [{ title: 'Stoneware mug', quantity: 2, unitAmount: 1600 }, { title: 'Gift wrap', quantity: 1, unitAmount: 450 }],
  },
  product: { id: id(61), title: 'Stoneware mug', handle: 'stoneware-mug' },
  customer: {
    id: id(71), name: 'Ann Lee', email: 'ann@example.com',
    pastFeedback: [
      { id: id(1), reference: 'FB-1001', kind: 'complaint', status: 'new', createdAt: hoursFromNow(-19) },
      { id: id(8), reference: 'FB-0998', kind: 'praise', status: 'resolved', createdAt: '2025-03-01T10:00:00Z' },
    ],
  },
  messages: [
    { id: id(83), authorType: 'customer', staffName: null, body: 'Any news?', createdAt: hoursFromNow(-1) },
    { id: id(81), authorType: 'note', staffName: 'Ana Lima', body: 'Checked the warehouse photos.', createdAt: hoursFromNow(-4) },
    { id: id(82), authorType: 'staff', staffName: 'Ana Lima', body: 'Sorry! A new mug is on its way.', createdAt: hoursFromNow(-3) },
  ],
};
