/**
 * @module The durable send: delivers an outbox entry through the one API client with its
 * idempotency key, retries network errors, 5xx and 429 with exponential backoff and full
 * jitter (Retry-After honoured, a proof of work solved when the API asks for one), wakes
 * early on `online`, and removes the entry only on a 2xx or a permanent refusal. One
 * delivery per key at a time in this page (and across tabs where Web Locks exist). Every
 * widget that takes a shopper's submission sends it this way.
 */
import type { ApiError, Result } from './api-client.ts';
import { SETUP_ERROR, rapport, storefrontApi } from './config.ts';
import { solvePow, powChallenge } from './proof-of-work.ts';
import { outbox, type OutboxEntry } from './durable-queue.ts';
import { newKey } from './ids.ts';

export { newKey };

/** Backoff settings; tests shorten or lengthen them. */
export const retryPolicy = { baseMs: 1000, maxMs: 5 * 60_000, /** Retry-After up to this many seconds keeps "sending…". */ patientSeconds: 10 };

/** What a delivery is doing, for the form that started it. */
export type Progress = 'pow' | 'waiting' | 'queued';

/** A final outcome: the server's answer, or a permanent refusal. */
export type Delivery<T = unknown> = Result<T>;

const running = new Map<string, Promise<Delivery | undefined>>();
const listeners = new Map<string, (p: Progress) => void>();

/** Network trouble, the server's trouble, or "slow down": worth another try later. */
export const retryable = (e: ApiError) => e.status === 0 ? e.code !== 'aborted' && e.code !== 'setup' : e.status >= 500 || e.status === 429 || e.status === 408;

/** Exponential backoff with full jitter, or the server's Retry-After. */
export function backoff(attempt: number, retryAfter?: number): number {
  if (retryAfter) return retryAfter * 1000;
  return Math.random() * Math.min(retryPolicy.maxMs, retryPolicy.baseMs * 2 ** attempt);
}

/** Waits `ms`, or less when the browser comes back online (unless the server set the wait). */
const pause = (ms: number, wakeOnline: boolean) =>
  new Promise<void>((resolve) => {
    const wake = () => (clearTimeout(timer), removeEventListener('online', wake), resolve());
    const timer = setTimeout(wake, ms);
    if (wakeOnline) addEventListener('online', wake);
  });

/** The next photo or preview of `entry` not uploaded yet, if any. */
function nextUpload(entry: OutboxEntry): { index: number; which: 'photo' | 'preview'; blob: Blob } | undefined {
  const files = entry.files ?? [];
  for (let index = 0; index < files.length; index++) {
    const f = files[index];
    if (!f.upload) return { index, which: 'photo', blob: f.photo };
    if (f.preview && !f.previewUpload) return { index, which: 'preview', blob: f.preview };
  }
  return undefined;
}

/** The body with its photos named by their uploads. */
const bodyOf = (entry: OutboxEntry) =>
  entry.files?.length
    ? { ...entry.body, photos: entry.files.map((f) => ({ upload: f.upload, ...(f.previewUpload ? { preview: f.previewUpload } : {}), name: f.name })) }
    : entry.body;

/**
 * The session header for `entry`: the current session goes only with an entry of that same
 * customer; anyone else's entry (a guest's, or one queued before a sign-out) goes without.
 */
function sessionHeader(entry: OutboxEntry): Record<string, string | undefined> {
  const now = rapport()?.session?.customer.id ?? null;
  return entry.customer && entry.customer === now ? {} : { authorization: undefined };
}

async function attempt(shop: string, entry: OutboxEntry): Promise<Delivery> {
  const api = storefrontApi();
  if (!api) return { ok: false, error: SETUP_ERROR };
  const box = outbox(shop);
  let tries = 0;
  // Never before the page knows who is signed in (a submission made while the identity
  // exchange runs would otherwise go out as a guest's, or as the previous customer's).
  const session = (await rapport()?.identityReady?.()) ?? null;
  if (entry.customer === undefined) {
    entry = { ...entry, customer: session?.customer.id ?? null };
    await box.put(entry);
  }

  /** After a refusal: solve the server's challenge and go on at once, wait and try again, or give up. */
  async function settle(e: ApiError): Promise<boolean> {
    const notify = listeners.get(entry.key);
    const challenge = e.status === 429 ? powChallenge((e as ApiError & { extensions?: unknown }).extensions) : undefined;
    if (challenge) {
      notify?.('pow');
      const pow = await solvePow(challenge);
      if (pow) {
        entry = { ...entry, pow };
        await box.put(entry);
        tries = 0; // the server asked for work, not for patience
        return true;
      }
    }
    if (!retryable(e)) return false;
    const wait = backoff(tries++, e.retryAfter);
    notify?.(e.status === 429 && wait <= retryPolicy.patientSeconds * 1000 ? 'waiting' : 'queued');
    await pause(wait, !e.retryAfter);
    return true;
  }

  for (;;) {
    const pow: Record<string, string | undefined> = { ...sessionHeader(entry), ...(entry.pow ? { 'x-rapport-pow': entry.pow } : {}) };
    // Photos first, each under its own key (a retry is the same upload), then the body that names them.
    const up = nextUpload(entry);
    const res = up
      ? await api.request<{ id: string }>('/v1/uploads', {
        method: 'POST', raw: up.blob, headers: { 'idempotency-key': `${entry.key}:${up.index}:${up.which}`, ...pow },
      })
      : await api.post<unknown>(entry.path, bodyOf(entry), { headers: { 'idempotency-key': entry.key, ...pow } });
    if (res.ok && up) {
      const id = (res.value as { id: string }).id;
      const files = entry.files!.map((f, i) => (i !== up.index ? f : up.which === 'photo' ? { ...f, upload: id } : { ...f, previewUpload: id }));
      entry = { ...entry, files, pow: undefined }; // a solved challenge buys one request
      await box.put(entry);
      tries = 0;
      continue;
    }
    if (res.ok) {
      await box.remove(entry.key);
      return res;
    }
    if (await settle(res.error)) continue;
    await box.remove(entry.key); // it can never succeed as it is: the shopper sees why and may fix it
    return res;
  }
}

/**
 * Delivers `entry` (already in the outbox) until the server confirms or refuses it.
 * Resolves with the outcome, or undefined when another tab is delivering it.
 * `onProgress` hears about waits and proofs of work for this entry.
 */
export function deliver<T>(shop: string, entry: OutboxEntry, onProgress?: (p: Progress) => void): Promise<Delivery<T> | undefined> {
  if (onProgress) listeners.set(entry.key, onProgress);
  let run = running.get(entry.key);
  if (!run) {
    const go = () => attempt(shop, entry).catch((err): Delivery => ({ ok: false, error: { code: 'client', status: 0, title: String(err) } }));
    const locks = navigator.locks;
    run = (locks ? locks.request(`rapport-outbox:${entry.key}`, { ifAvailable: true }, (lock) => (lock ? go() : undefined)) : go())
      .finally(() => (running.delete(entry.key), listeners.delete(entry.key)));
    running.set(entry.key, run);
  }
  return run as Promise<Delivery<T> | undefined>;
}

/** Sends everything waiting in this shop's outbox (a previous page's or a lost connection's). */
export async function flushOutbox(): Promise<void> {
  const shop = rapport()?.shop;
  if (!shop) return;
  for (const entry of await outbox(shop).all()) {
    void deliver(shop, entry).then((r) => {
      if (r && !r.ok) console.warn(`[rapport] a queued submission to ${entry.path} was refused (${r.error.code}); dropped`, r.error);
    });
  }
}

let watching = false;

/** Flushes now and on every `online` event (installed once per page). */
export function watchOutbox(): void {
  if (!watching) {
    watching = true;
    addEventListener('online', () => void flushOutbox());
  }
  void flushOutbox();
}
