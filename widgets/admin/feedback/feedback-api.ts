/**
 * @module Feedback's admin calls: the inbox (a page of it, its CSV address), one item and
 * its changes (status, assignee, tags, notes, replies), bulk actions and the staff to
 * assign to — typed from the server contracts, made through the admin core's `read` /
 * `write` (so the CSRF token and the end of a session apply to each). Elements reach them
 * with `api.area(FeedbackApi)`.
 */
import type { z } from 'zod';
import type { Result } from '../../core/api-client.ts';
import { withQuery, type AdminCalls } from '../app/admin-api.ts';
import type { StaffView } from '../../../server/staff/contract.ts';
import type { BulkAction, FeedbackDetail, FeedbackUpdate, InboxPage } from '../../../server/feedback/contract.ts';
import { searchFromFilter, serverFilter, type InboxFilter } from './inbox-filter.ts';

export type { FeedbackDetail, InboxItem } from '../../../server/feedback/contract.ts';
export type StaffMember = z.infer<typeof StaffView>;
export type StaffList = { items: StaffMember[] };
export type InboxResult = z.infer<typeof InboxPage>;
export type FeedbackChange = z.input<typeof FeedbackUpdate>;
export type BulkRequest = z.input<typeof BulkAction>;

const item = (id: string) => `/v1/admin/feedback/${encodeURIComponent(id)}`;

export class FeedbackApi {
  constructor(private readonly api: AdminCalls) {}

  /** One page of the inbox for a filter (its `limit`/`offset` choose the page; no status: what is not resolved). */
  inbox(filter: InboxFilter, signal?: AbortSignal): Promise<Result<InboxResult>> {
    return this.api.read(withQuery('/v1/admin/inbox', searchFromFilter(serverFilter(filter))), signal);
  }

  /** Where the CSV of everything matching a filter downloads (a plain link: the cookie authenticates it). */
  inboxCsvUrl(filter: InboxFilter): string {
    const { limit: _l, offset: _o, ...rest } = filter;
    return this.api.url(withQuery('/v1/admin/inbox.csv', searchFromFilter(serverFilter(rest))));
  }

  feedback(id: string, signal?: AbortSignal): Promise<Result<FeedbackDetail>> {
    return this.api.read(item(id), signal);
  }

  updateFeedback(id: string, change: FeedbackChange): Promise<Result<FeedbackDetail>> {
    return this.api.write('PATCH', item(id), change);
  }

  /** An internal note: seen by staff only, never emailed. */
  addNote(id: string, body: string): Promise<Result<FeedbackDetail>> {
    return this.api.write('POST', `${item(id)}/notes`, { body });
  }

  /** A reply, emailed to the customer; the item then waits on them. */
  reply(id: string, body: string): Promise<Result<FeedbackDetail>> {
    return this.api.write('POST', `${item(id)}/replies`, { body });
  }

  bulk(action: BulkRequest): Promise<Result<{ updated: number }>> {
    return this.api.write('POST', '/v1/admin/feedback/bulk', action);
  }

  /** The shop's staff, to assign items to. */
  staff(signal?: AbortSignal): Promise<Result<StaffList>> {
    return this.api.read('/v1/admin/staff', signal);
  }
}
