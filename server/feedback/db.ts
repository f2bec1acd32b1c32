/**
 * @module Feedback: the shopper's submission, the merchant's inbox (filters, sort, CSV),
 * state changes and the team's saved replies. Inside withShop only.
 */
import { randomBytes } from 'node:crypto';
import type { FeedbackKind, FeedbackStatus, InboxQuery, SavedReplyInput } from './contract.ts';
import type { Db } from '../kernel/db/client.ts';

/** Crockford base32 without look-alikes: easy to read out on the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const newReference = () => 'FB-' + [...randomBytes(6)].map((b) => ALPHABET[b & 31]).join('');

export interface NewFeedback {
  shopId: string;
  customerId: string | null;
  kind: FeedbackKind;
  scoreType: 'csat' | 'nps' | 'none';
  score: number | null;
  body: string;
  contactEmail: string | null;
  locale: string;
  pageUrl: string | null;
  pageTitle: string | null;
  orderId: string | null;
  productId: string | null;
  responseHours: number;
}

export async function insertFeedback(tx: Db, f: NewFeedback): Promise<{ id: string; reference: string; status: FeedbackStatus }> {
  const [row] = await tx<{ id: string; reference: string; status: FeedbackStatus }[]>`
    insert into feedback (shop_id, reference, customer_id, kind, score_type, score, body, contact_email, locale,
                          page_url, page_title, order_id, product_id, due_at)
    values (${f.shopId}, ${newReference()}, ${f.customerId}, ${f.kind}, ${f.scoreType}, ${f.score}, ${f.body},
            ${f.contactEmail}, ${f.locale}, ${f.pageUrl}, ${f.pageTitle}, ${f.orderId}, ${f.productId},
            now() + make_interval(hours => ${f.responseHours}))
    returning id, reference, status`;
  return row;
}

export interface NewPhoto {
  type: string;
  bytes: Uint8Array;
  width: number;
  height: number;
  /** A small image the shopper's browser drew, shown in lists instead of the photo. */
  preview?: { type: string; bytes: Uint8Array };
}

export async function insertPhotos(tx: Db, shopId: string, feedbackId: string, photos: NewPhoto[]): Promise<void> {
  for (const [i, p] of photos.entries()) {
    await tx`insert into feedback_photos (shop_id, feedback_id, position, content_type, bytes, size, width, height, preview, preview_type)
             values (${shopId}, ${feedbackId}, ${i + 1}, ${p.type}, ${Buffer.from(p.bytes)}, ${p.bytes.length}, ${p.width}, ${p.height},
                     ${p.preview ? Buffer.from(p.preview.bytes) : null}, ${p.preview?.type ?? null})`;
  }
}

/** The photo, or its preview (the photo itself when it has none). */
export async function findPhoto(tx: Db, feedbackId: string, photoId: string, preview = false): Promise<{ contentType: string; bytes: Buffer } | undefined> {
  const [row] = await tx<{ contentType: string; bytes: Buffer }[]>`
    select ${preview ? tx`coalesce(preview_type, content_type)` : tx`content_type`} as "contentType",
           ${preview ? tx`coalesce(preview, bytes)` : tx`bytes`} as bytes
    from feedback_photos where id = ${photoId} and feedback_id = ${feedbackId}`;
  return row;
}

export interface InboxRow {
  id: string; reference: string; kind: FeedbackKind; status: FeedbackStatus; scoreType: 'csat' | 'nps' | 'none';
  score: number | null; body: string; customerId: string | null; customerName: string | null; contactEmail: string | null;
  orderId: string | null; orderNumber: string | null; productId: string | null; assigneeId: string | null; assigneeName: string | null;
  tags: string[]; photoCount: number; locale: string; pageUrl: string | null; pageTitle: string | null;
  dueAt: Date; firstResponseAt: Date | null; resolvedAt: Date | null; satisfaction: number | null; createdAt: Date;
}

const rowCols = (tx: Db) => tx`
  f.id, f.reference, f.kind, f.status, f.score_type as "scoreType", f.score, f.body, f.customer_id as "customerId",
  c.name as "customerName", f.contact_email as "contactEmail", f.order_id as "orderId", o.number as "orderNumber",
  f.product_id as "productId", f.assignee_id as "assigneeId", s.name as "assigneeName", f.tags,
  (select count(*)::int from feedback_photos p where p.feedback_id = f.id) as "photoCount", f.locale,
  f.page_url as "pageUrl", f.page_title as "pageTitle", f.due_at as "dueAt", f.first_response_at as "firstResponseAt",
  f.resolved_at as "resolvedAt", f.satisfaction, f.created_at as "createdAt"`;

const fromJoined = (tx: Db) => tx`
  feedback f left join customers c on c.id = f.customer_id left join orders o on o.id = f.order_id
  left join staff s on s.id = f.assignee_id`;

/**
 * The inbox search: every word must be found (in any order) in the message, the thread (notes too),
 * the reference, the customer's name or email, the order number or a tag; a word also
 * matches its other forms ("cracked" finds "crack") through English stemming, and any
 * part of a word through ILIKE (Chinese, emails, order numbers, references).
 */
function searchWords(tx: Db, q: string) {
  const words = q.split(/\s+/).map((w) => w.trim()).filter(Boolean).slice(0, 10);
  const one = (w: string) => {
    const like = '%' + w.replace(/[\\%_]/g, (m) => '\\' + m) + '%';
    return tx`(
      to_tsvector('english', f.body) @@ plainto_tsquery('english', ${w})
      or f.body ilike ${like} or f.reference ilike ${like} or f.contact_email ilike ${like} or c.name ilike ${like}
      or c.email ilike ${like} or o.number ilike ${like} or array_to_string(f.tags, ' ') ilike ${like}
      or exists (select 1 from feedback_messages m where m.feedback_id = f.id
                 and (m.body ilike ${like} or to_tsvector('english', m.body) @@ plainto_tsquery('english', ${w}))))`;
  };
  return words.reduce((acc, w) => tx`${acc} and ${one(w)}`, tx``);
}

function filters(tx: Db, q: Partial<InboxQuery>, staffId: string) {
  return tx`
    ${q.kind ? tx`and f.kind = ${q.kind}` : tx``}
    ${q.status === 'unresolved' ? tx`and f.status <> 'resolved'` : q.status ? tx`and f.status = ${q.status}` : tx``}
    ${q.minScore !== undefined ? tx`and f.score >= ${q.minScore}` : tx``}
    ${q.maxScore !== undefined ? tx`and f.score <= ${q.maxScore}` : tx``}
    ${q.assignee === 'none' ? tx`and f.assignee_id is null` : q.assignee === 'me' ? tx`and f.assignee_id = ${staffId}` : q.assignee ? tx`and f.assignee_id = ${q.assignee}` : tx``}
    ${q.tag ? tx`and ${q.tag} = any(f.tags)` : tx``}
    ${q.from ? tx`and f.created_at >= ${q.from}::date` : tx``}
    ${q.to ? tx`and f.created_at < ${q.to}::date + 1` : tx``}
    ${q.hasOrder === 'true' ? tx`and f.order_id is not null` : q.hasOrder === 'false' ? tx`and f.order_id is null` : tx``}
    ${q.q ? searchWords(tx, q.q) : tx``}`;
}

const orderBy = (tx: Db, sort: InboxQuery['sort']) =>
  sort === 'newest' ? tx`f.created_at desc` : sort === 'oldest' ? tx`f.created_at asc`
    // Due first, but what is resolved or already answered goes below what still waits.
    : tx`(f.status = 'resolved'), (f.first_response_at is not null), f.due_at asc`;

export async function listInbox(tx: Db, q: InboxQuery, staffId: string): Promise<{ items: InboxRow[]; total: number }> {
  const items = await tx<InboxRow[]>`
    select ${rowCols(tx)} from ${fromJoined(tx)} where true ${filters(tx, q, staffId)}
    order by ${orderBy(tx, q.sort)}, f.id limit ${q.limit} offset ${q.offset}`;
  const [{ total }] = await tx<{ total: number }[]>`
    select count(*)::int as total from ${fromJoined(tx)} where true ${filters(tx, q, staffId)}`;
  return { items, total };
}

export async function findFeedback(tx: Db, id: string): Promise<InboxRow | undefined> {
  const [row] = await tx<InboxRow[]>`select ${rowCols(tx)} from ${fromJoined(tx)} where f.id = ${id}`;
  return row;
}

/** Earlier feedback of the same customer, or of the same contact email for a guest. */
export async function pastFeedbackOf(tx: Db, who: { customerId: string } | { email: string }, except: string) {
  return tx<{ id: string; reference: string; kind: FeedbackKind; status: FeedbackStatus; createdAt: Date }[]>`
    select id, reference, kind, status, created_at as "createdAt" from feedback
    where ${'customerId' in who ? tx`customer_id = ${who.customerId}` : tx`lower(contact_email) = lower(${who.email})`}
      and id <> ${except} order by created_at desc limit 20`;
}

export async function listPhotos(tx: Db, feedbackId: string) {
  return tx<{ id: string; contentType: string; size: number; width: number | null; height: number | null; hasPreview: boolean }[]>`
    select id, content_type as "contentType", size, width, height, preview is not null as "hasPreview"
    from feedback_photos where feedback_id = ${feedbackId} order by position, id`;
}

export interface FeedbackChange {
  status?: FeedbackStatus;
  assigneeId?: string | null;
  tags?: string[];
}

/** Applies a change; returns the previous values of what changed (for the audit log), or undefined if not found. */
export async function updateFeedback(tx: Db, id: string, ch: FeedbackChange): Promise<{ before: FeedbackChange } | undefined> {
  const [before] = await tx<{ status: FeedbackStatus; assigneeId: string | null; tags: string[] }[]>`
    select status, assignee_id as "assigneeId", tags from feedback where id = ${id} for update`;
  if (!before) return undefined;
  await tx`
    update feedback set
      status = coalesce(${ch.status ?? null}, status),
      assignee_id = ${ch.assigneeId === undefined ? tx`assignee_id` : tx`${ch.assigneeId}`},
      tags = coalesce(${ch.tags ?? null}::text[], tags),
      resolved_at = case when ${ch.status ?? null}::text = 'resolved' and status <> 'resolved' then now()
                         when ${ch.status ?? null}::text is not null and ${ch.status ?? null}::text <> 'resolved' then null
                         else resolved_at end,
      updated_at = now()
    where id = ${id}`;
  return { before };
}

export async function addMessage(tx: Db, shopId: string, feedbackId: string, m: { authorType: 'staff' | 'customer' | 'note'; staffId?: string; body: string }) {
  await tx`insert into feedback_messages (shop_id, feedback_id, author_type, staff_id, body)
           values (${shopId}, ${feedbackId}, ${m.authorType}, ${m.staffId ?? null}, ${m.body})`;
  if (m.authorType === 'staff') {
    await tx`update feedback set first_response_at = coalesce(first_response_at, now()), status = 'waiting', updated_at = now()
             where id = ${feedbackId}`;
  } else if (m.authorType === 'customer') {
    await tx`update feedback set status = 'open', resolved_at = null, updated_at = now() where id = ${feedbackId}`;
  }
}

export async function listMessages(tx: Db, feedbackId: string) {
  return tx<{ id: string; authorType: 'staff' | 'customer' | 'note'; staffName: string | null; body: string; createdAt: Date }[]>`
    select m.id, m.author_type as "authorType", s.name as "staffName", m.body, m.created_at as "createdAt"
    from feedback_messages m left join staff s on s.id = m.staff_id
    where m.feedback_id = ${feedbackId} order by m.created_at, m.id`;
}

export async function recordSatisfaction(tx: Db, feedbackId: string, score: number): Promise<boolean> {
  const res = await tx`update feedback set satisfaction = ${score}, satisfaction_at = now() where id = ${feedbackId}`;
  return res.count === 1;
}

// ── Saved replies ───────────────────────────────────────────────────────────

export interface SavedReplyRow extends SavedReplyInput {
  id: string;
  updatedAt: Date;
}

const savedReplyCols = (tx: Db) => tx`id, title, body, locale, updated_at as "updatedAt"`;

export async function listSavedReplies(tx: Db): Promise<SavedReplyRow[]> {
  return tx<SavedReplyRow[]>`select ${savedReplyCols(tx)} from saved_replies order by locale, title, id`;
}

/**
 * Adds a saved reply unless the shop already keeps `max`; undefined then. Adds to one shop
 * wait for each other (a transaction-long lock), so two at once cannot pass the cap together.
 */
export async function insertSavedReply(tx: Db, shopId: string, staffId: string, r: SavedReplyInput, max: number): Promise<SavedReplyRow | undefined> {
  await tx`select pg_advisory_xact_lock(hashtext('rapport.saved_replies'), hashtext(${shopId}))`;
  const [row] = await tx<SavedReplyRow[]>`
    insert into saved_replies (shop_id, title, body, locale, created_by)
    select ${shopId}, ${r.title}, ${r.body}, ${r.locale}, ${staffId}
    where (select count(*) from saved_replies) < ${max}
    returning ${savedReplyCols(tx)}`;
  return row;
}

/** Rewrites a saved reply; returns it before and after, or undefined when it is not this shop's. */
export async function updateSavedReply(tx: Db, id: string, r: SavedReplyInput): Promise<{ before: SavedReplyRow; after: SavedReplyRow } | undefined> {
  const [before] = await tx<SavedReplyRow[]>`select ${savedReplyCols(tx)} from saved_replies where id = ${id} for update`;
  if (!before) return undefined;
  if (before.title === r.title && before.body === r.body && before.locale === r.locale) return { before, after: before };
  const [after] = await tx<SavedReplyRow[]>`
    update saved_replies set title = ${r.title}, body = ${r.body}, locale = ${r.locale}, updated_at = now()
    where id = ${id} returning ${savedReplyCols(tx)}`;
  return { before, after };
}

/** Deletes a saved reply; returns what it was, or undefined when it is not this shop's. */
export async function deleteSavedReply(tx: Db, id: string): Promise<SavedReplyRow | undefined> {
  const [row] = await tx<SavedReplyRow[]>`delete from saved_replies where id = ${id} returning ${savedReplyCols(tx)}`;
  return row;
}
