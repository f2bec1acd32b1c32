/**
 * @module The tracker: what shoppers do, recorded for the shop (`Rapport.track(kind, data)`
 * from any widget or the store's own code, and a product view for every element with
 * `data-rapport-product="<id>"`). Loaded by the loader after the page's own content, as a
 * chunk of its own; calls made before are handed over from the loader's buffer.
 *
 * Reliable: every event gets its id when it happens and waits in this tab's sessionStorage
 * until the server acknowledged it; batches (under 64 KiB, at most `BATCH_MAX_EVENTS`) go
 * a couple of seconds after the first event, at once when the page is hidden or left
 * (`fetch(…, {keepalive: true})`, else `sendBeacon`), and again with backoff after a network
 * error, a 5xx or a 429 (its Retry-After honoured). What went out as the page closed stays
 * queued until a later page sees it acknowledged: the server stores each event id once.
 *
 * Consent-aware: a visitor id is kept in the browser (localStorage) only with consent —
 * `Rapport.consent(true)`, or where the shop does not require it unless the shopper said
 * no. Without it, the events are counted for the shop but linked to nobody.
 */
import { BATCH_MAX_EVENTS, BATCH_TARGET_BYTES } from '../../server/interactions/limits.ts';
import type { EventInput, EventReceipt } from '../../server/interactions/index.ts';
import { rapport } from './config.ts';
import { newKey } from './ids.ts';
import { consentKey, earlyKey, pendingKey, toEvent, visitorKey, type EarlyCall, type TrackData } from './tracking.ts';

export type { TrackData };
import { shopSettings } from './shop-settings.ts';

/** Timing; tests shorten it. */
export const trackerTiming = { batchMs: 2000, baseRetryMs: 2000, maxRetryMs: 5 * 60_000 };

const read = <T>(store: Storage, key: string, fallback: T): T => {
  try {
    return (JSON.parse(store.getItem(key) ?? 'null') as T) ?? fallback;
  } catch {
    return fallback;
  }
};
const write = (store: Storage, key: string, value: unknown) => {
  try {
    if (value === null) store.removeItem(key);
    else store.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the events live in memory for this page.
  }
};

export class Tracker {
  private memory: EventInput[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private failures = 0;
  private stopped = false;
  private consentRequired = true;
  private readonly seen = new WeakSet<Element>();

  constructor(private readonly shop: string, private readonly api: string) {
    this.memory = read<EventInput[]>(sessionStorage, pendingKey(shop), []);
  }

  /**
   * Starts: what was tracked before (on this page, and on an earlier one that closed before
   * its tracker arrived), the shop's consent rule, product elements now and later, flushes
   * on hide and when back online.
   */
  async start(buffered: EarlyCall[]): Promise<void> {
    const early = [...read<EarlyCall[]>(sessionStorage, earlyKey(this.shop), []), ...buffered];
    this.add(early.map(([kind, data, at]) => toEvent(kind, data, at)));
    write(sessionStorage, earlyKey(this.shop), null);
    addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.flush(true));
    addEventListener('pagehide', () => this.flush(true));
    addEventListener('online', () => this.flush(false));
    this.scan(document);
    new MutationObserver(() => this.scan(document)).observe(document.documentElement, { childList: true, subtree: true });
    const settings = await shopSettings();
    this.consentRequired = settings?.tracking.consentRequired ?? true;
    this.applyConsent();
    this.schedule(0);
  }

  /** Records one event (the id and time are given now: a retry is the same event). */
  track(kind: string, data?: TrackData, at?: number): void {
    this.add([toEvent(kind, data, at)]);
  }

  /** The shopper's answer: with it, a visitor id is kept; without it, forgotten. */
  consent(granted: boolean): void {
    write(localStorage, consentKey(this.shop), granted ? 1 : 0);
    this.applyConsent();
  }

  /** true / false as the shopper answered; undefined when never asked. */
  consented(): boolean | undefined {
    const v = read<number | null>(localStorage, consentKey(this.shop), null);
    return v === null ? undefined : v === 1;
  }

  private linked(): boolean {
    const c = this.consented();
    return c === true || (c === undefined && !this.consentRequired);
  }

  private applyConsent(): void {
    if (!this.linked()) write(localStorage, visitorKey(this.shop), null);
    else if (!read<string | null>(localStorage, visitorKey(this.shop), null)) write(localStorage, visitorKey(this.shop), `v_${newKey().replace(/-/g, '')}`);
  }

  private add(events: EventInput[]): void {
    if (!events.length) return;
    this.memory.push(...events);
    this.persist();
    this.schedule(trackerTiming.batchMs);
  }

  private persist(): void {
    write(sessionStorage, pendingKey(this.shop), this.memory.length ? this.memory : null);
  }

  /** A product view for each element naming a product, once per element. */
  private scan(root: ParentNode): void {
    for (const el of root.querySelectorAll<HTMLElement>('[data-rapport-product]')) {
      if (this.seen.has(el)) continue;
      this.seen.add(el);
      const product = el.dataset.rapportProduct?.trim();
      if (product) this.track('product.view', { product, ...(el.dataset.rapportVariant ? { variant: el.dataset.rapportVariant } : {}) });
    }
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush(false);
    }, ms);
  }

  /** The next batch: the oldest events, under the byte and count limits. */
  private batch(): { events: EventInput[]; body: string } {
    const linked = this.linked();
    const visitor = linked ? read<string | null>(localStorage, visitorKey(this.shop), null) : null;
    const session = linked ? rapport()?.session?.sessionToken : undefined;
    const head = { sentAt: Date.now(), consent: this.consented(), ...(visitor ? { visitor } : {}), ...(session ? { session } : {}) };
    const events: EventInput[] = [];
    let size = JSON.stringify({ ...head, events: [] }).length;
    for (const e of this.memory) {
      const n = JSON.stringify(e).length + 1;
      if (events.length >= BATCH_MAX_EVENTS || (events.length && size + n > BATCH_TARGET_BYTES)) break;
      events.push(e);
      size += n;
    }
    return { events, body: JSON.stringify({ ...head, events }) };
  }

  private url(): string {
    return `${this.api}/v1/events?shop=${encodeURIComponent(this.shop)}`;
  }

  /**
   * Sends what is waiting. `leaving`: the page is being hidden or closed — everything goes
   * out now with keepalive, and stays queued until a later page sees it acknowledged.
   */
  flush(leaving: boolean): void {
    if (this.stopped || !this.memory.length) return;
    if (leaving) {
      const seen = new Set<string>();
      while (seen.size < this.memory.length) {
        const { events, body } = this.batchAfter(seen);
        if (!events.length) break;
        events.forEach((e) => seen.add(e.id));
        this.beacon(body);
      }
      return;
    }
    if (this.sending || !navigator.onLine) return;
    void this.send();
  }

  private batchAfter(skip: Set<string>) {
    const all = this.memory;
    this.memory = all.filter((e) => !skip.has(e.id));
    try {
      return this.batch();
    } finally {
      this.memory = all;
    }
  }

  private beacon(body: string): void {
    try {
      void fetch(this.url(), { method: 'POST', body, keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain' } }).catch(() => {});
    } catch {
      try {
        navigator.sendBeacon?.(this.url(), new Blob([body], { type: 'text/plain' }));
      } catch {
        // The next page sends them.
      }
    }
  }

  private async send(): Promise<void> {
    this.sending = true;
    let retryAfter: number | undefined;
    try {
      while (this.memory.length && !this.stopped) {
        const { events, body } = this.batch();
        const res = await fetch(this.url(), { method: 'POST', body, keepalive: body.length < 60_000, credentials: 'omit', headers: { 'content-type': 'text/plain' } });
        if (res.status === 429 || res.status >= 500 || res.status === 408) {
          retryAfter = Number(res.headers.get('retry-after')) || undefined;
          throw new Error(`HTTP ${res.status}`);
        }
        if (res.ok) {
          const receipt = (await res.json().catch(() => undefined)) as EventReceipt | undefined;
          if (receipt?.rejected.length) console.warn('[rapport] events refused', receipt.rejected);
        } else if (res.status === 403 || res.status === 404) {
          // Wrong shop key or an origin the shop has not allowed: nothing will get through.
          console.warn(`[rapport] events refused (${res.status}); tracking stops on this page`);
          this.stopped = true;
        } else console.warn(`[rapport] events refused (${res.status})`, await res.text().catch(() => ''));
        // Acknowledged, or refused for good: either way these are done.
        const done = new Set(events.map((e) => e.id));
        this.memory = this.memory.filter((e) => !done.has(e.id));
        this.persist();
        this.failures = 0;
      }
    } catch {
      const wait = retryAfter ? retryAfter * 1000 : Math.random() * Math.min(trackerTiming.maxRetryMs, trackerTiming.baseRetryMs * 2 ** this.failures++);
      this.schedule(wait);
    } finally {
      this.sending = false;
    }
  }
}

let tracker: Tracker | undefined;

/** The loader calls this once, after the page's content, with what was tracked before. */
export function startTracker(shop: string, api: string, buffered: EarlyCall[]): Tracker {
  tracker ??= new Tracker(shop, api);
  void tracker.start(buffered);
  return tracker;
}
