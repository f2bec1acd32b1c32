/**
 * @module What <rapport-feedback> sends: the shopper's answers plus the context it attaches
 * by itself (page URL and title, language, order, product, time spent on the form), shaped
 * and bounded as the contract (server/contract/feedback.ts) takes them.
 */
import type { FeedbackKind, FeedbackSubmission } from '../../server/feedback/contract.ts';
import type { Locale } from '../core/i18n.ts';
import type { ScoreMode } from './feedback-fields.ts';

/** The contract's ceiling for `fillMs` (a week): a tab left open longer still sends. */
const FILL_MS_MAX = 7 * 24 * 3600 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FormAnswers {
  kind: FeedbackKind;
  mode: ScoreMode;
  score?: number;
  text: string;
  /** The shopper's email, or the verified customer's. */
  email: string;
  locale: Locale;
  order: string;
  product: string;
  /** The honeypot's content: people leave it empty. */
  website?: string;
  /** When the form was shown (ms since epoch). */
  shownAt: number;
}

/** The submission body; a score not given is sent as `scoreType: 'none'`. */
export function submission(a: FormAnswers): FeedbackSubmission {
  const scoreType = a.score === undefined ? 'none' : a.mode;
  return {
    kind: a.kind,
    scoreType,
    score: scoreType === 'none' ? undefined : a.score,
    text: a.text.trim(),
    email: a.email.trim() || undefined,
    locale: a.locale,
    context: {
      pageUrl: pageUrl(),
      pageTitle: document.title.slice(0, 300) || undefined,
      orderNumber: a.order.trim() || undefined,
      // The contract takes Rapport's product uuid; anything else would get the whole submission refused.
      productId: UUID.test(a.product) ? a.product : undefined,
    },
    // The photos are uploaded by the durable send and named here when the body goes out.
    photos: [],
    website: a.website || undefined,
    fillMs: Math.min(Date.now() - a.shownAt, FILL_MS_MAX),
  };
}

/** The page as the contract takes it: a web address of at most 2,000 characters (else without its query). */
function pageUrl(): string | undefined {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return undefined;
  const href = location.href.length <= 2000 ? location.href : location.origin + location.pathname;
  return href.length <= 2000 ? href : undefined;
}
