/**
 * @module Test helpers for the widget tests: mount markup, wait for a condition, run
 * axe-core on an element (Shadow DOM included), watch the page for errors that escaped,
 * and start the real loader against the test API.
 */
import type { AxeResults, RunOptions } from 'axe-core';

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

/** Polls `check` until it returns a truthy value; fails with `what` after `ms`. */
export async function waitFor<T>(check: () => T, what: string, ms = 3000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
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
