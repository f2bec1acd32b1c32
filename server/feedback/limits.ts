/**
 * @module Feedback's limits and vocabulary as plain constants (no imports): the server
 * validates with them and the widgets import them, so both sides agree on every number.
 */

export const FEEDBACK_KINDS = ['complaint', 'suggestion', 'praise', 'question'] as const;
export type FeedbackKindName = (typeof FEEDBACK_KINDS)[number];

/** A shopper's message, in characters. */
export const TEXT_MAX = 5000;
/** Photos per feedback (each uploaded on its own first; their limits are in uploads/limits.ts). */
export const PHOTOS_MAX = 3;
/** A staff reply or note, in characters. */
export const MESSAGE_MAX = 10_000;

/** Per visitor address and per shop; past either, a proof of work is needed. */
export const FEEDBACK_RATE = { perClient: { hits: 5, seconds: 600 }, perShop: { hits: 300, seconds: 3600 } } as const;
/** Faster than a person can read a form and type a sentence. */
export const MIN_FILL_MS = 2000;

/** Promised first-response times (hours) until the owner sets their own. */
export const DEFAULT_RESPONSE_HOURS = { complaint: 24, suggestion: 72, praise: 72, question: 72 } as const;

/** A customer's replies on a thread page: per thread and per client address, each an hour. */
export const THREAD_REPLIES = { perThread: { hits: 10, seconds: 3600 }, perClient: { hits: 30, seconds: 3600 } } as const;

/** Saved replies a shop keeps; a title and a text, in characters (a text is a reply, so MESSAGE_MAX). */
export const SAVED_REPLIES_MAX = 200;
export const SAVED_REPLY_TITLE_MAX = 100;
