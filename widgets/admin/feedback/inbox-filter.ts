/**
 * @module Inbox filter: the inbox's filter, sort and page as a URL query and back — pure,
 * so a reload or the back button shows the same list, and the same query string serves
 * the list call and the CSV export. Values a hand-edited URL gets wrong are dropped,
 * never sent on to fail. Without a status the inbox shows what is not resolved yet
 * (`status=all` shows everything): `serverFilter` says so to the server.
 */
import type { FeedbackKind, FeedbackStatus, InboxQuery } from '../../../server/feedback/contract.ts';
import { FEEDBACK_KINDS } from '../../../server/feedback/limits.ts';

/** A status to filter by, or `all` (resolved ones too); none means not resolved yet. */
export type InboxStatusFilter = NonNullable<InboxQuery['status']> | 'all';
/** The inbox query with every field optional; an absent field is the default (for the status: not resolved). */
export type InboxFilter = Partial<Omit<InboxQuery, 'status'>> & { status?: InboxStatusFilter };

// The contract's enums are zod values; the admin bundle imports its types only (the kinds are a plain constant).
export const KINDS: readonly FeedbackKind[] = FEEDBACK_KINDS;
export const STATUSES: readonly FeedbackStatus[] = ['new', 'open', 'waiting', 'resolved'];
export const SORTS: readonly InboxQuery['sort'][] = ['due', 'newest', 'oldest'];
export const PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(list: readonly T[]) => (v: string): T | undefined =>
  (list as readonly string[]).includes(v) ? (v as T) : undefined;
const int = (min: number, max: number) => (v: string): number | undefined => {
  const n = Number(v);
  return v !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};
const text = (max: number) => (v: string): string | undefined => {
  const t = v.trim();
  return t && t.length <= max ? t : undefined;
};

/** How each field reads from the URL, in the order the URL lists them. */
const readers: { [K in keyof InboxQuery]-?: (v: string) => Required<InboxFilter>[K] | undefined } = {
  kind: oneOf(KINDS),
  status: oneOf<InboxStatusFilter>([...STATUSES, 'unresolved', 'all']),
  minScore: int(0, 10),
  maxScore: int(0, 10),
  assignee: (v) => (v === 'me' || v === 'none' || UUID.test(v) ? v : undefined),
  tag: text(50),
  from: (v) => (DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined),
  to: (v) => (DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined),
  hasOrder: oneOf(['true', 'false'] as const),
  q: text(200),
  sort: oneOf(SORTS),
  limit: int(1, 200),
  offset: int(0, Number.MAX_SAFE_INTEGER),
};
const KEYS = Object.keys(readers) as (keyof InboxQuery)[];

/** The server's defaults: left out of the URL, so the plain inbox has a plain address. */
const DEFAULTS: InboxFilter = { sort: 'due', limit: PAGE_SIZE, offset: 0 };

/** The filter a URL query describes (with or without `?`); unknown or invalid values are dropped. */
export function filterFromSearch(search: string): InboxFilter {
  const params = new URLSearchParams(search);
  const filter: Record<string, unknown> = {};
  for (const key of KEYS) {
    const raw = params.get(key);
    const value = raw === null ? undefined : readers[key](raw);
    if (value !== undefined && value !== DEFAULTS[key]) filter[key] = value;
  }
  return filter as InboxFilter;
}

/** The URL query (without `?`) for a filter, in a fixed order, defaults left out. */
export function searchFromFilter(filter: InboxFilter): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value === undefined || value === '' || value === DEFAULTS[key]) continue;
    params.set(key, String(value));
  }
  return params.toString();
}

/** A filter with `change` applied; any change but the page itself goes back to the first page. */
export function changeFilter(filter: InboxFilter, change: InboxFilter): InboxFilter {
  const next: InboxFilter = { ...filter, ...change };
  if (!('offset' in change)) delete next.offset;
  for (const key of KEYS) if (next[key] === undefined || next[key] === '') delete next[key];
  return next;
}

/** True when the filter narrows the list (sort and page aside): "no match" rather than "empty". */
export const isFiltered = (filter: InboxFilter): boolean =>
  KEYS.some((k) => k !== 'sort' && k !== 'limit' && k !== 'offset' && filter[k] !== undefined);

/** True for the inbox as it opens: what is not resolved, nothing else narrowed (sort and page aside). */
export const isDefaultView = (filter: InboxFilter): boolean =>
  (filter.status === undefined || filter.status === 'unresolved') && !isFiltered({ ...filter, status: undefined });

/** The filter as the server takes it: no status is "not resolved", `all` is no status at all. */
export function serverFilter(filter: InboxFilter): Partial<InboxQuery> {
  const { status, ...rest } = filter;
  return status === 'all' ? rest : { ...rest, status: status ?? 'unresolved' };
}
