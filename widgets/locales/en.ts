/**
 * @module English texts: the source catalog. Its keys are the `MessageKey` type, so the
 * other catalogs (typed `Catalog`) fail `tsc` when a key is missing or misspelled, and
 * every server problem slug must have a message here (`ProblemKeys`).
 */
import type { ProblemSlug } from '../../server/errors.ts';

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
  'profile.title': 'My account',
  'faq.title': 'Frequently asked questions',
  'orderTracker.title': 'Track your order',
  'returns.title': 'Returns and exchanges',
  'feedback.title': 'Feedback',
  'recommendations.title': 'Recommended for you',
} satisfies ProblemKeys & Record<string, string>;

export type MessageKey = keyof typeof en;
/** A complete translation: every key of the English catalog, nothing else. */
export type Catalog = Record<MessageKey, string>;

export default en as Catalog;
