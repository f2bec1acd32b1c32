/**
 * @module Admin formats: money, dates, times, sizes and email addresses as the staff
 * member's language writes them, and what someone typed kept from reordering the text
 * around it — pure, one place for each, shared by every area.
 */
import { html, type TemplateResult } from 'lit';
import { adminLocale, type AdminParams } from './admin-i18n.ts';

/** What the admin says: a plain sentence, or one with isolated parts (`withBdi`). */
export type AdminText = string | TemplateResult;

const MARK = '\uE000';

/**
 * A catalog text (`fill`, e.g. `(p) => feedbackText('tags.added', p)`) with the values of
 * `isolated` each in a `<bdi>`: a name, an address or a tag someone typed — a right-to-left
 * override in it, say — cannot reorder the sentence around it. Reads exactly like `fill(params)`.
 *
 * @example
 * withBdi((p) => feedbackText('compose.sent', p), { email }, ['email'])
 */
export function withBdi(fill: (params: AdminParams) => string, params: AdminParams, isolated: string[]): TemplateResult {
  const marked: AdminParams = { ...params };
  isolated.forEach((key, i) => (marked[key] = `${MARK}${i}${MARK}`));
  const parts = fill(marked).split(MARK);
  return html`${parts.map((part, i) => (i % 2 ? html`<bdi>${params[isolated[Number(part)]]}</bdi>` : part))}`;
}

/** `text` between Unicode isolates (FSI … PDI), for an attribute (a tooltip) where no `<bdi>` can go. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

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

/** A date without time ("May 1, 2025"), for order dates and past feedback. */
export const dateLabel = (iso: string): string =>
  new Intl.DateTimeFormat(adminLocale(), { dateStyle: 'medium' }).format(new Date(iso));

/** A short time ("May 1, 9:03 AM"; the year only when it is not this one). */
export function timeLabel(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric';
  return new Intl.DateTimeFormat(adminLocale(), { year, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })
    .format(date);
}

/** The full time, to the second, for a tooltip. */
export const fullTimeLabel = (iso: string): string =>
  new Intl.DateTimeFormat(adminLocale(), { dateStyle: 'full', timeStyle: 'medium' }).format(new Date(iso));

/** An email address that a narrow column breaks after the `@`, not in the middle of a word. */
export const emailLabel = (email: string) => {
  const at = email.lastIndexOf('@');
  return at < 0 ? html`<bdi>${email}</bdi>` : html`<bdi>${email.slice(0, at + 1)}<wbr>${email.slice(at + 1)}</bdi>`;
};

/** A file size in KB or MB, for photos. */
export function sizeLabel(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const unit = mb >= 1 ? { value: mb, unit: 'megabyte' } : { value: bytes / 1024, unit: 'kilobyte' };
  return new Intl.NumberFormat(adminLocale(), { style: 'unit', unit: unit.unit, maximumFractionDigits: 1 }).format(unit.value);
}
