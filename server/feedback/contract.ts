/**
 * @module Contract: feedback and complaints — the shopper's submission, the merchant's
 * inbox and thread, and the shop's response-time targets. Widgets import the types.
 */
import { z } from '@hono/zod-openapi';
import { isoDate, Locale } from '../kernel/http/contract.ts';
import { PhotoRef } from '../uploads/index.ts';
import { FEEDBACK_KINDS, MESSAGE_MAX, PHOTOS_MAX, SAVED_REPLY_TITLE_MAX, TEXT_MAX } from './limits.ts';

export const FeedbackKind = z.enum(FEEDBACK_KINDS).openapi('FeedbackKind');
export type FeedbackKind = z.infer<typeof FeedbackKind>;
export const FeedbackStatus = z.enum(['new', 'open', 'waiting', 'resolved']).openapi('FeedbackStatus');
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;


export const FeedbackSubmission = z
  .object({
    kind: FeedbackKind,
    scoreType: z.enum(['csat', 'nps', 'none']).default('none'),
    score: z.number().int().min(0).max(10).optional(),
    text: z.string().trim().min(1).max(TEXT_MAX),
    email: z.email().max(320).optional(),
    locale: Locale,
    context: z
      .object({
        // Only web pages: the admin shows it as a link, and a javascript: URL would run there.
        pageUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
        pageTitle: z.string().max(300).optional(),
        orderNumber: z.string().max(100).optional(),
        productId: z.uuid().optional(),
      })
      .default({}),
    /** Photos uploaded first (`POST /v1/uploads`), named by their upload ids. */
    photos: z.array(PhotoRef).max(PHOTOS_MAX).default([]),
    /** Honeypot: a field people never see. Anything in it means a bot. */
    website: z.string().max(500).optional(),
    /** Milliseconds between the form being shown and sent. */
    fillMs: z.number().int().min(0).max(7 * 24 * 3600 * 1000),
  })
  .superRefine((v, ctx) => {
    const ok =
      (v.scoreType === 'none' && v.score === undefined) ||
      (v.scoreType === 'csat' && v.score !== undefined && v.score >= 1 && v.score <= 5) ||
      (v.scoreType === 'nps' && v.score !== undefined && v.score >= 0 && v.score <= 10);
    if (!ok) ctx.addIssue({ code: 'custom', path: ['score'], message: `A ${v.scoreType} score is required in its range (CSAT 1–5, NPS 0–10)` });
  })
  .openapi('FeedbackSubmission');
export type FeedbackSubmission = z.input<typeof FeedbackSubmission>;

/** A FAQ article that matches the text, its answer rendered on the server: safe HTML, and a plain-text excerpt. */
export const FaqMatch = z
  .object({ id: z.uuid(), question: z.string(), excerpt: z.string(), answerHtml: z.string(), locale: Locale })
  .openapi('FaqMatch');
export type FaqMatch = z.infer<typeof FaqMatch>;

export const FeedbackReceipt = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    status: FeedbackStatus,
    /** The response time the shop promises for this kind, in hours. */
    responseHours: z.number().int(),
    faq: z.array(FaqMatch),
  })
  .openapi('FeedbackReceipt');
export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>;

// ── Admin ───────────────────────────────────────────────────────────────────

export const InboxQuery = z.object({
  kind: FeedbackKind.optional(),
  status: z.union([FeedbackStatus, z.literal('unresolved')]).optional(),
  minScore: z.coerce.number().int().min(0).max(10).optional(),
  maxScore: z.coerce.number().int().min(0).max(10).optional(),
  assignee: z.union([z.uuid(), z.literal('me'), z.literal('none')]).optional(),
  tag: z.string().max(50).optional(),
  from: isoDate().optional(),
  to: isoDate().optional(),
  hasOrder: z.enum(['true', 'false']).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['due', 'newest', 'oldest']).default('due'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

export const InboxItem = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    kind: FeedbackKind,
    status: FeedbackStatus,
    scoreType: z.enum(['csat', 'nps', 'none']),
    score: z.number().int().nullable(),
    excerpt: z.string(),
    customerName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    orderNumber: z.string().nullable(),
    assigneeId: z.uuid().nullable(),
    assigneeName: z.string().nullable(),
    tags: z.array(z.string()),
    photoCount: z.number().int(),
    dueAt: z.iso.datetime(),
    firstResponseAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('InboxItem');
export type InboxItem = z.infer<typeof InboxItem>;

export const InboxPage = z.object({ items: z.array(InboxItem), total: z.number().int() }).openapi('InboxPage');

export const FeedbackMessage = z.object({
  id: z.uuid(),
  authorType: z.enum(['staff', 'customer', 'note']),
  staffName: z.string().nullable(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});

export const FeedbackDetail = InboxItem.extend({
  body: z.string(),
  locale: Locale,
  pageUrl: z.string().nullable(),
  pageTitle: z.string().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  satisfaction: z.number().int().nullable(),
  /** `previewUrl`: a small image for lists (the preview the shopper's browser drew; null when the photo has none); `url`: the full photo, to open on request. */
  photos: z.array(z.object({
    id: z.uuid(), contentType: z.string(), size: z.number().int(), width: z.number().int().nullable(), height: z.number().int().nullable(),
    url: z.string(), previewUrl: z.string().nullable(),
  })),
  order: z
    .object({
      id: z.uuid(), number: z.string(), status: z.string(), totalAmount: z.number().int(), currency: z.string(), placedAt: z.iso.datetime(),
      lines: z.array(z.object({ title: z.string(), quantity: z.number().int(), unitAmount: z.number().int() })),
    })
    .nullable(),
  product: z.object({ id: z.uuid(), title: z.string(), handle: z.string() }).nullable(),
  /** The verified customer, or for a guest who left an email, that email (id null) with its history. */
  customer: z
    .object({
      id: z.uuid().nullable(), name: z.string().nullable(), email: z.string().nullable(),
      pastFeedback: z.array(z.object({ id: z.uuid(), reference: z.string(), kind: FeedbackKind, status: FeedbackStatus, createdAt: z.iso.datetime() })),
    })
    .nullable(),
  messages: z.array(FeedbackMessage),
}).openapi('FeedbackDetail');
export type FeedbackDetail = z.infer<typeof FeedbackDetail>;

export const FeedbackUpdate = z
  .object({
    status: FeedbackStatus.optional(),
    assigneeId: z.uuid().nullable().optional(),
    tags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' })
  .openapi('FeedbackUpdate');

export const MessageBody = z.object({ body: z.string().trim().min(1).max(MESSAGE_MAX) }).openapi('MessageBody');

export const BulkAction = z
  .object({
    ids: z.array(z.uuid()).min(1).max(200),
    action: z.enum(['assign', 'tag', 'resolve']),
    assigneeId: z.uuid().nullable().optional(),
    tag: z.string().trim().min(1).max(50).optional(),
  })
  .openapi('BulkAction');

// ── Saved replies ───────────────────────────────────────────────────────────

/** A saved reply as staff write it: `{name}`, `{order}`, `{reference}`, `{agent}` and `{shop}` are filled in when it is used. */
export const SavedReplyInput = z
  .object({
    title: z.string().trim().min(1).max(SAVED_REPLY_TITLE_MAX),
    body: z.string().trim().min(1).max(MESSAGE_MAX),
    locale: Locale,
  })
  .openapi('SavedReplyInput');
export type SavedReplyInput = z.infer<typeof SavedReplyInput>;

export const SavedReply = SavedReplyInput.extend({ id: z.uuid(), updatedAt: z.iso.datetime() }).openapi('SavedReply');
export type SavedReply = z.infer<typeof SavedReply>;

export const SavedReplyList = z.object({ items: z.array(SavedReply) }).openapi('SavedReplyList');
