/**
 * @module Admin test helpers (the shared ones — axe, waitFor — are in ../helpers.ts): a
 * shop of one's own on the real API with its owner and agent (`adminShop()`), signed in
 * with a real session cookie and fed real feedback; mounting an admin element with its
 * object properties set *before* it connects (the app and the pages take an API and a
 * session, not attributes); and an origin where nothing listens (a real network failure).
 *
 * Every admin request of the page is tagged with the test shop's key (`X-Rapport-Shop`,
 * which the admin API ignores), so the fault wrapper in front of the real API
 * (tests/widgets/real-api.ts) applies that shop's faults to it and logs it; the tag is
 * all this page adds — the requests, cookies and answers are the real ones.
 */
import { AdminApi, type AdminSession } from '../../../widgets/admin/app/admin-api.ts';
import type { FaultMode, WireRequest } from '../real-api.ts';
import type { SeedFeedback, SeedMail, SeedOrder } from './admin-control.ts';

export type { SeedFeedback, SeedMail, SeedOrder };

/** Mocha timeout for an axe check of a page on the real API: axe-core itself loads on first use (half a megabyte). */
export const AXE_MS = 15_000;

/** Nothing listens here: every request fails the way a dropped connection does. */
export const UNREACHABLE = 'http://127.0.0.1:1';

/** A signed-in session as the server describes one — only for the pure unit tests (labels, formats). */
export const session: AdminSession = {
  staff: { id: '00000000-0000-4000-8000-000000000001', email: 'ana@example.com', name: 'Ana Lima', role: 'owner' },
  shop: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Demo Shop', publicKey: 'pk_test_123' },
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  failedSignIns: 0,
};

/** An admin request the page made: what, and whether the caller cancelled it. */
export interface AdminCall {
  method: string;
  /** Path and query, e.g. `/v1/admin/inbox?kind=praise`. */
  path: string;
  signal?: AbortSignal | null;
}

/** The page's admin requests, oldest first (`clearCalls()` empties it). */
export const adminCalls: AdminCall[] = [];
export const clearCalls = (): void => void adminCalls.splice(0);

let taggedShop = '';
const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.origin === location.origin && url.pathname.startsWith('/v1/admin/')) {
    adminCalls.push({ method: (init.method ?? 'GET').toUpperCase(), path: url.pathname + url.search, signal: init.signal });
    if (taggedShop) {
      const headers = new Headers(init.headers);
      headers.set('x-rapport-shop', taggedShop);
      init = { ...init, headers };
    }
  }
  return pageFetch(input, init);
};

async function control<T>(path: string, body?: unknown): Promise<T> {
  const res = await pageFetch(`/api-test${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

type Who = 'owner' | 'agent';
export interface TestStaff {
  id: string;
  email: string;
  name: string;
  role: Who;
}
/** A seeded feedback: its id and the reference the server gave it. */
export interface Seeded {
  id: string;
  reference: string;
}

export interface AdminShop {
  key: string;
  name: string;
  id: string;
  owner: TestStaff;
  agent: TestStaff;
  /** Both staff members' password. */
  password: string;
  /**
   * Signs `as` in on this page (a real session; its HttpOnly cookie replaces any earlier
   * one) and returns an admin API on it that has read the session (so it holds the CSRF token).
   */
  signIn(as?: Who, opts?: { quiet?: boolean }): Promise<{ api: AdminApi; session: AdminSession }>;
  /** Ends every session of the shop on the server (as when it expires or is signed out elsewhere). */
  endSessions(): Promise<void>;
  /** The account's failed sign-ins reach the limit, as when strangers guess its password. */
  throttleSignIn(as?: Who): Promise<void>;
  /** Feedback stored by the server's own submission code, then aged, handled and answered as each item says. */
  seed(items: SeedFeedback[]): Promise<Seeded[]>;
  /** A shopper's browser sends feedback (`POST /v1/feedback`), as the widget does; resolves with the receipt. */
  submit(body: Record<string, unknown>): Promise<{ id: string; reference: string }>;
  orders(orders: SeedOrder[]): Promise<void>;
  products(products: Array<{ id?: string; title: string }>): Promise<string[]>;
  mail(items: SeedMail[]): Promise<void>;
  /** A fault in front of the real API for this shop's requests (only to `path` when given), or `ok`. */
  fault(mode: FaultMode, opts?: { path?: string; ms?: number }): Promise<void>;
  /** What went over the wire for this shop (optionally one method and path), oldest first. */
  requests(filter?: { method?: string; path?: string }): Promise<WireRequest[]>;
  /** No fault, an empty wire log, no feedback or mail. */
  reset(): Promise<void>;
}

/**
 * A new shop on the real API for this test file, with an owner ("Ana Lima") and an agent
 * ("Bo Chen"), allowing the test page's origin; the page's admin requests are tagged with
 * it from now on (and with whichever shop signs in later). `quiet`: its audit log starts
 * empty (as for a shop provisioned before there was one). Call in `before`, with `SETUP_MS`.
 */
export async function adminShop(opts: { quiet?: boolean } = {}): Promise<AdminShop> {
  const made = await control<Pick<AdminShop, 'key' | 'name' | 'id' | 'owner' | 'agent' | 'password'>>(
    '/admin/shops', { origins: [location.origin], ...opts });
  const at = `/admin/shops/${made.key}`;
  taggedShop = made.key;
  return {
    ...made,
    async signIn(as = 'owner', opts = {}) {
      await control(`${at}/session`, { as, ...opts });
      taggedShop = made.key; // the page's admin requests are this shop's from now on
      const api = new AdminApi(location.origin);
      const res = await api.session();
      if (!res.ok) throw new Error(`the new session was not accepted: ${res.error.status} ${res.error.code}`);
      return { api, session: res.value };
    },
    endSessions: async () => void (await control(`${at}/sessions/end`, {})),
    throttleSignIn: async (as = 'owner') => void (await control(`${at}/sign-in-throttle`, { as })),
    seed: async (items) => (await control<{ items: Seeded[] }>(`${at}/feedback`, { items })).items,
    async submit(body) {
      const res = await pageFetch('/v1/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rapport-shop': made.key, 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ locale: 'en', fillMs: 30_000, ...body }),
      });
      if (res.status !== 201) throw new Error(`POST /v1/feedback: ${res.status} ${await res.text()}`);
      return res.json();
    },
    orders: async (orders) => void (await control(`${at}/orders`, { orders })),
    products: async (products) => (await control<{ ids: string[] }>(`/shops/${made.key}/products`, { products })).ids,
    mail: async (items) => void (await control(`${at}/mail`, { items })),
    fault: async (mode, o = {}) => {
      const q = new URLSearchParams({ shop: made.key, mode, ...(o.path ? { path: o.path } : {}), ...(o.ms ? { ms: String(o.ms) } : {}) });
      await control(`/faults?${q}`, {});
    },
    requests: async (f = {}) =>
      (await control<WireRequest[]>(`/shops/${made.key}/requests`)).filter((r) => (!f.method || r.method === f.method) && (!f.path || r.path === f.path)),
    reset: async () => void (await control(`/shops/${made.key}/reset`, {})),
  };
}

/** A 1×1 PNG as a shopper's browser sends it (base64), and as the server stores it. */
export const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const mounted: Element[] = [];

/** Creates `tag` with `props`, adds it to the page and waits for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const el = Object.assign(document.createElement(tag), props);
  document.body.append(el);
  mounted.push(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** Removes everything `mount` added (call from `afterEach`). */
export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/** Text of a node with runs of whitespace collapsed. */
export const text = (n: Node | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
