/**
 * @module Test helpers for the widget tests: mount markup, wait for a condition, run
 * axe-core on an element (Shadow DOM included), watch the page for errors that escaped,
 * start the real loader, and get a shop of one's own on the real API (tests/widgets/real-api.ts)
 * with the store's side of it: identity proofs, orders, products, FAQ, settings, faults,
 * and what the database stored.
 */
import type { AxeResults, RunOptions } from 'axe-core';
import type { StoredFeedback } from './test-control.ts';
import type { FaultMode, WireRequest } from './real-api.ts';

declare global {
  interface Window {
    axe?: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
  }
}

const mounted: HTMLElement[] = [];

/** Mounts `markup` in a fresh container; resolves with its first element once it has rendered. */
export async function fixture<T extends Element = HTMLElement>(markup: string): Promise<T> {
  const box = document.createElement('div');
  box.innerHTML = markup;
  document.body.append(box);
  mounted.push(box);
  const el = box.firstElementChild as T;
  await settle(el);
  return el;
}

/** Waits for `el` (if it is a Lit element) to finish rendering, catalog loads included. */
export async function settle(el: Element) {
  for (let i = 0; i < 3; i++) {
    const done = (el as Partial<{ updateComplete: Promise<boolean> }>).updateComplete;
    if (!done) return;
    if (await done) return;
  }
}

/** Removes everything `fixture` mounted (call from `afterEach`). */
export function cleanup() {
  for (const box of mounted.splice(0)) box.remove();
}

/** Polls `check` (which may be async, e.g. reading the database) until it gives a truthy value; fails with `what` after `ms`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, ms = 3000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const pending = check();
    const v = pending instanceof Promise ? await pending : pending;
    if (v) return v as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, pending instanceof Promise ? 100 : 10));
  }
}

async function loadAxe() {
  if (window.axe) return window.axe;
  // axe-core is a UMD script: as a classic script it sets window.axe.
  await new Promise<void>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/node_modules/axe-core/axe.min.js';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('could not load axe-core'));
    document.head.append(s);
  });
  return window.axe!;
}

/** Fails with the list of axe-core violations (any impact) found in `el`, Shadow DOM included. */
export async function expectAccessible(el: Element) {
  const axe = await loadAxe();
  const { violations } = await axe.run(el, { resultTypes: ['violations'] });
  if (violations.length) {
    const lines = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
    throw new Error(`axe found ${violations.length} violation(s):\n${lines.join('\n')}`);
  }
}

/** Collects errors and unhandled rejections that reach the page; `stop()` returns them. */
export function watchPageErrors() {
  const seen: unknown[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(e.reason);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}

/**
 * Starts the real loader as a shop would (a tag naming the shop, then the module), with
 * the test page's origin as the API. Call once per test file: the module runs once per page.
 */
export async function startLoader(shop: string) {
  const tag = document.createElement('script');
  tag.type = 'application/json'; // inert: only its data-* attributes matter here
  tag.dataset.shop = shop;
  tag.dataset.api = location.origin;
  document.head.append(tag);
  await import('../../widgets/loader.ts');
  return window.Rapport!;
}

/** Lets pending microtasks and a macrotask run (element updates, promise chains). */
export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

async function control<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api-test${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

export type { FaultMode, StoredFeedback, WireRequest };

/** One stored event as the tests compare it. */
export interface StoredInteraction {
  eventId: string;
  kind: string;
  product: string | null;
  visitor: string | null;
  customerSub: string | null;
  data: Record<string, unknown>;
}

/** A customer as the store knows them: its id for them, email and name. */
export interface StoreCustomer {
  sub: string;
  email?: string;
  name?: string;
}

export interface TestShop {
  /** The shop's public key (what `data-shop` names). */
  key: string;
  name: string;
  /** The store's signed identity proof for this customer (HS256 with the shop's secret, as a store's server signs it). */
  proof(who: StoreCustomer & { expiresIn?: number }): Promise<string>;
  /** Orders in the shop's database; `sub` makes it a customer's order, without it a guest's. */
  orders(orders: Array<{ number: string; email: string; sub?: string }>): Promise<void>;
  products(products: Array<{ id?: string; title: string; handle?: string; category?: string }>): Promise<string[]>;
  /** The shop's consent rule for the tracker (`required` is the default). */
  tracking(consent: 'required' | 'implied'): Promise<void>;
  /** The interaction log as stored, oldest first (products by handle, customers by the store's id for them). */
  interactions(): Promise<StoredInteraction[]>;
  faq(articles: Array<{ locale: 'en' | 'zh-Hans' | 'zh-Hant'; question: string; answerMd: string }>): Promise<void>;
  /** Feedback kinds the owner hid in the admin. */
  hideKinds(kinds: string[]): Promise<void>;
  /**
   * Switches a fault on in front of the real API for this shop's requests (only to `path`
   * when given): down | slow | drop | lose-once | rate-once, or ok.
   */
  fault(mode: FaultMode, opts?: { path?: string; ms?: number }): Promise<void>;
  /** The shop's feedback rate limit used up, as when it is flooded: the API asks for a proof of work. */
  exhaustFeedbackLimit(): Promise<void>;
  /** A fresh start: no fault, an empty wire log, no stored feedback, no rate-limit hits. */
  reset(): Promise<void>;
  /** The feedback stored in the database, oldest first. */
  feedback(): Promise<{ count: number; items: StoredFeedback[] }>;
  /** What went over the wire for this shop (optionally one method and path), oldest first. */
  requests(filter?: { method?: string; path?: string }): Promise<WireRequest[]>;
}

/**
 * A new shop on the real API for this test file, allowing the test page's origin (and
 * `origins`); `hiddenKinds` as the owner set them.
 */
export async function testShop(opts: { origins?: string[]; hiddenKinds?: string[] } = {}): Promise<TestShop> {
  const { key, name } = await control<{ key: string; name: string }>('/shops', {
    origins: [location.origin, ...(opts.origins ?? [])], hiddenKinds: opts.hiddenKinds,
  });
  const at = `/shops/${key}`;
  return {
    key,
    name,
    proof: async (who) => (await control<{ token: string }>(`${at}/proof`, who)).token,
    orders: async (orders) => void (await control(`${at}/orders`, { orders })),
    products: async (products) => (await control<{ ids: string[] }>(`${at}/products`, { products })).ids,
    tracking: async (consent) => void (await control(`${at}/tracking`, { consent })),
    interactions: () => control<StoredInteraction[]>(`${at}/interactions`),
    faq: async (articles) => void (await control(`${at}/faq`, { articles })),
    hideKinds: async (hiddenKinds) => void (await control(`${at}/settings`, { hiddenKinds })),
    fault: async (mode, o = {}) => {
      const q = new URLSearchParams({ shop: key, mode, ...(o.path ? { path: o.path } : {}), ...(o.ms ? { ms: String(o.ms) } : {}) });
      await control(`/faults?${q}`, {});
    },
    exhaustFeedbackLimit: async () => void (await control(`${at}/rate-limit`, {})),
    reset: async () => void (await control(`${at}/reset`, {})),
    feedback: () => control(`${at}/feedback`),
    requests: async (f = {}) =>
      (await control<WireRequest[]>(`${at}/requests`)).filter((r) => (!f.method || r.method === f.method) && (!f.path || r.path === f.path)),
  };
}

/** Mocha timeout for a `before` hook that sets up a shop on the real API and loads the element (not under test). */
export const SETUP_MS = 20_000;
