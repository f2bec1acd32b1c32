/**
 * @module Recommendations' SQL: the trained model stored per shop (items and links of one
 * version; a new version is written beside the old and takes over in one statement), the
 * log read for training, and the figures the admin shows per placement. Functions taking
 * `tx` run inside withShop; `sql` ones are the system path.
 */
import type { Db, Sql } from '../kernel/db/client.ts';
import type { ItemRow, LinkRow, ModelRows } from './types.ts';

const CHUNK = 1000;

/** A PostgreSQL array literal of texts (each element quoted), to pass arrays of arrays through unnest. */
const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`).join(',')}}`;

export interface ModelMeta {
  version: number;
  trainedAt: Date;
  meta: ModelRows['meta'] & { seconds?: number };
}

/** The version in use (cheap: every API process asks it now and then). */
export async function currentModel(tx: Db): Promise<ModelMeta | undefined> {
  const [row] = await tx<{ version: string; trainedAt: Date; meta: ModelMeta['meta'] }[]>`
    select version::text, trained_at as "trainedAt", meta from recommendation_models`;
  return row ? { version: Number(row.version), trainedAt: row.trainedAt, meta: row.meta } : undefined;
}

/** The items of one model version. */
export async function readItems(tx: Db, version: number): Promise<ItemRow[]> {
  return tx<ItemRow[]>`
    select item::text, popularity, trending, quality, categories from recommendation_items where version = ${version}`;
}

/** The link rows of one model version, handed over in pages of `page` (a big model's rows are never all held at once). */
export async function readLinks(tx: Db, version: number, onPage: (rows: LinkRow[]) => void, page = 1000): Promise<void> {
  const cursor = tx<LinkRow[]>`
    select kind, from_item::text as from, to_items::text[] as to, scores from recommendation_links where version = ${version}`.cursor(page);
  for await (const rows of cursor) onPage(rows);
}

/** Writes `rows` as the next version, makes it the one in use and removes the older ones. */
export async function saveModel(tx: Db, shopId: string, rows: ModelRows, seconds: number): Promise<number> {
  const [prev] = await tx<{ version: string }[]>`select version::text from recommendation_models for update`;
  const version = Number(prev?.version ?? 0) + 1;
  for (let i = 0; i < rows.items.length; i += CHUNK) {
    const part = rows.items.slice(i, i + CHUNK);
    await tx`
      insert into recommendation_items (shop_id, version, item, popularity, trending, quality, categories)
      select ${shopId}::uuid, ${version}, u.item, u.popularity, u.trending, u.quality, u.categories::text[] from unnest(
        ${part.map((r) => r.item)}::uuid[], ${part.map((r) => r.popularity)}::float8[], ${part.map((r) => r.trending)}::float8[],
        ${part.map((r) => r.quality)}::float8[], ${part.map((r) => textArray(r.categories))}::text[]) as u(item, popularity, trending, quality, categories)`;
  }
  for (let i = 0; i < rows.links.length; i += CHUNK) {
    const part = rows.links.slice(i, i + CHUNK);
    await tx`
      insert into recommendation_links (shop_id, version, kind, from_item, to_items, scores)
      select ${shopId}::uuid, ${version}, u.kind, u.from_item, u.to_items::uuid[], u.scores::float8[]
      from unnest(${part.map((r) => r.kind)}::text[], ${part.map((r) => r.from)}::uuid[],
                  ${part.map((r) => `{${r.to.join(',')}}`)}::text[], ${part.map((r) => `{${r.scores.join(',')}}`)}::text[])
        as u(kind, from_item, to_items, scores)`;
  }
  await tx`
    insert into recommendation_models (shop_id, version, trained_at, meta)
    values (${shopId}, ${version}, ${new Date(rows.meta.trainedAt)}, ${tx.json({ ...rows.meta, seconds } as never)})
    on conflict (shop_id) do update set version = excluded.version, trained_at = excluded.trained_at, meta = excluded.meta`;
  await tx`delete from recommendation_items where version < ${version}`;
  await tx`delete from recommendation_links where version < ${version}`;
  return version;
}

/** One event as training and answering read it. */
export interface LogEvent {
  person: string;
  productId: string;
  variantId: string | null;
  kind: string;
  at: number;
  data: Record<string, unknown>;
}

/**
 * The shop's events about products by someone known (customer or visitor), oldest first,
 * since `since`, at most `limit` (the newest), handed over in pages of `page`.
 */
export async function readLog(tx: Db, since: Date, limit: number, onPage: (events: LogEvent[]) => void, page = 10_000): Promise<number> {
  let n = 0;
  const cursor = tx<{ person: string; productId: string; variantId: string | null; kind: string; at: Date; data: Record<string, unknown> }[]>`
    select coalesce(customer_id::text, visitor_id) as person, product_id::text as "productId", variant_id::text as "variantId",
           kind, occurred_at as at, data
    from (
      select * from interactions
      where occurred_at >= ${since} and product_id is not null and (customer_id is not null or visitor_id is not null)
      order by occurred_at desc limit ${limit}
    ) recent
    order by occurred_at`.cursor(page);
  for await (const rows of cursor) {
    n += rows.length;
    onPage(rows.map((r) => ({ ...r, at: r.at.getTime() })));
  }
  return n;
}

/** How many events came in since a time (whether retraining is worth it). */
export async function eventsSince(tx: Db, since: Date): Promise<number> {
  const [row] = await tx<{ n: number }[]>`select count(*)::int as n from interactions where received_at > ${since} and product_id is not null`;
  return row.n;
}

/** Shops whose log holds events (the training job's list). System path. */
export async function shopsWithEvents(sql: Sql, since: Date): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select s.id from shops s where exists (select 1 from interactions i where i.shop_id = s.id and i.occurred_at >= ${since})`;
  return rows.map((r) => r.id);
}

export interface PlacementFigures {
  placement: string;
  impressions: number;
  clicks: number;
  purchases: number;
  revenue: number;
}

/**
 * Per placement since `since`: lists shown, clicks, and purchases of a clicked product by
 * the same person within `attributionDays` after the click (each purchase counted once).
 */
export async function placementFigures(tx: Db, since: Date, attributionDays: number): Promise<PlacementFigures[]> {
  return tx<PlacementFigures[]>`
    with shown as (
      select data->>'placement' as placement, count(*)::int as n from interactions
      where kind = 'recommendation.impression' and occurred_at >= ${since} group by 1
    ), clicks as (
      select data->>'placement' as placement, product_id, coalesce(customer_id::text, visitor_id) as person, occurred_at
      from interactions where kind = 'recommendation.click' and occurred_at >= ${since}
    ), bought as (
      select distinct on (p.shop_id, p.occurred_at, p.product_id, coalesce(p.customer_id::text, p.visitor_id))
             c.placement, coalesce((p.data->>'amount')::bigint, 0) as amount
      from interactions p join clicks c
        on c.product_id = p.product_id and c.person = coalesce(p.customer_id::text, p.visitor_id)
       and p.occurred_at between c.occurred_at and c.occurred_at + make_interval(days => ${attributionDays})
      where p.kind = 'purchase' and p.occurred_at >= ${since}
      order by p.shop_id, p.occurred_at, p.product_id, coalesce(p.customer_id::text, p.visitor_id), c.occurred_at desc
    )
    select pl.placement,
           coalesce((select n from shown s where s.placement = pl.placement), 0) as impressions,
           (select count(*)::int from clicks c where c.placement = pl.placement) as clicks,
           (select count(*)::int from bought b where b.placement = pl.placement) as purchases,
           (select coalesce(sum(amount), 0)::bigint::int from bought b where b.placement = pl.placement) as revenue
    from (select distinct placement from shown union select distinct placement from clicks) pl
    where pl.placement is not null`;
}
