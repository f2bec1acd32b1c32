/**
 * @module Field checks of <rapport-feedback>: the shopper's input before sending, and the
 * API's refusals (field paths like `body.email`, 413 / 415 for photos, an order that is
 * not the shopper's) mapped to the same fields, so both show next to the field in the
 * shopper's language and say what to do.
 */
import type { FeedbackKind } from '../../server/feedback/contract.ts';
import { TEXT_MAX } from '../../server/feedback/limits.ts';
import type { ApiError } from '../core/api-client.ts';
import type { Msg } from '../core/form-parts.ts';
import type { FeedbackKey } from './texts.ts';

export { TEXT_MAX };
/** From here on the form says the message is close to the limit. */
export const TEXT_NEAR = TEXT_MAX * 0.9;

export type Field = 'order' | 'kind' | 'score' | 'text' | 'photos' | 'email';
export type FieldErrors = Partial<Record<Field, Msg<FeedbackKey>[]>>;

// Deliberately loose (the server decides): something@something.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The message's length as the API counts it (trimmed, UTF-16 code units). */
export const textLength = (text: string) => text.trim().length;

/**
 * Errors of the shopper's input; empty when it may be sent. `guestOrder`: the order a
 * guest's feedback is about, which the API confirms with the email they give.
 */
export function validate(kind: FeedbackKind | undefined, text: string, email: string, guestOrder = ''): FieldErrors {
  const errors: FieldErrors = {};
  if (!kind) errors.kind = [{ key: 'feedback.error.kind' }];
  const length = textLength(text);
  if (!length) errors.text = [{ key: 'feedback.error.text', params: { max: TEXT_MAX } }];
  else if (length > TEXT_MAX) errors.text = [{ key: 'feedback.error.textLong', params: { over: length - TEXT_MAX, max: TEXT_MAX } }];
  if (email.trim() && !EMAIL.test(email.trim())) errors.email = [{ key: 'form.error.email' }];
  else if (guestOrder && !email.trim()) errors.email = [{ key: 'feedback.error.orderEmail', params: { number: guestOrder } }];
  return errors;
}

const FIELD_OF: Record<string, Exclude<Field, 'order'>> = { kind: 'kind', score: 'score', scoreType: 'score', text: 'text', email: 'email', photos: 'photos' };

export interface Sent {
  /** Whether the submission had photos. */
  photos: boolean;
  /** The order it named ('' for none). */
  order: string;
  /** Sent without a customer session: the API matched the order against the email. */
  guest: boolean;
}

/**
 * The API's refusal as field errors, and whether they say all of it (if not, the caller
 * also shows the problem itself). A refused order is the email's to fix for a guest, and
 * for a customer an order that is not theirs (`order`).
 */
export function problemFields(error: ApiError, sent: Sent): { fields: FieldErrors; complete: boolean } {
  // A photo the server refused (its upload: too big, not an image, too many pixels; or an upload that expired).
  const photoPaths = error.errors?.length && error.errors.every((e) => e.path === 'body' || e.path.startsWith('body.photos'));
  if (sent.photos && (error.status === 413 || error.status === 415 || (error.status === 422 && photoPaths))) {
    return { fields: { photos: [{ key: 'feedback.error.photos' }] }, complete: true };
  }
  const fields: FieldErrors = {};
  let complete = (error.code === 'validation' || error.code === 'unprocessable') && !!error.errors?.length;
  for (const { path } of error.errors ?? []) {
    const number = sent.order;
    if (error.status === 422 && path === 'body.context.orderNumber' && number) {
      if (sent.guest) fields.email = [{ key: 'feedback.error.orderMismatch', params: { number } }];
      else fields.order = [{ key: 'feedback.error.orderMissing', params: { number } }];
      continue;
    }
    const field = path.startsWith('body.') ? FIELD_OF[path.split('.')[1]] : undefined;
    if (!field) complete = false;
    else fields[field] = [{ key: field === 'email' ? 'form.error.email' : `feedback.error.${field}`, params: { max: TEXT_MAX } }];
  }
  return { fields, complete };
}
