/**
 * @module The one API client for widgets and the admin: fetch with a timeout, JSON in
 * and out, problem+json turned into an `ApiError` (stable slug + field paths) that the
 * caller localizes. It never throws: every call resolves to a `Result`.
 */

export interface FieldError {
  path: string;
  message: string;
}

export interface ApiError {
  /**
   * Stable problem slug (`validation`, `invalid-token`, …), `http-<status>` for a non-problem
   * answer, or a client-side code: `network`, `timeout`, `aborted` (the caller's signal).
   */
  code: string;
  status: number;
  title: string;
  detail?: string;
  errors?: FieldError[];
  /** Seconds to wait, from Retry-After, when the server gave one. */
  retryAfter?: number;
  /** The problem's extension members (e.g. a proof-of-work `challenge` with a 429), when it has any. */
  extensions?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface ApiClientOptions {
  /** Base URL of the Rapport server, e.g. `https://rapport.example.com`. */
  baseUrl: string;
  /** Headers sent on every call (the shop key for storefront widgets). */
  headers?: () => Record<string, string>;
  /** `include` for the admin (session cookie); storefront widgets send none. */
  credentials?: RequestCredentials;
  timeoutMs?: number;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, with its own type (a photo upload), instead of a JSON body. */
  raw?: Blob;
  /** Added to the client's headers; `undefined` removes one of them (e.g. a session that must not go with this call). */
  headers?: Record<string, string | undefined>;
  signal?: AbortSignal;
  keepalive?: boolean;
}

const PROBLEM_PREFIX = 'https://rapport.dev/problems/';

export class ApiClient {
  constructor(private readonly opts: ApiClientOptions) {}

  async request<T>(path: string, req: RequestOptions = {}): Promise<Result<T>> {
    const timeout = AbortSignal.timeout(this.opts.timeoutMs ?? 15_000);
    const signal = req.signal ? either(req.signal, timeout) : timeout;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries({ accept: 'application/json', ...this.opts.headers?.(), ...req.headers })) if (v !== undefined) headers[k] = v;
    if (req.raw) headers['content-type'] = req.raw.type;
    else if (req.body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(new URL(path, this.opts.baseUrl), {
        method: req.method ?? (req.body === undefined && !req.raw ? 'GET' : 'POST'),
        headers,
        body: req.raw ?? (req.body === undefined ? undefined : JSON.stringify(req.body)),
        credentials: this.opts.credentials ?? 'omit',
        signal,
        keepalive: req.keepalive,
      });
    } catch (err) {
      return { ok: false, error: transportError(err, timeout, req.signal) };
    }
    if (res.status === 204) return { ok: true, value: undefined as T };
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      // The body broke off (connection lost, timeout, abort): not a success with no data.
      return { ok: false, error: transportError(err, timeout, req.signal) };
    }
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = undefined;
    }
    if (res.ok) return { ok: true, value: data as T };
    return { ok: false, error: toApiError(res, data) };
  }

  get<T>(path: string, signal?: AbortSignal) {
    return this.request<T>(path, { signal });
  }

  post<T>(path: string, body: unknown, extra: Omit<RequestOptions, 'body' | 'method'> = {}) {
    return this.request<T>(path, { ...extra, method: 'POST', body });
  }
}

/** `AbortSignal.any` where the browser has it (Safari < 17.4 does not): one signal for both. */
function either(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const both = new AbortController();
  for (const s of [a, b]) {
    if (s.aborted) both.abort(s.reason);
    else s.addEventListener('abort', () => both.abort(s.reason), { once: true });
  }
  return both.signal;
}

/** Why fetch failed: our timeout, the caller's abort (a superseded request), or the network. */
function transportError(err: unknown, timeout: AbortSignal, caller?: AbortSignal): ApiError {
  const code = caller?.aborted ? 'aborted' : timeout.aborted ? 'timeout' : 'network';
  return { code, status: 0, title: String(err) };
}

function toApiError(res: Response, data: unknown): ApiError {
  const p = (data ?? {}) as Partial<{ type: string; title: string; detail: string; errors: FieldError[] }>;
  const retry = Number(res.headers.get('retry-after'));
  const { type: _t, title: _ti, status: _s, detail: _d, instance: _i, errors: _e, ...extensions } =
    (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  return {
    code: typeof p.type === 'string' && p.type.startsWith(PROBLEM_PREFIX) ? p.type.slice(PROBLEM_PREFIX.length) : `http-${res.status}`,
    status: res.status,
    title: p.title ?? res.statusText,
    detail: p.detail,
    errors: Array.isArray(p.errors) ? p.errors : undefined,
    retryAfter: Number.isFinite(retry) && retry > 0 ? retry : undefined,
    ...(Object.keys(extensions).length ? { extensions } : {}),
  };
}
