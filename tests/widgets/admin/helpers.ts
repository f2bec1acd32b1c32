/**
 * @module Admin test helpers (the shared ones — axe, waitFor — are in ../helpers.ts):
 * mount an admin element with its object properties set *before* it connects (the app
 * and the pages take an API and a session, not attributes), a signed-in session, and
 * an origin where nothing listens (a real network failure, not a stub).
 */
import type { AdminSession } from '../../../widgets/admin/admin-api.ts';

/** Nothing listens here: every request fails the way a dropped connection does. */
export const UNREACHABLE = 'http://127.0.0.1:1';

export const session: AdminSession = {
  staff: { id: '00000000-0000-4000-8000-000000000001', email: 'ana@example.com', name: 'Ana Lima', role: 'owner' },
  shop: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Demo Shop', publicKey: 'pk_test_123' },
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
};

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
