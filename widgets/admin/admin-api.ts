/**
 * @module Admin API: the admin's calls, typed from the server contract, made through the
 * one `ApiClient` with the session cookie. It keeps the CSRF token in memory only (never
 * in storage or the DOM) and sends it on every state-changing call; a 401 on any call but
 * sign-in tells the app that the session has ended.
 */
import type { z } from 'zod';
import { ApiClient, type Result } from '../core/api-client.ts';
import type { AuditList, SessionView } from '../../server/contract/admin.ts';

/** The session as the admin's elements see it: everything but the CSRF token. */
export type AdminSession = Omit<SessionView, 'csrfToken'>;
export type AuditItem = z.infer<typeof AuditList>['items'][number];

type Write = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class AdminApi {
  /** Called when the server says the session is gone (expired, signed out elsewhere). */
  onUnauthorized?: () => void;
  private readonly client: ApiClient;
  private csrfToken = '';

  constructor(baseUrl: string) {
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
