/**
 * @module Shared English texts: the states every element shows and one message per
 * problem the API can answer with (`ProblemKeys` makes a missing slug fail `tsc`). The
 * source catalog: the Chinese ones are typed `Texts<SharedKey>`, so a missing or
 * misspelled key fails too. A widget's own texts live in its folder's `locales/`.
 */
import type { ProblemSlug } from '../../../server/kernel/http/errors.ts';

/** One shopper-facing message per problem slug the API can answer with. */
type ProblemKeys = { [S in ProblemSlug as `problem.${S}`]: string };

const en = {
  'state.loading': 'Loading…',
  'state.empty': 'Nothing here yet.',
  'state.error': 'Something went wrong. Please try again.',
  'state.retry': 'Try again',
  'error.network': 'You seem to be offline. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Please try again.',
  'error.setup': 'This feature is not set up correctly on this website.',
  'error.retryAfter': 'You can try again in {seconds} seconds.',
  'problem.validation': 'Some of the information is not valid. Please check it and try again.',
  'problem.malformed-json': 'The request could not be read. Please try again.',
  'problem.invalid-utf8': 'The request contains characters that could not be read.',
  'problem.unauthorized': 'Please sign in to continue.',
  'problem.invalid-token': 'Your session has expired. Please sign in again.',
  'problem.invalid-credentials': 'The email or password is wrong.',
  'problem.forbidden': 'You are not allowed to do this.',
  'problem.csrf': 'Your session has expired. Reload the page and try again.',
  'problem.origin-not-allowed': 'This service is not enabled for this website.',
  'problem.unknown-shop': 'This shop could not be found.',
  'problem.not-found': 'We could not find what you were looking for.',
  'problem.conflict': 'This was changed in the meantime. Reload and try again.',
  'problem.payload-too-large': 'That is too large to send. Try a smaller file or a shorter text.',
  'problem.unsupported-media-type': 'This kind of content is not supported.',
  'problem.unprocessable': 'This request cannot be processed.',
  'problem.locked': 'Too many failed attempts. Please wait a while and try again.',
  'problem.rate-limited': 'Too many requests. Please wait a moment and try again.',
  'problem.internal': 'Something went wrong on our side. Please try again later.',
  'problem.unavailable': 'The service is temporarily unavailable. Please try again shortly.',
} satisfies ProblemKeys & Record<string, string>;

export type SharedKey = keyof typeof en;

export default en as Record<SharedKey, string>;
