/**
 * @module Helpers of the <rapport-feedback> tests: fill and send the form like a shopper,
 * make files with given first bytes, steer and read the test API's feedback state, and
 * read or seed the IndexedDB outbox directly (not through the widget's own code).
 */
import type { FeedbackReceipt, FeedbackSubmission } from '../../../server/feedback/contract.ts';
import type { RapportFeedback } from '../../../widgets/feedback/rapport-feedback.ts';
import { settle, waitFor } from '../helpers.ts';

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Picks options and types like a shopper; only the given fields are touched. */
export async function fill(el: RapportFeedback, f: { kind?: string; score?: number; text?: string; email?: string; website?: string }) {
  if (f.kind) $<HTMLInputElement>(el, `input[name=kind][value=${f.kind}]`)!.click();
  if (f.score !== undefined) $<HTMLInputElement>(el, `input[name=score][value="${f.score}"]`)!.click();
  const type = (sel: string, value: string) => {
    const input = $<HTMLInputElement>(el, sel)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  if (f.text !== undefined) type('#text', f.text);
  if (f.email !== undefined) type('#email', f.email);
  if (f.website !== undefined) $<HTMLInputElement>(el, '#website')!.value = f.website;
  await settle(el);
}

/** `waitFor` for an async check (the test API's log, IndexedDB). */
export async function eventually(check: () => Promise<boolean>, what: string, ms = 3000) {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function send(el: RapportFeedback) {
  $<HTMLButtonElement>(el, '[part~=submit]')!.click();
  await settle(el);
}

/** The thank-you panel once it shows (its heading focused). */
export const thanks = (el: Element, ms = 3000) => waitFor(() => $(el, '[part~=thanks]'), 'the thank-you panel', ms);
export const queuedPanel = (el: Element, ms = 3000) => waitFor(() => $(el, '[part~=queued]'), 'the saved-for-later panel', ms);

/** A file whose content starts with `head` (then zeros up to `size` bytes). */
export function file(name: string, head: number[] | string, size = 64): File {
  const bytes = new Uint8Array(Math.max(size, head.length));
  bytes.set(typeof head === 'string' ? new TextEncoder().encode(head) : head);
  return new File([bytes], name, { type: name.endsWith('.jpg') ? 'image/jpeg' : '' });
}
/** A PNG's signature and the start of its IHDR chunk (the test API looks that far). */
export const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
export const JPEG = [0xff, 0xd8, 0xff, 0xe0];
export const GIF = [...'GIF89a'].map((c) => c.charCodeAt(0));
export const WEBP = [...'RIFF\0\0\0\0WEBP'].map((c) => c.charCodeAt(0));

/** Chooses files in the photo input, as the file picker would; waits until `previews` photos show. */
export async function choose(el: RapportFeedback, files: File[], previews: number) {
  const input = $<HTMLInputElement>(el, '#photos')!;
  const dt = new DataTransfer();
  files.forEach((f) => dt.items.add(f));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => $$(el, '[part~=photos] li').length === previews, `${previews} photo previews`);
  await new Promise((r) => setTimeout(r, 50)); // the last files' refusals
  await settle(el);
}

export interface ApiLog {
  mode: string;
  requests: Array<{ key: string; authorization: string | null; pow: boolean; status: number }>;
  stored: Array<{ key: string; reference: string; body: FeedbackSubmission }>;
}

/** The test API's feedback side for `shop`: set its mode (which resets it) and read its log. */
export function testApi(shop: string) {
  return {
    mode: (mode: string) => fetch(`/api-test/feedback/mode?shop=${shop}&mode=${mode}`, { method: 'POST' }),
    log: async (): Promise<ApiLog> => (await fetch(`/api-test/feedback/log?shop=${shop}`)).json(),
  };
}

export type { FeedbackReceipt };

/** Runs `fn` on the outbox store of `shop`, straight through IndexedDB. */
async function withStore<T>(shop: string, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(`rapport-outbox:${shop}`, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('outbox', { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const req = fn(db.transaction('outbox', mode).objectStore('outbox'));
    return await new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

export const outboxEntries = (shop: string) =>
  withStore<Array<{ key: string; body: FeedbackSubmission }>>(shop, 'readonly', (s) => s.getAll());
export const seedOutbox = (shop: string, entry: { key: string; body: FeedbackSubmission; createdAt: number }) =>
  withStore(shop, 'readwrite', (s) => s.put({ path: '/v1/feedback', ...entry }));
