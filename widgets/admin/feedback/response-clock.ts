/**
 * @module Response clock: how long an inbox item has left before its first-response
 * target, how late it is, or how fast it was answered — "due in 5 h", "overdue by
 * 2 h", "answered in 3 h" — from its times and the current time. Pure, so every
 * wording is testable; the elements recompute it each minute.
 */
import type { InboxItem } from '../../../server/feedback/contract.ts';
import { feedbackText } from './feedback-texts.ts';

export type ClockState = 'due' | 'overdue' | 'answered' | 'closed';

export interface ResponseClock {
  state: ClockState;
  /** What the clock says, e.g. "overdue by 2 h". */
  text: string;
}

const MINUTE = 60_000;
/** How often the elements showing a clock move it on. */
export const CLOCK_TICK_MS = MINUTE;

/**
 * A duration in the largest unit that keeps it readable: minutes under an hour, hours
 * under two days, then days. Rounded down (a clock says "due in 5 h" until 5 h are
 * really left), but never "0 min".
 */
export function durationLabel(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes < 60) return feedbackText('duration.minutes', { count: Math.max(1, minutes) });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return feedbackText('duration.hours', { count: hours });
  return feedbackText('duration.days', { count: Math.floor(hours / 24) });
}

/** The clock of an item at time `now` (ms since the epoch). */
export function responseClock(
  item: Pick<InboxItem, 'dueAt' | 'firstResponseAt' | 'createdAt' | 'status'>,
  now = Date.now(),
): ResponseClock {
  if (item.firstResponseAt) {
    const took = Date.parse(item.firstResponseAt) - Date.parse(item.createdAt);
    return { state: 'answered', text: feedbackText('clock.answeredIn', { duration: durationLabel(took) }) };
  }
  if (item.status === 'resolved') return { state: 'closed', text: feedbackText('clock.closed') };
  const left = Date.parse(item.dueAt) - now;
  if (left >= 0) return { state: 'due', text: feedbackText('clock.dueIn', { duration: durationLabel(left) }) };
  return { state: 'overdue', text: feedbackText('clock.overdueBy', { duration: durationLabel(left) }) };
}
