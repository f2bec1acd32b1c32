/**
 * @module Field checks of <rapport-feedback>: the shopper's input before sending, and the
 * API's refusals (field paths like `body.email`, 413 / 415 for photos) mapped to the same
 * fields, so both show next to the field in the shopper's language.
 */
import type { FeedbackKind } from '../../server/feedback/contract.ts';
import { TEXT_MAX } from '../../server/feedback/limits.ts';
import type { ApiError } from '../core/api-client.ts';
import type { Msg } from '../core/form-parts.ts';
import type { FeedbackKey } from './texts.ts';

export { TEXT_MAX };

export type Field = 'kind' | 'score' | 'text' | 'photos' | 'email';
export type FieldErrors = Partial<Record<Field, Msg<FeedbackKey>[]>>;

// Deliberately loose (the server decides): something@something.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Errors of the shopper's input; empty when it may be sent. */
export function validate(kind: FeedbackKind | undefined, text: string, email: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!kind) errors.kind = [{ key: 'feedback.error.kind' }];
  const length = text.trim().length;
  if (!length || length > TEXT_MAX) errors.text = [{ key: 'feedback.error.text', params: { max: TEXT_MAX } }];
  if (email.trim() && !EMAIL.test(email.trim())) errors.email = [{ key: 'form.error.email' }];
  return errors;
}

const FIELD_OF: Record<string, Field> = { kind: 'kind', score: 'score', scoreType: 'score', text: 'text', email: 'email', photos: 'photos' };

/**
 * The API's refusal as field errors, and whether they say all of it (if not, the caller
 * also shows the problem itself, e.g. an unknown order the shopper cannot fix in a field).
 */
export function problemFields(error: ApiError, hasPhotos: boolean): { fields: FieldErrors; complete: boolean } {
  // A photo the server refused (its upload: too big, not an image, too many pixels; or an upload that expired).
  const photoPaths = error.errors?.length && error.errors.every((e) => e.path === 'body' || e.path.startsWith('body.photos'));
  if (hasPhotos && (error.status === 413 || error.status === 415 || (error.status === 422 && photoPaths))) {
    return { fields: { photos: [{ key: 'feedback.error.photos' }] }, complete: true };
  }
  const fields: FieldErrors = {};
  let complete = error.code === 'validation' && !!error.errors?.length;
  for (const { path } of error.errors ?? []) {
    const field = path.startsWith('body.') ? FIELD_OF[path.split('.')[1]] : undefined;
    if (!field) complete = false;
    else fields[field] = [{ key: field === 'email' ? 'form.error.email' : `feedback.error.${field}`, params: { max: TEXT_MAX } }];
  }
  return { fields, complete };
}
