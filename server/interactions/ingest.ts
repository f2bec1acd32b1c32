/**
 * @module Ingest: the one path every event takes into the log, from a browser's batch or
 * from the server (orders, returns, platform adapters). Each event is checked on its own
 * (a bad one is refused with its index, the good ones kept), its time corrected by the
 * sender's clock offset and kept within limits, its product and variant resolved within the
 * shop, and its person decided by consent. The HTTP path then hands rows to the writer,
 * which commits many requests' rows together (group commit) and answers only after commit.
 */
import type { Sql, Tx } from '../kernel/db/client.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { EventInput, type EventParsed, type EventRejection } from './contract.ts';
import { ensurePartitions, insertInteractions, type InteractionRow } from './db.ts';
import { BROWSER_MAX_AGE_MS, MAX_FUTURE_MS, RETENTION_DAYS } from './limits.ts';
import { cachedRefs, readRefs, type FindRefs } from './refs.ts';

export interface Person {
  customerId: string | null;
  visitorId: string | null;
}

export interface PrepareContext {
  source: 'browser' | 'server';
  person: Person;
  /** The server's clock now, ms. */
  now: number;
  /** Added to every `at`: the server's clock minus the sender's (0 for the server). */
  clockOffsetMs: number;
  /** The oldest time accepted, ms. */
  oldest: number;
  /** How long the shop keeps events, in days (a server event's id is kept as long). */
  retentionDays: number;
}

export interface Prepared {
  rows: InteractionRow[];
  rejected: EventRejection[];
  /** Events repeated within the batch (same id): stored once. */
  repeated: number;
}

/** The product references of one event (the product, the items shown). */
function productRefs(e: EventParsed): string[] {
  if (e.kind === 'recommendation.impression') return e.data.items;
  return 'product' in e && e.product ? [e.product] : [];
}

/**
 * Checks and resolves a batch's events. Product and variant references this process
 * resolved lately are not read again; the others are asked of `find` (called only when
 * needed). Events refused carry their index and field paths (`events.3.product`).
 */
export async function prepareEvents(find: FindRefs, shopId: string, events: readonly unknown[], ctx: PrepareContext): Promise<Prepared> {
  const rejected: EventRejection[] = [];
  const parsed: { index: number; e: EventParsed; at: number }[] = [];
  const seen = new Set<string>();
  let repeated = 0;
  const wantP = new Set<string>();
  const wantV = new Set<string>();
  events.forEach((raw, index) => {
    const r = EventInput.safeParse(raw);
    if (!r.success) {
      rejected.push({ index, errors: r.error.issues.map((i) => ({ path: ['events', index, ...i.path].join('.'), message: i.message })) });
      return;
    }
    const e = r.data;
    const at = e.at + ctx.clockOffsetMs;
    if (at > ctx.now + MAX_FUTURE_MS || at < ctx.oldest) {
      rejected.push({ index, errors: [{ path: `events.${index}.at`, message: at > ctx.now ? 'The time is in the future' : 'The event is too old to record' }] });
      return;
    }
    if (seen.has(e.id)) {
      repeated++;
      return;
    }
    seen.add(e.id);
    parsed.push({ index, e, at });
    for (const ref of productRefs(e)) wantP.add(ref);
    if ('variant' in e && e.variant) wantV.add(e.variant);
  });

  // Every product and variant reference of the batch: remembered, or read at once.
  const { found, missing } = cachedRefs(shopId, wantP, wantV, ctx.now);
  if (missing.products.length || missing.variants.length) {
    const read = await find(missing.products, missing.variants);
    for (const [ref, r] of read.products) found.products.set(ref, r);
    for (const [ref, r] of read.variants) found.variants.set(ref, r);
  }

  const rows: InteractionRow[] = [];
  const browserKeepUntil = new Date(ctx.now + BROWSER_MAX_AGE_MS + 86_400_000);
  for (const { index, e, at } of parsed) {
    const errors: EventRejection['errors'] = [];
    let productId: string | null = null;
    let variantId: string | null = null;
    let data: Record<string, unknown> = 'data' in e && e.data ? { ...e.data } : {};
    if (e.kind === 'recommendation.impression') {
      const items = e.data.items.map((ref) => found.products.get(ref)?.id);
      items.forEach((id, i) => {
        if (!id) errors.push({ path: `events.${index}.data.items.${i}`, message: 'No product of this shop has this id' });
      });
      data = { ...data, items };
    } else if ('product' in e && e.product) {
      productId = found.products.get(e.product)?.id ?? null;
      if (!productId) errors.push({ path: `events.${index}.product`, message: 'No product of this shop has this id' });
    }
    if ('variant' in e && e.variant) {
      const v = found.variants.get(e.variant);
      if (!v || (productId && v.productId !== productId)) {
        errors.push({ path: `events.${index}.variant`, message: 'No variant of this product has this id or SKU' });
      } else variantId = v.id;
    }
    if (errors.length) {
      rejected.push({ index, errors });
      continue;
    }
    const keepUntil = ctx.source === 'browser' ? browserKeepUntil : new Date(at + ctx.retentionDays * 86_400_000);
    rows.push({
      eventId: e.id, keepUntil, occurredAt: new Date(at), kind: e.kind, source: ctx.source,
      customerId: ctx.person.customerId, visitorId: ctx.person.visitorId, productId, variantId, data,
    });
  }
  rejected.sort((a, b) => a.index - b.index);
  return { rows, rejected, repeated };
}

/** The oldest event time a shop takes from the server side (its retention) or from a browser. */
export function oldestAccepted(source: 'browser' | 'server', now: number, retentionDays: number = RETENTION_DAYS.default): number {
  return source === 'browser' ? now - BROWSER_MAX_AGE_MS : now - retentionDays * 86_400_000;
}

export interface ServerEvents {
  person: Person;
  events: readonly EventInput[];
  retentionDays?: number;
}

/**
 * Records events the server saw (a purchase, a return approved, an order from a platform)
 * through the same checks, in a transaction of its own. Returns the receipt.
 */
export async function recordServerEvents(sql: Sql, shopId: string, input: ServerEvents) {
  await readyFor(sql, input);
  return withShop(sql, shopId, (tx) => recordServerEventsIn(tx, shopId, input));
}

/** Makes sure the months of `input`'s events have their partitions (before a transaction that records them). */
export async function readyFor(sql: Sql, input: { events: readonly { at?: number }[]; retentionDays?: number }): Promise<void> {
  const now = Date.now();
  const oldest = oldestAccepted('server', now, input.retentionDays ?? RETENTION_DAYS.default);
  const times = input.events.map((e) => (typeof e.at === 'number' ? e.at : now));
  await ensurePartitions(sql, times.filter((t) => t >= oldest && t <= now + MAX_FUTURE_MS));
}

/**
 * The same inside a transaction the caller holds (withShop), so the events commit with what
 * caused them (a feedback stored, an order synced) or not at all. Call `readyFor` first.
 */
export async function recordServerEventsIn(tx: Tx, shopId: string, input: ServerEvents) {
  const now = Date.now();
  const retentionDays = input.retentionDays ?? RETENTION_DAYS.default;
  const ctx: PrepareContext = {
    source: 'server', person: input.person, now, clockOffsetMs: 0, oldest: oldestAccepted('server', now, retentionDays), retentionDays,
  };
  const p = await prepareEvents((products, variants) => readRefs(tx, shopId, products, variants), shopId, input.events, ctx);
  const stored = await insertInteractions(tx, shopId, p.rows);
  return { accepted: stored.length, duplicates: p.rows.length - stored.length + p.repeated, rejected: p.rejected };
}
