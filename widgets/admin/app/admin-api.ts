/**
 * @module Admin API core: the session (who is signed in, sign-in, sign-out) and the one
 * way to call the server as a staff member — `read` and `write` through the one
 * `ApiClient` with the session cookie. It keeps the CSRF token in memory only (never in
 * storage or the DOM) and sends it on every state-changing call; a 401 on any call but
 * sign-in tells the app that the session has ended. Each area's calls live in its folder
 * (`feedback/feedback-api.ts`, `settings/settings-api.ts`), made with `read` / `write`
 * and reached with `api.area(FeedbackApi)`: adding an area never edits this file.
 */
import { ApiClient, type Result } from '../../core/api-client.ts';
import type { SessionView } from '../../../server/staff/contract.ts';

/** The session as the admin's elements see it: everything but the CSRF token. */
export type AdminSession = Omit<SessionView, 'csrfToken'>;
export type AdminWrite = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What an area's calls are made with. */
export type AdminCalls = Pick<AdminApi, 'read' | 'write' | 'url'>;
/** An area's calls: a class made from the core, e.g. `FeedbackApi`. */
export type AdminArea<T> = new (api: AdminCalls) => T;

export class AdminApi {
  /** Called when the server says the session is gone (expired, signed out elsewhere). */
  onUnauthorized?: () => void;
  private readonly client: ApiClient;
  private csrfToken = '';
  private readonly areas = new Map<AdminArea<unknown>, unknown>();

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
    const res = await this.send<void>('DELETE', '/v1/admin/session');
    if (!res.ok && res.error.status !== 401) return res;
    this.csrfToken = '';
    return { ok: true, value: undefined };
  }

  /**
   * An area's calls on this session, made once: elements given them see the same object
   * on every render, so nothing reloads for a new one.
   *
   * @example
   * api.area(FeedbackApi).inbox({ status: 'unresolved' });
   */
  area<T>(Area: AdminArea<T>): T {
    let calls = this.areas.get(Area) as T | undefined;
    if (!calls) this.areas.set(Area, (calls = new Area(this)));
    return calls;
  }

  /** A GET of `path`; a 401 ends the session. */
  async read<T>(path: string, signal?: AbortSignal): Promise<Result<T>> {
    return this.watch(await this.client.get<T>(path, signal));
  }

  /** Every state-changing call goes through here, so none can forget the CSRF token; a 401 ends the session. */
  async write<T>(method: AdminWrite, path: string, body?: unknown): Promise<Result<T>> {
    return this.watch(await this.send<T>(method, path, body));
  }

  /** The absolute address of `path`, for a link the browser follows itself (the cookie authenticates it). */
  url(path: string): string {
    return new URL(path, this.baseUrl).href;
  }

  private send<T>(method: AdminWrite, path: string, body?: unknown): Promise<Result<T>> {
    return this.client.request<T>(path, { method, body, headers: { 'x-csrf-token': this.csrfToken } });
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

/** `path` with a query string (`search` without `?`), or `path` alone when it is empty. */
export const withQuery = (path: string, search: string): string => (search ? `${path}?${search}` : path);
