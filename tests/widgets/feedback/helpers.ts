/**
 * @module Helpers of the <rapport-feedback> tests: fill and send the form like a shopper,
 * make files with given first bytes (and real images, for what the API must take), read
 * what the real API received and stored for a shop, and read or seed the IndexedDB outbox
 * directly (not through the widget's own code).
 */
import type { FeedbackReceipt, FeedbackSubmission } from '../../../server/feedback/contract.ts';
import { MIN_FILL_MS } from '../../../server/feedback/limits.ts';
import type { RapportFeedback } from '../../../widgets/feedback/rapport-feedback.ts';
import { settle, waitFor, type StoredFeedback, type TestShop, type WireRequest } from '../helpers.ts';

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * As if the shopper had been reading the form for `ms` longer than they were: the API asks
 * a form sent faster than a person fills it (MIN_FILL_MS, 2 s) for a proof of work first,
 * so a test about something else moves the moment the form was shown back instead of
 * waiting (or solving up to 100,000 hashes).
 */
export function tookTime(el: RapportFeedback, ms = MIN_FILL_MS + 1000) {
  const form = el as unknown as { shownAt?: unknown };
  if (typeof form.shownAt !== 'number' || form.shownAt === 0) throw new Error('<rapport-feedback> has no shownAt to move back: update tookTime()');
  form.shownAt -= ms;
}

/**
 * Picks options and types like a shopper; only the given fields are touched. The shopper
 * took their time (`tookTime`) unless `quick` is set.
 */
export async function fill(el: RapportFeedback, f: { kind?: string; score?: number; text?: string; email?: string; website?: string; quick?: boolean }) {
  if (!f.quick) tookTime(el);
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

/** `waitFor` for an async check (the API's log or database, IndexedDB). */
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

/** A file whose content starts with `head` (then zeros up to `size` bytes): `image()` bytes make a real image file. */
export function file(name: string, head: ArrayLike<number> | string, size = 64): File {
  const bytes = new Uint8Array(Math.max(size, head.length));
  bytes.set(typeof head === 'string' ? new TextEncoder().encode(head) : head);
  return new File([bytes], name, { type: name.endsWith('.jpg') ? 'image/jpeg' : '' });
}
/** A PNG's signature and the start of its IHDR chunk (the widget looks only at the first bytes). */
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

/**
 * A real image of `type`, 2×2 pixels, as Chromium encodes it (the API walks the whole
 * file, so a test photo it must take has to be a real one).
 */
export async function image(type: 'image/png' | 'image/jpeg' | 'image/webp'): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(2, 2);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#2f5d50';
  ctx.fillRect(0, 0, 2, 2);
  const blob = await canvas.convertToBlob({ type, quality: 0.9 });
  if (blob.type !== type) throw new Error(`this browser cannot encode ${type}`);
  return new Uint8Array(await blob.arrayBuffer());
}

/** The first `n` bytes of a photo as the wire log keeps them (hex). */
export const headBytes = (hex: string, n = 4) => (hex.match(/../g) ?? []).slice(0, n).map((h) => parseInt(h, 16));

export interface FeedbackLog {
  /** Every `POST /v1/feedback` for the shop, as the API received it and the status the widget got (-1: no answer). */
  requests: WireRequest[];
  /** What the database holds, oldest first. */
  stored: StoredFeedback[];
}

/** What the real API received and stored for `shop`'s feedback. */
export async function feedbackLog(shop: TestShop): Promise<FeedbackLog> {
  const [requests, { items }] = await Promise.all([shop.requests({ method: 'POST', path: '/v1/feedback' }), shop.feedback()]);
  return { requests, stored: items };
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
