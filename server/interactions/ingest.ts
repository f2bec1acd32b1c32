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
import { findProductsByRef, findVariantsByRef } from '../catalog/index.ts';
import { ensurePartitions, insertInteractions, type InteractionRow } from './db.ts';
import { BROWSER_MAX_AGE_MS, MAX_FUTURE_MS, RETENTION_DAYS } from './limits.ts';

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

const REF_TTL_MS = 60_000;
const REF_CACHE_MAX = 50_000;

/** Product and variant references this process resolved lately, per shop. */
class RefCache {
  private readonly map = new Map<string, { value: string; variantOf?: string; until: number }>();
  get(shopId: string, kind: 'p' | 'v', ref: string, now: number) {
    const hit = this.map.get(`${shopId}\0${kind}\0${ref}`);
    return hit && hit.until > now ? hit : undefined;
  }
  set(shopId: string, kind: 'p' | 'v', ref: string, value: string, now: number, variantOf?: string) {
    if (this.map.size >= REF_CACHE_MAX) this.map.clear();
    this.map.set(`${shopId}\0${kind}\0${ref}`, { value, variantOf, until: now + REF_TTL_MS });
  }
}
const refs = new RefCache();

/** The product references of one event (the product, the items shown). */
function productRefs(e: EventParsed): string[] {
  if (e.kind === 'recommendation.impression') return e.data.items;
  return 'product' in e && e.product ? [e.product] : [];
}

/** Runs reads in the shop's scope: a transaction of its own, or one the caller holds. */
export type InShop = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * Checks and resolves a batch's events. Product and variant references this process
 * resolved lately are not read again; the others are read in one query each through
 * `inShop` (called only when needed). Events refused carry their index and field paths
 * (`events.3.product`).
 */
export async function prepareEvents(inShop: InShop, shopId: string, events: readonly unknown[], ctx: PrepareContext): Promise<Prepared> {
  const rejected: EventRejection[] = [];
  const parsed: { index: number; e: EventParsed; at: number }[] = [];
  const seen = new Set<string>();
  let repeated = 0;
  events.forEach((raw, index) => {
    const r = EventInput.safeParse(raw);
    if (!r.success) {
      rejected.push({ index, errors: r.error.issues.map((i) => ({ path: ['events', index, ...i.path].join('.'), message: i.message })) });
      return;
    }
    const at = r.data.at + ctx.clockOffsetMs;
    if (at > ctx.now + MAX_FUTURE_MS || at < ctx.oldest) {
      rejected.push({ index, errors: [{ path: `events.${index}.at`, message: at > ctx.now ? 'The time is in the future' : 'The event is too old to record' }] });
      return;
    }
    if (seen.has(r.data.id)) {
      repeated++;
      return;
    }
    seen.add(r.data.id);
    parsed.push({ index, e: r.data, at });
  });

  // Resolve every product and variant reference of the batch at once (cached per process).
  const now = ctx.now;
  const wantP = new Set<string>();
  const wantV = new Set<string>();
  for (const { e } of parsed) {
    for (const ref of productRefs(e)) if (!refs.get(shopId, 'p', ref, now)) wantP.add(ref);
    if ('variant' in e && e.variant && !refs.get(shopId, 'v', e.variant, now)) wantV.add(e.variant);
  }
  if (wantP.size || wantV.size) {
    const [products, variants] = await inShop(async (tx) => [
      wantP.size ? await findProductsByRef(tx, [...wantP]) : [],
      wantV.size ? await findVariantsByRef(tx, [...wantV]) : [],
    ] as const);
    for (const p of products) for (const ref of p.refs) refs.set(shopId, 'p', ref, p.id, now);
    for (const v of variants) {
      refs.set(shopId, 'v', v.id, v.id, now, v.productId);
      refs.set(shopId, 'v', v.sku, v.id, now, v.productId);
    }
  }

  const rows: InteractionRow[] = [];
  for (const { index, e, at } of parsed) {
    const errors: EventRejection['errors'] = [];
    let productId: string | null = null;
    let variantId: string | null = null;
    let data: Record<string, unknown> = 'data' in e && e.data ? { ...e.data } : {};
    if (e.kind === 'recommendation.impression') {
      const items = e.data.items.map((ref) => refs.get(shopId, 'p', ref, now)?.value);
      items.forEach((id, i) => {
        if (!id) errors.push({ path: `events.${index}.data.items.${i}`, message: 'No product of this shop has this id' });
      });
      data = { ...data, items };
    } else if ('product' in e && e.product) {
      productId = refs.get(shopId, 'p', e.product, now)?.value ?? null;
      if (!productId) errors.push({ path: `events.${index}.product`, message: 'No product of this shop has this id' });
    }
    if ('variant' in e && e.variant) {
      const v = refs.get(shopId, 'v', e.variant, now);
      if (!v || (productId && v.variantOf !== productId)) {
        errors.push({ path: `events.${index}.variant`, message: 'No variant of this product has this id or SKU' });
      } else variantId = v.value;
    }
    if (errors.length) {
      rejected.push({ index, errors });
      continue;
    }
    const keepUntil = ctx.source === 'browser' ? new Date(ctx.now + BROWSER_MAX_AGE_MS + 86_400_000) : new Date(at + ctx.retentionDays * 86_400_000);
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
  const p = await prepareEvents((fn) => fn(tx), shopId, input.events, ctx);
  const stored = await insertInteractions(tx, shopId, p.rows);
  return { accepted: stored.length, duplicates: p.rows.length - stored.length + p.repeated, rejected: p.rejected };
}
