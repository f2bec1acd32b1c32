/**
 * @module HTTP helpers for API tests against the in-process app.
 */
import { expect } from 'vitest';
import { SignJWT } from 'jose';

export const BASE = 'http://localhost';

export function jsonReq(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** Asserts a problem+json answer with this status and slug; returns the body. */
export async function expectProblem(res: Response, status: number, slug: string) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as { type: string; title: string; status: number; errors?: { path: string; message: string }[]; detail?: string; [k: string]: unknown };
  expect({ status: res.status, type: body.type }).toEqual({ status, type: `https://rapport.dev/problems/${slug}` });
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  return body;
}

/** A storefront identity proof as a store would mint it. */
export async function storefrontToken(
  secret: string,
  claims: { sub: string; email?: string; name?: string; aud?: string; platform?: string },
  opts: { expiresIn?: number; alg?: string } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ email: claims.email, name: claims.name, ...(claims.platform ? { platform: claims.platform } : {}) })
    .setProtectedHeader({ alg: opts.alg ?? 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt(now)
    .setExpirationTime(now + (opts.expiresIn ?? 600));
  if (claims.aud) jwt.setAudience(claims.aud);
  return jwt.sign(new TextEncoder().encode(secret));
}

export function cookieFrom(res: Response, name: string): string | undefined {
  const all = res.headers.getSetCookie();
  const c = all.find((s) => s.startsWith(name + '='));
  return c?.split(';')[0].slice(name.length + 1);
}

/** `POST /v1/uploads` of raw image bytes, as the widget's durable send does. */
export function uploadPhoto(
  app: { request(url: string, init?: RequestInit): Response | Promise<Response> },
  shopKey: string,
  bytes: Uint8Array,
  headers: Record<string, string> = {},
) {
  return app.request(`${BASE}/v1/uploads`, {
    method: 'POST',
    body: new Uint8Array(bytes) as unknown as BodyInit,
    headers: { 'content-type': 'image/png', 'x-rapport-shop': shopKey, 'idempotency-key': crypto.randomUUID(), ...headers },
  });
}

/** Uploads a photo and returns its id (the test fails when the upload is refused). */
export async function uploadedPhoto(app: Parameters<typeof uploadPhoto>[0], shopKey: string, bytes: Uint8Array): Promise<string> {
  const res = await uploadPhoto(app, shopKey, bytes);
  if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}
