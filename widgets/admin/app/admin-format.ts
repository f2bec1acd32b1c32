/**
 * @module Admin formats: money, scores and the names of kinds and statuses as the
 * staff member's locale writes them — pure, one place for each.
 */
import { html } from 'lit';
import type { FeedbackKind, FeedbackStatus, InboxItem } from '../../../server/feedback/contract.ts';
import { adminLocale, adminText } from './admin-texts.ts';

/** An amount in minor units (cents, yen) in its currency: 129900 JPY → "¥129,900", 2599 EUR → "€25.99". */
export function moneyLabel(minor: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat(adminLocale(), { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(minor / 10 ** digits);
  } catch {
    // Not an ISO 4217 code: still show the amount rather than nothing.
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
}

/** "CSAT 2/5", "NPS 9/10", or "" when the shopper gave no score. */
export function scoreLabel(item: Pick<InboxItem, 'scoreType' | 'score'>): string {
  if (item.scoreType === 'none' || item.score === null) return '';
  return adminText(item.scoreType === 'csat' ? 'score.csat' : 'score.nps', { score: item.score });
}

/** Low scores (CSAT ≤ 2, NPS ≤ 6) are shown as a warning. */
export const isLowScore = (item: Pick<InboxItem, 'scoreType' | 'score'>): boolean =>
  item.score !== null && (item.scoreType === 'csat' ? item.score <= 2 : item.scoreType === 'nps' && item.score <= 6);

export const kindLabel = (kind: FeedbackKind): string => adminText(`kind.${kind}`);
export const statusLabel = (status: FeedbackStatus): string => adminText(`status.${status}`);

/** A date without time ("May 1, 2025"), for order dates and past feedback. */
export const dateLabel = (iso: string): string =>
  new Intl.DateTimeFormat(adminLocale(), { dateStyle: 'medium' }).format(new Date(iso));

/** An email address that a narrow column breaks after the `@`, not in the middle of a word. */
export const emailLabel = (email: string) => {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : html`${email.slice(0, at + 1)}<wbr>${email.slice(at + 1)}`;
};

/** A file size in KB or MB, for photos. */
export function sizeLabel(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const unit = mb >= 1 ? { value: mb, unit: 'megabyte' } : { value: bytes / 1024, unit: 'kilobyte' };
  return new Intl.NumberFormat(adminLocale(), { style: 'unit', unit: unit.unit, maximumFractionDigits: 1 }).format(unit.value);
}
