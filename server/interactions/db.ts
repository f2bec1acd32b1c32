/**
 * @module The interaction log's SQL: monthly partitions made ready before rows arrive,
 * many shops' rows inserted in one statement each (arrays unnested, duplicates by event id
 * dropped), product and variant references resolved to ids, a person's recent history, and
 * retention. Functions taking `tx` run inside withShop; `sql` ones are the system path.
 */
import type { Db, Sql } from '../kernel/db/client.ts';

export interface InteractionRow {
  eventId: string;
  /** Until when a retry of this event can still come (its id is kept that long). */
  keepUntil: Date;
  occurredAt: Date;
  kind: string;
  source: 'browser' | 'server';
  customerId: string | null;
  visitorId: string | null;
  productId: string | null;
  variantId: string | null;
  data: Record<string, unknown>;
}

const monthKey = (t: number) => {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/** The months this process knows have their partition (they are only ever dropped when past every shop's retention). */
const readyMonths = new Set<number>();

/**
 * Makes sure each month holding one of `times` has its partition. System path, before the
 * rows' transaction (the app role may not create tables, and PGlite's single connection
 * must not be asked from inside a transaction).
 */
export async function ensurePartitions(sql: Sql, times: Iterable<number>): Promise<void> {
  const missing = new Map<number, number>();
  for (const t of times) {
    const k = monthKey(t);
    if (!readyMonths.has(k) && !missing.has(k)) missing.set(k, t);
  }
  for (const [k, t] of missing) {
    await sql`select rapport_interactions_partition(${new Date(t)})`;
    readyMonths.add(k);
  }
}

/** Forgets what this process knows about partitions (after dropping some). */
export function forgetPartitions(): void {
  readyMonths.clear();
}

/**
 * Inserts rows of the current shop (withShop) in one statement: each event id is claimed
 * first, and only the events whose id was new are stored. Returns the ids stored now.
 * Rows must have distinct ids.
 */
export async function insertInteractions(tx: Db, shopId: string, rows: InteractionRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const already = new Set((await insertStatement(tx, shopId, rows)).map((r) => r.id));
  return rows.filter((r) => !already.has(r.eventId)).map((r) => r.eventId);
}

/**
 * The statement of `insertInteractions`, not yet sent (to pipeline it with others). The rows
 * go as one JSON document (one native JSON.stringify instead of an array per column built
 * and escaped in JavaScript), and the answer names only the ids that were there already —
 * usually none, so a commit of many rows reads back nothing.
 */
export function insertStatement(tx: Db, shopId: string, rows: InteractionRow[]) {
  return tx<{ id: string }[]>`
    with e as (
      select * from json_to_recordset(${JSON.stringify(rows)}::text::json) as e(
        "eventId" uuid, "keepUntil" timestamptz, "occurredAt" timestamptz, kind text, source text,
        "customerId" uuid, "visitorId" text, "productId" uuid, "variantId" uuid, data jsonb)
    ), claimed as (
      insert into interaction_ids (shop_id, event_id, keep_until)
      select ${shopId}::uuid, "eventId", "keepUntil" from e
      on conflict do nothing
      returning event_id
    ), stored as (
      insert into interactions (shop_id, event_id, occurred_at, kind, source, customer_id, visitor_id, product_id, variant_id, data)
      select ${shopId}::uuid, "eventId", "occurredAt", kind, source, "customerId", "visitorId", "productId", "variantId", data
      from e where "eventId" in (select event_id from claimed)
    )
    select "eventId" as id from e where "eventId" not in (select event_id from claimed)`;
}

/** Forgets event ids no retry can bring any more (system path: every shop). */
export async function pruneEventIds(sql: Sql, now = new Date()): Promise<number> {
  const res = await sql`delete from interaction_ids where keep_until < ${now}`;
  return res.count;
}

/** An event as read back: the row as written, without the dedup bookkeeping. */
export type StoredInteraction = Omit<InteractionRow, 'keepUntil'>;

const storedCols = (tx: Db) => tx`
  event_id as "eventId", occurred_at as "occurredAt", kind, source, customer_id as "customerId",
  visitor_id as "visitorId", product_id as "productId", variant_id as "variantId", data`;

/** A person's latest interactions (a customer, a visitor, or both joined), oldest first. */
export async function personHistory(
  tx: Db,
  person: { customerId?: string | null; visitorId?: string | null },
  opts: { limit: number; since?: Date },
): Promise<StoredInteraction[]> {
  if (!person.customerId && !person.visitorId) return [];
  const since = opts.since ?? new Date(0);
  const rows = await tx<StoredInteraction[]>`
    select * from (
      select ${storedCols(tx)} from interactions
      where occurred_at >= ${since} and (
        ${person.customerId ? tx`customer_id = ${person.customerId}` : tx`false`}
        or ${person.visitorId ? tx`visitor_id = ${person.visitorId}` : tx`false`})
      order by occurred_at desc, received_at desc limit ${opts.limit}
    ) h order by "occurredAt", "eventId"`;
  return rows;
}

/** The events of the current shop with these ids (what a test or the admin reads back). */
export async function findInteractions(tx: Db, eventIds: string[]): Promise<StoredInteraction[]> {
  return tx<StoredInteraction[]>`select ${storedCols(tx)} from interactions where event_id = any(${eventIds}::uuid[]) order by occurred_at`;
}

/** Counts of the current shop's events by kind since a time. */
export async function countByKind(tx: Db, since: Date): Promise<Record<string, number>> {
  const rows = await tx<{ kind: string; n: number }[]>`
    select kind, count(*)::int as n from interactions where occurred_at >= ${since} group by kind`;
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

/** Deletes the current shop's events older than `before`; returns how many. */
export async function deleteOlderThan(tx: Db, before: Date): Promise<number> {
  const res = await tx`delete from interactions where occurred_at < ${before}`;
  return res.count;
}

/** Every shop's id and settings (the retention job's list). System path. */
export async function shopsWithSettings(sql: Sql): Promise<{ id: string; settings: unknown }[]> {
  return sql<{ id: string; settings: unknown }[]>`select id, settings from shops`;
}

/** Drops whole partitions that end before `before`; returns how many. System path. */
export async function dropPartitionsBefore(sql: Sql, before: Date): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select rapport_interactions_drop_before(${before}) as n`;
  return row.n;
}
