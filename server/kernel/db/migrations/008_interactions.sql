-- The interaction log: what shoppers do (views, carts, searches, FAQ reads, tracking,
-- returns, feedback, recommendation impressions and clicks, purchases), from the widgets,
-- the store's pages and the server. Built to grow: partitioned by month on the time the
-- event happened, each shop keeping it as long as its retention setting says.
--
-- A retry must never store an event twice, but its time may differ from the first
-- attempt's (the server corrects each event's time by the sender's clock offset, measured
-- anew on every attempt), and a key on a partitioned table must hold the partition key.
-- So event ids are claimed in interaction_ids, one unpartitioned key, in the same
-- statement as the insert; an id is kept while a retry can still come (a browser's: eight
-- days, past which its event is refused as too old anyway; the server's: as long as the
-- event itself, so a re-import of old orders never doubles a purchase).
create table interaction_ids (
  shop_id uuid not null references shops on delete cascade,
  event_id uuid not null,
  keep_until timestamptz not null,
  primary key (shop_id, event_id)
);
create index interaction_ids_keep_idx on interaction_ids (keep_until);
select rapport_enable_rls('interaction_ids');
--
-- No foreign key to customers or products: the log outlives a product's removal, and a
-- per-row reference check would slow ingest. The shop key stays referenced (a removed shop
-- takes its log with it).
create table interactions (
  shop_id uuid not null references shops on delete cascade,
  event_id uuid not null,
  occurred_at timestamptz not null,
  received_at timestamptz not null default now(),
  kind text not null check (length(kind) between 1 and 40),
  source text not null check (source in ('browser', 'server')),
  -- The person: a verified customer, or a visitor id the browser keeps with consent; both
  -- null when the shopper did not consent (counted for the shop, linked to nobody).
  customer_id uuid,
  visitor_id text check (length(visitor_id) between 8 and 64),
  product_id uuid,
  variant_id uuid,
  data jsonb not null default '{}'
) partition by range (occurred_at);

create index interactions_customer_idx on interactions (shop_id, customer_id, occurred_at) where customer_id is not null;
create index interactions_visitor_idx on interactions (shop_id, visitor_id, occurred_at) where visitor_id is not null;
create index interactions_product_idx on interactions (shop_id, product_id, occurred_at) where product_id is not null;
create index interactions_time_idx on interactions (shop_id, occurred_at);

select rapport_enable_rls('interactions');

-- The month holding `at` gets its partition (idempotent; concurrent callers wait on a lock).
-- Each partition has row-level security of its own, so it is guarded even when named directly.
create or replace function rapport_interactions_partition(at timestamptz) returns text
  language plpgsql
  as $$
  declare
    start date := date_trunc('month', at at time zone 'UTC')::date;
    name text := format('interactions_%s', to_char(start, 'YYYY_MM'));
  begin
    if to_regclass(name) is not null then return name; end if;
    perform pg_advisory_xact_lock(727274008);
    if to_regclass(name) is not null then return name; end if;
    execute format('create table %I partition of interactions for values from (%L) to (%L)',
                   name, (start::timestamp at time zone 'UTC'), ((start + interval '1 month')::timestamp at time zone 'UTC'));
    perform rapport_enable_rls(name::regclass);
    return name;
  end
  $$;

-- Partitions entirely older than `before` are dropped whole (cheap; no row-by-row delete).
create or replace function rapport_interactions_drop_before(before timestamptz) returns integer
  language plpgsql
  as $$
  declare
    r record;
    n integer := 0;
  begin
    for r in
      select c.relname, pg_get_expr(c.relpartbound, c.oid) as bound
      from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'interactions'::regclass
    loop
      -- bound: FOR VALUES FROM ('…') TO ('…')
      if (substring(r.bound from 'TO \(''([^'']+)''\)'))::timestamptz <= before then
        execute format('drop table %I', r.relname);
        n := n + 1;
      end if;
    end loop;
    return n;
  end
  $$;

-- This month and the next are ready from the start; the partitions job keeps two ahead.
select rapport_interactions_partition(now());
select rapport_interactions_partition(now() + interval '1 month');
