/**
 * @module One feedback with its full context, as the admin shows it: order with lines,
 * product, customer with past feedback, photos, the thread.
 */
import type { FeedbackDetail, InboxItem } from './contract.ts';
import type { Db } from '../kernel/db/client.ts';
import { findProduct } from '../catalog/index.ts';
import { findCustomer } from '../identity/index.ts';
import { toCsv } from '../kernel/http/csv.ts';
import { findOrder, listOrderLines } from '../orders/index.ts';
import { findFeedback, listMessages, listPhotos, pastFeedbackOf, type InboxRow } from './db.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toInboxItem(r: InboxRow): InboxItem {
  return {
    id: r.id, reference: r.reference, kind: r.kind, status: r.status, scoreType: r.scoreType, score: r.score,
    excerpt: r.body.length > 160 ? r.body.slice(0, 157) + '…' : r.body, customerName: r.customerName,
    contactEmail: r.contactEmail, orderNumber: r.orderNumber, assigneeId: r.assigneeId, assigneeName: r.assigneeName,
    tags: r.tags, photoCount: r.photoCount, dueAt: r.dueAt.toISOString(), firstResponseAt: iso(r.firstResponseAt),
    createdAt: r.createdAt.toISOString(),
  };
}

export async function loadDetail(tx: Db, id: string): Promise<FeedbackDetail | undefined> {
  const r = await findFeedback(tx, id);
  if (!r) return undefined;
  const [photos, messages] = [await listPhotos(tx, id), await listMessages(tx, id)];
  let order: FeedbackDetail['order'] = null;
  if (r.orderId) {
    const o = await findOrder(tx, r.orderId);
    if (o) {
      const lines = await listOrderLines(tx, o.id);
      order = {
        id: o.id, number: o.number, status: o.status, totalAmount: o.totalAmount, currency: o.currency, placedAt: o.placedAt.toISOString(),
        lines: lines.map((l) => ({ title: l.title, quantity: l.quantity, unitAmount: l.unitAmount })),
      };
    }
  }
  const p = r.productId ? await findProduct(tx, r.productId) : undefined;
  let customer: FeedbackDetail['customer'] = null;
  if (r.customerId) {
    const c = await findCustomer(tx, r.customerId);
    const past = await pastFeedbackOf(tx, { customerId: r.customerId }, r.id);
    if (c) customer = { id: c.id, name: c.name, email: c.email, pastFeedback: past.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })) };
  } else if (r.contactEmail) {
    const past = await pastFeedbackOf(tx, { email: r.contactEmail }, r.id);
    customer = { id: null, name: null, email: r.contactEmail, pastFeedback: past.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })) };
  }
  return {
    ...toInboxItem(r),
    body: r.body,
    locale: r.locale as FeedbackDetail['locale'],
    pageUrl: r.pageUrl,
    pageTitle: r.pageTitle,
    resolvedAt: iso(r.resolvedAt),
    satisfaction: r.satisfaction,
    // No preview, no previewUrl: the photo itself may be far too large to draw small (the admin decides from its size).
    photos: photos.map(({ hasPreview, ...ph }) => ({
      ...ph, url: `/v1/admin/feedback/${r.id}/photos/${ph.id}`, previewUrl: hasPreview ? `/v1/admin/feedback/${r.id}/photos/${ph.id}/preview` : null,
    })),
    order,
    product: p ? { id: p.id, title: p.title, handle: p.handle } : null,
    customer,
    messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
  };
}

/** CSV of inbox rows; cells that a spreadsheet would run as formulas are defused. */
export function inboxCsv(rows: InboxRow[]): string {
  const head = ['reference', 'created_at', 'kind', 'status', 'score_type', 'score', 'email', 'customer', 'order', 'assignee',
    'tags', 'due_at', 'first_response_at', 'resolved_at', 'satisfaction', 'message'];
  return toCsv(head, rows.map((r) => [r.reference, r.createdAt, r.kind, r.status, r.scoreType, r.score, r.contactEmail, r.customerName,
    r.orderNumber, r.assigneeName, r.tags, r.dueAt, r.firstResponseAt, r.resolvedAt, r.satisfaction, r.body]));
}
