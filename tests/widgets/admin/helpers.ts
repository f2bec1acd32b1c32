/**
 * @module Admin test helpers (the shared ones — axe, waitFor — are in ../helpers.ts):
 * mount an admin element with its object properties set *before* it connects (the app
 * and the pages take an API and a session, not attributes), a signed-in session, an
 * API object that answers from data (elements take their API as a property, so a test
 * hands them data without a network), and an origin where nothing listens (a real
 * network failure, not a stub).
 */
import type { AdminApi, AdminSession } from '../../../widgets/admin/app/admin-api.ts';
import type { FeedbackApi } from '../../../widgets/admin/feedback/feedback-api.ts';
import type { SettingsApi } from '../../../widgets/admin/settings/settings-api.ts';
import type { Result } from '../../../widgets/core/api-client.ts';

/** Nothing listens here: every request fails the way a dropped connection does. */
export const UNREACHABLE = 'http://127.0.0.1:1';

export const session: AdminSession = {
  staff: { id: '00000000-0000-4000-8000-000000000001', email: 'ana@example.com', name: 'Ana Lima', role: 'owner' },
  shop: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Demo Shop', publicKey: 'pk_test_123' },
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  failedSignIns: 0,
};

const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

/** A class's public members (its private ones would make an intersection `never`). */
type Public<T> = { [K in keyof T]: T[K] };
/** The core and every area's calls in one object, as `fakeApi` fakes them. */
type EveryCall = AdminApi & Public<FeedbackApi> & Public<SettingsApi>;

/**
 * An admin API answering every call successfully with empty data, with `overrides`
 * replacing some calls; `calls` records each call's name and arguments. It is every
 * area's calls too: `api.area(FeedbackApi)` is the fake itself.
 */
export function fakeApi(overrides: Partial<Record<keyof EveryCall, unknown>> = {}) {
  const calls: [string, unknown[]][] = [];
  const base: Record<string, (...args: never[]) => unknown> = {
    session: () => ok(session),
    signIn: () => ok(session),
    signOut: () => ok(undefined),
    audit: () => ok({ items: [] }),
    inbox: () => ok({ items: [], total: 0 }),
    inboxCsvUrl: () => '/v1/admin/inbox.csv',
    feedback: () => Promise.resolve({ ok: false, error: { code: 'not-found', status: 404, title: 'Not found' } }),
    updateFeedback: () => Promise.resolve({ ok: false, error: { code: 'not-found', status: 404, title: 'Not found' } }),
    addNote: () => Promise.resolve({ ok: false, error: { code: 'not-found', status: 404, title: 'Not found' } }),
    reply: () => Promise.resolve({ ok: false, error: { code: 'not-found', status: 404, title: 'Not found' } }),
    bulk: () => ok({ updated: 0 }),
    staff: () => ok({ items: [] }),
    mail: () => ok({ items: [] }),
    feedbackSettings: () => ok({ responseTargets: { complaint: 24, suggestion: 72, praise: 72, question: 72 }, hiddenKinds: [] }),
    saveFeedbackSettings: (s: never) => ok(s),
  };
  const api: Record<string, unknown> = { calls, onUnauthorized: undefined };
  for (const [name, fn] of Object.entries({ ...base, ...overrides })) {
    api[name] = typeof fn === 'function' ? (...args: unknown[]) => (calls.push([name, args]), (fn as (...a: unknown[]) => unknown)(...args)) : fn;
  }
  api.area = () => api;
  return api as unknown as EveryCall & { calls: [string, unknown[]][] };
}

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
