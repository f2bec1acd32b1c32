/**
 * @module The demo owner's admin API for end-to-end tests: signed in with the demo's
 * credentials, each call with the session cookie and CSRF token, as the admin app sends them.
 */
import { expect } from 'vitest';
import type { StartedServer } from '../helpers/server-process.ts';

/** Signs the demo owner in; the returned call sends `body` to `/v1/admin<path>` and expects 200. */
export async function ownerAdminApi(server: StartedServer) {
  const signIn = await fetch(`${server.baseUrl}/v1/admin/session`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin: server.baseUrl },
    body: JSON.stringify({ email: server.demo!.adminEmail, password: server.demo!.adminPassword }),
  });
  expect(signIn.status).toBe(200);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.baseUrl}/v1/admin${path}`, {
      method, headers: { 'content-type': 'application/json', origin: server.baseUrl, cookie, 'x-csrf-token': csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBe(200);
    return (await res.json()) as T;
  };
}
