/**
 * @module Feedback formats: the names of kinds and statuses and the score of an item as
 * the staff member's language writes them — pure, one place for each.
 */
import type { FeedbackKind, FeedbackStatus, InboxItem } from '../../../server/feedback/contract.ts';
import type { OrderStatus } from '../../../server/orders/index.ts';
import { feedbackText, feedbackTexts } from './feedback-texts.ts';

/** "CSAT 2/5", "NPS 9/10", or "" when the shopper gave no score. */
export function scoreLabel(item: Pick<InboxItem, 'scoreType' | 'score'>): string {
  if (item.scoreType === 'none' || item.score === null) return '';
  return feedbackText(item.scoreType === 'csat' ? 'score.csat' : 'score.nps', { score: item.score });
}

/** Low scores (CSAT ≤ 2, NPS ≤ 6) are shown as a warning. */
export const isLowScore = (item: Pick<InboxItem, 'scoreType' | 'score'>): boolean =>
  item.score !== null && (item.scoreType === 'csat' ? item.score <= 2 : item.scoreType === 'nps' && item.score <= 6);

export const kindLabel = (kind: FeedbackKind): string => feedbackText(`kind.${kind}`);
export const statusLabel = (status: FeedbackStatus): string => feedbackText(`status.${status}`);

/** An order's status ("unpaid" → "Unpaid", 未付款); one the catalogs do not know yet shows as the server sent it. */
export function orderStatusLabel(status: OrderStatus | (string & {})): string {
  const key = `order.${status}`;
  return feedbackTexts.has(key) ? feedbackText(key) : status;
}
