/**
 * @module What staff do to feedback — change status/assignee/tags, note, reply by email,
 * bulk — each in one transaction with its audit row and the mails it causes.
 */
import type { Locale } from '../kernel/http/contract.ts';
import type { FeedbackStatus } from './contract.ts';
import { audit } from '../kernel/db/audit.ts';
import type { Tx } from '../kernel/db/client.ts';
import { addMessage, findFeedback, updateFeedback, type FeedbackChange } from './db.ts';
import { enqueueMail } from '../kernel/mail/db.ts';
import type { Shop } from '../kernel/db/shops.ts';
import { brandOf } from '../shops/index.ts';
import { isActiveStaff, type Staff } from '../staff/index.ts';
import { Problem } from '../kernel/http/errors.ts';
import { feedbackReply, feedbackResolved } from './mails.ts';
import { threadUrl } from './thread-links.ts';

export interface Actor {
  staff: Staff;
  shop: Shop;
  ip?: string;
  base: string;
}

const notFound = () => new Problem('not-found', { detail: 'No such feedback in this shop' });

async function assertStaffOfShop(tx: Tx, id: string | null | undefined): Promise<void> {
  if (!id) return;
  if (!(await isActiveStaff(tx, id))) throw new Problem('unprocessable', { errors: [{ path: 'body.assigneeId', message: 'No such staff member' }] });
}

/** Returns true when it changed anything; mails the satisfaction survey when it resolves. */
export async function changeFeedback(tx: Tx, a: Actor, id: string, ch: FeedbackChange): Promise<void> {
  await assertStaffOfShop(tx, ch.assigneeId);
  const res = await updateFeedback(tx, id, ch);
  if (!res) throw notFound();
  const changed = Object.fromEntries(
    Object.entries(ch).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(res.before[k as keyof FeedbackChange])),
  );
  if (!Object.keys(changed).length) return;
  await audit(tx, {
    shopId: a.shop.id, actorType: 'staff', actorId: a.staff.id, action: 'feedback.update', targetType: 'feedback', targetId: id,
    data: { before: Object.fromEntries(Object.keys(changed).map((k) => [k, res.before[k as keyof FeedbackChange]])), after: changed }, ip: a.ip,
  });
  if (ch.status === 'resolved' && res.before.status !== 'resolved') await mailSatisfaction(tx, a, id);
}

/** Asks how it went — only someone the shop answered (resolving praise without a word asks nothing). */
async function mailSatisfaction(tx: Tx, a: Actor, id: string): Promise<void> {
  const f = await findFeedback(tx, id);
  if (!f?.contactEmail || !f.firstResponseAt) return;
  const link = threadUrl(a.base, a.shop, id);
  const content = feedbackResolved(f.locale as Locale, brandOf(a.shop), {
    reference: f.reference, satisfactionUrl: (s) => `${link}/satisfaction/${s}`,
  });
  await enqueueMail(tx, { shopId: a.shop.id, kind: 'feedback.satisfaction', to: f.contactEmail, locale: f.locale as Locale, content, related: { type: 'feedback', id }, cause: 'staff' });
}

export async function noteFeedback(tx: Tx, a: Actor, id: string, body: string): Promise<void> {
  if (!(await findFeedback(tx, id))) throw notFound();
  await addMessage(tx, a.shop.id, id, { authorType: 'note', staffId: a.staff.id, body });
  await audit(tx, { shopId: a.shop.id, actorType: 'staff', actorId: a.staff.id, action: 'feedback.note', targetType: 'feedback', targetId: id, ip: a.ip });
}

export async function replyToFeedback(tx: Tx, a: Actor, id: string, body: string): Promise<void> {
  const f = await findFeedback(tx, id);
  if (!f) throw notFound();
  if (!f.contactEmail) throw new Problem('unprocessable', { detail: 'This shopper left no email address; add a note instead' });
  await addMessage(tx, a.shop.id, id, { authorType: 'staff', staffId: a.staff.id, body });
  const content = feedbackReply(f.locale as Locale, brandOf(a.shop), { reference: f.reference, reply: body, threadUrl: threadUrl(a.base, a.shop, id) });
  await enqueueMail(tx, { shopId: a.shop.id, kind: 'feedback.reply', to: f.contactEmail, locale: f.locale as Locale, content, related: { type: 'feedback', id }, cause: 'staff' });
  await audit(tx, { shopId: a.shop.id, actorType: 'staff', actorId: a.staff.id, action: 'feedback.reply', targetType: 'feedback', targetId: id, ip: a.ip });
}

export async function bulkChange(
  tx: Tx, a: Actor,
  b: { ids: string[]; action: 'assign' | 'tag' | 'resolve'; assigneeId?: string | null; tag?: string },
): Promise<number> {
  if (b.action === 'tag' && !b.tag) throw new Problem('validation', { errors: [{ path: 'body.tag', message: 'Required for tag' }] });
  if (b.action === 'assign' && b.assigneeId === undefined) throw new Problem('validation', { errors: [{ path: 'body.assigneeId', message: 'Required for assign' }] });
  let n = 0;
  for (const id of new Set(b.ids)) {
    const f = await findFeedback(tx, id);
    if (!f) continue;
    const ch: FeedbackChange = b.action === 'assign' ? { assigneeId: b.assigneeId ?? null }
      : b.action === 'tag' ? { tags: f.tags.includes(b.tag!) ? f.tags : [...f.tags, b.tag!] }
      : { status: 'resolved' as FeedbackStatus };
    await changeFeedback(tx, a, id, ch);
    n++;
  }
  return n;
}
