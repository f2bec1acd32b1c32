/**
 * @module Admin API: the admin's calls, typed from the server contract, made through the
 * one `ApiClient` with the session cookie. It keeps the CSRF token in memory only (never
 * in storage or the DOM) and sends it on every state-changing call; a 401 on any call but
 * sign-in tells the app that the session has ended.
 */
import type { z } from 'zod';
import { ApiClient, type Result } from '../../core/api-client.ts';
import type { AuditList, SessionView, StaffView } from '../../../server/staff/contract.ts';
import type {
  BulkAction, FeedbackDetail, FeedbackSettings, FeedbackUpdate, InboxPage, MailItem,
} from '../../../server/feedback/contract.ts';
import { searchFromFilter, type InboxFilter } from '../feedback/inbox-filter.ts';

/** The session as the admin's elements see it: everything but the CSRF token. */
export type AdminSession = Omit<SessionView, 'csrfToken'>;
export type AuditItem = z.infer<typeof AuditList>['items'][number];
export type StaffMember = z.infer<typeof StaffView>;
export type { FeedbackDetail, FeedbackSettings, InboxItem, MailItem } from '../../../server/feedback/contract.ts';
export type InboxResult = z.infer<typeof InboxPage>;
export type FeedbackChange = z.input<typeof FeedbackUpdate>;
export type BulkRequest = z.input<typeof BulkAction>;

type Write = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class AdminApi {
  /** Called when the server says the session is gone (expired, signed out elsewhere). */
  onUnauthorized?: () => void;
  private readonly client: ApiClient;
  private csrfToken = '';

  constructor(private readonly baseUrl: string) {
    this.client = new ApiClient({ baseUrl, credentials: 'include' });
  }

  /** Who is signed in; a 401 here simply means "nobody" and is not reported. */
  async session(signal?: AbortSignal): Promise<Result<AdminSession>> {
    return this.keep(await this.client.get<SessionView>('/v1/admin/session', signal));
  }

  async signIn(email: string, password: string): Promise<Result<AdminSession>> {
    return this.keep(await this.client.post<SessionView>('/v1/admin/session', { email, password }));
  }

  /** Signs out; a session that had already ended counts as signed out. */
  async signOut(): Promise<Result<void>> {
    const res = await this.write<void>('DELETE', '/v1/admin/session', undefined, false);
    if (!res.ok && res.error.status !== 401) return res;
    this.csrfToken = '';
    return { ok: true, value: undefined };
  }

  audit(limit = 50, signal?: AbortSignal): Promise<Result<z.infer<typeof AuditList>>> {
    return this.read(`/v1/admin/audit?limit=${limit}`, signal);
  }

  /** One page of the inbox for a filter (its `limit`/`offset` choose the page). */
  inbox(filter: InboxFilter, signal?: AbortSignal): Promise<Result<InboxResult>> {
    return this.read(withQuery('/v1/admin/inbox', searchFromFilter(filter)), signal);
  }

  /** Where the CSV of everything matching a filter downloads (a plain link: the cookie authenticates it). */
  inboxCsvUrl(filter: InboxFilter): string {
    const { limit: _l, offset: _o, ...rest } = filter;
    return new URL(withQuery('/v1/admin/inbox.csv', searchFromFilter(rest)), this.baseUrl).href;
  }

  feedback(id: string, signal?: AbortSignal): Promise<Result<FeedbackDetail>> {
    return this.read(`/v1/admin/feedback/${encodeURIComponent(id)}`, signal);
  }

  updateFeedback(id: string, change: FeedbackChange): Promise<Result<FeedbackDetail>> {
    return this.write('PATCH', `/v1/admin/feedback/${encodeURIComponent(id)}`, change);
  }

  /** An internal note: seen by staff only, never emailed. */
  addNote(id: string, body: string): Promise<Result<FeedbackDetail>> {
    return this.write('POST', `/v1/admin/feedback/${encodeURIComponent(id)}/notes`, { body });
  }

  /** A reply, emailed to the customer; the item then waits on them. */
  reply(id: string, body: string): Promise<Result<FeedbackDetail>> {
    return this.write('POST', `/v1/admin/feedback/${encodeURIComponent(id)}/replies`, { body });
  }

  bulk(action: BulkRequest): Promise<Result<{ updated: number }>> {
    return this.write('POST', '/v1/admin/feedback/bulk', action);
  }

  staff(signal?: AbortSignal): Promise<Result<{ items: StaffMember[] }>> {
    return this.read('/v1/admin/staff', signal);
  }

  mail(limit = 50, signal?: AbortSignal): Promise<Result<{ items: MailItem[] }>> {
    return this.read(`/v1/admin/mail?limit=${limit}`, signal);
  }

  feedbackSettings(signal?: AbortSignal): Promise<Result<FeedbackSettings>> {
    return this.read('/v1/admin/settings/feedback', signal);
  }

  saveFeedbackSettings(settings: FeedbackSettings): Promise<Result<FeedbackSettings>> {
    return this.write('PUT', '/v1/admin/settings/feedback', settings);
  }

  private async read<T>(path: string, signal?: AbortSignal): Promise<Result<T>> {
    return this.watch(await this.client.get<T>(path, signal));
  }

  /** Every state-changing call goes through here, so none can forget the CSRF token. */
  private async write<T>(method: Write, path: string, body?: unknown, watch = true): Promise<Result<T>> {
    const headers = { 'x-csrf-token': this.csrfToken };
    const res = await this.client.request<T>(path, { method, body, headers });
    return watch ? this.watch(res) : res;
  }

  private watch<T>(res: Result<T>): Result<T> {
    if (!res.ok && res.error.status === 401) {
      this.csrfToken = '';
      this.onUnauthorized?.();
    }
    return res;
  }

  private keep(res: Result<SessionView>): Result<AdminSession> {
    if (!res.ok) return res;
    const { csrfToken, ...session } = res.value;
    this.csrfToken = csrfToken;
    return { ok: true, value: session };
  }
}

const withQuery = (path: string, search: string) => (search ? `${path}?${search}` : path);
