/**
 * @module Errors: one error type (`Problem`) thrown anywhere, turned into an RFC 9457
 * problem+json response in ONE place (`problemResponse`), with a stable `type`, a
 * human `title`, and field paths for invalid input.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';

export const PROBLEM_BASE = 'https://rapport.dev/problems/';

/** Stable problem slugs and their default status and title. */
export const problems = {
  'validation': [400, 'The request is not valid'],
  'malformed-json': [400, 'The request body is not valid JSON'],
  'invalid-utf8': [400, 'The request body is not valid UTF-8'],
  'unauthorized': [401, 'Authentication is required'],
  'invalid-token': [401, 'The token is not valid'],
  'invalid-credentials': [401, 'The email or password is wrong'],
  'forbidden': [403, 'This action is not allowed'],
  'csrf': [403, 'The CSRF token is missing or wrong'],
  'origin-not-allowed': [403, 'This origin is not allowed for this shop'],
  'unknown-shop': [404, 'No shop has this key'],
  'not-found': [404, 'Not found'],
  'conflict': [409, 'The request conflicts with the current state'],
  'payload-too-large': [413, 'The request body is too large'],
  'unsupported-media-type': [415, 'The content type is not supported'],
  'unprocessable': [422, 'The request cannot be processed'],
  'locked': [429, 'Too many failed attempts; try again later'],
  'rate-limited': [429, 'Too many requests'],
  'internal': [500, 'Something went wrong on our side'],
  'unavailable': [503, 'The service is shutting down or unavailable'],
} as const satisfies Record<string, readonly [number, string]>;

export type ProblemSlug = keyof typeof problems;

export interface FieldError {
  /** JSON pointer-ish path, e.g. `body.customer.email`. */
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [ext: string]: unknown;
}

export class Problem extends Error {
  readonly slug: ProblemSlug;
  readonly status: number;
  readonly errors?: FieldError[];
  readonly headers: Record<string, string>;
  readonly extra: Record<string, unknown>;

  constructor(
    slug: ProblemSlug,
    opts: { detail?: string; errors?: FieldError[]; headers?: Record<string, string>; status?: number; extra?: Record<string, unknown> } = {},
  ) {
    super(opts.detail ?? problems[slug][1]);
    this.slug = slug;
    this.status = opts.status ?? problems[slug][0];
    this.errors = opts.errors;
    this.headers = opts.headers ?? {};
    this.extra = opts.extra ?? {};
  }

  body(instance?: string): ProblemBody {
    return {
      type: PROBLEM_BASE + this.slug,
      title: problems[this.slug][1],
      status: this.status,
      ...(this.message !== problems[this.slug][1] ? { detail: this.message } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extra,
    };
  }
}

/** Turns a zod error into a validation problem with field paths under `where`. */
export function fromZod(error: ZodError, where: string): Problem {
  const errors = error.issues.map((i) => ({
    path: [where, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  return new Problem('validation', { errors, detail: `Invalid ${where}` });
}

/** Maps any thrown value to a Problem (PostgreSQL SQLSTATEs in one place). */
export function toProblem(err: unknown): Problem {
  if (err instanceof Problem) return err;
  if (err instanceof HTTPException) {
    if (err.status === 413) return new Problem('payload-too-large');
    if (err.status === 401) return new Problem('unauthorized');
    if (err.status === 403) return new Problem('forbidden', { detail: err.message || undefined });
    if (err.status === 404) return new Problem('not-found');
    if (err.status < 500) return new Problem('validation', { status: err.status, detail: err.message || undefined });
  }
  const code = (err as { code?: string } | null)?.code;
  if (code === '23505') return new Problem('conflict', { detail: 'A record with these values already exists' });
  if (code === '23503') return new Problem('unprocessable', { detail: 'A referenced record does not exist' });
  // Input the database could not take (a value out of range, a character it cannot store):
  // the edge should have refused it, and a client still gets a 400, never a database message.
  if (code === '23514' || code === '22P02' || code === '22001' || code === '22003' || code === '22007' || code === '22008'
    || code === '22021' || code === '22P05' || code === '54000') return new Problem('validation');
  if (code === '42501') return new Problem('forbidden');
  return new Problem('internal');
}

export function problemResponse(c: Context, p: Problem): Response {
  const requestId = (c.var as { requestId?: string }).requestId;
  const res = c.json(p.body(requestId ? `urn:request:${requestId}` : undefined), p.status as 400);
  res.headers.set('content-type', 'application/problem+json');
  for (const [k, v] of Object.entries(p.headers)) res.headers.set(k, v);
  return res;
}
