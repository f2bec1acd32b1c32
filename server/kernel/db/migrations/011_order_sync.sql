-- Orders from the platforms (issue 9): webhooks and imports write orders, lines, parcels,
-- checkpoints, refunds and privacy requests by the platform's ids; every delivery is logged
-- with its outcome; the newest source time of each entity guards against older payloads.

-- The canonical vocabularies: an order can be refunded; a parcel can be in transit, miss a
-- delivery or be cancelled.
alter table orders drop constraint orders_status_check;
alter table orders add constraint orders_status_check check (status in ('unpaid', 'paid', 'packed', 'shipped',
  'out_for_delivery', 'delivered', 'delayed', 'returned', 'refunded', 'cancelled'));
alter table fulfillments drop constraint fulfillments_status_check;
alter table fulfillments add constraint fulfillments_status_check check (status in ('pending', 'packed', 'shipped',
  'in_transit', 'out_for_delivery', 'delivered', 'failed_attempt', 'delayed', 'exception', 'returned', 'cancelled'));

-- Which platform an order's external id belongs to (null: made in Rapport or the demo).
alter table orders add column platform text check (platform in ('generic', 'shopify', 'woocommerce', 'medusa'));
alter table orders add column tax_amount integer not null default 0;
alter table orders add column discount_amount integer not null default 0;
alter table orders add column cancelled_at timestamptz;
alter table orders add column locale text;
alter table orders add column shipping_postcode text;
create unique index orders_platform_external_key on orders (shop_id, platform, external_id);

alter table order_lines add column external_id text;
alter table order_lines add column sku text;
alter table order_lines add column variant_title text;
alter table order_lines add column discount_amount integer not null default 0;
-- A line keeps its id across updates: purchases recorded from it derive their ids from it.
create unique index order_lines_external_key on order_lines (order_id, external_id);

alter table fulfillments add column external_id text;
alter table fulfillments add column platform_status text;
create unique index fulfillments_external_key on fulfillments (order_id, external_id);

alter table fulfillment_events add column platform_status text;

-- Products and variants are found by the platform's id (one platform per shop's catalog).
create unique index products_external_key on products (shop_id, external_id);
alter table product_variants add column external_id text;
create unique index product_variants_external_key on product_variants (shop_id, external_id);

-- Money returned on an order, as the platform reported it.
create table refunds (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  order_id uuid not null references orders on delete cascade,
  external_id text not null,
  currency text not null,
  amount integer not null check (amount >= 0),
  reason text,
  restock boolean not null default false,
  -- [{ lineId, externalLineId, quantity, subtotalAmount, taxAmount }]
  lines jsonb not null default '[]',
  refunded_at timestamptz,
  created_at timestamptz not null default now(),
  unique (order_id, external_id)
);

-- Privacy requests a platform sent (Shopify's mandatory topics); the profile feature acts on them.
create table privacy_requests (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  platform text not null,
  type text not null check (type in ('customer-data-request', 'customer-redact', 'shop-redact')),
  external_id text,
  customer_external_id text,
  customer_id uuid references customers on delete set null,
  email text,
  order_refs text[] not null default '{}',
  delivery_key text not null,
  received_at timestamptz not null default now(),
  handled_at timestamptz,
  unique (shop_id, platform, delivery_key)
);
create index privacy_requests_open_idx on privacy_requests (shop_id, received_at) where handled_at is null;

-- Every webhook delivery and import record, with what became of it (the admin's log).
create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  platform text not null,
  source text not null default 'webhook' check (source in ('webhook', 'import')),
  topic text,
  dedup_key text,
  outcome text not null check (outcome in ('accepted', 'duplicate', 'stale', 'refused', 'ping')),
  reason text,
  path text,
  detail text,
  occurred_at timestamptz,
  received_at timestamptz not null default now()
);
-- One effect per delivery: the first accepted (or stale) delivery claims its key.
create unique index webhook_deliveries_claim on webhook_deliveries (shop_id, platform, dedup_key)
  where outcome in ('accepted', 'stale');
create index webhook_deliveries_recent_idx on webhook_deliveries (shop_id, received_at desc);

-- The newest source time applied per platform entity: an older payload never overwrites it.
create table sync_versions (
  shop_id uuid not null references shops on delete cascade,
  platform text not null,
  kind text not null,
  external_id text not null,
  source_updated_at timestamptz not null,
  primary key (shop_id, platform, kind, external_id)
);

-- The secret each platform signs a shop's webhooks with (Shopify: the app's secret; WooCommerce:
-- the webhook's secret). Without one, the shop's signing secret is used.
create table shop_webhook_secrets (
  shop_id uuid not null references shops on delete cascade,
  platform text not null check (platform in ('generic', 'shopify', 'woocommerce', 'medusa')),
  secret text not null check (length(secret) between 1 and 500),
  updated_at timestamptz not null default now(),
  primary key (shop_id, platform)
);

select rapport_enable_rls(t) from unnest(array['refunds', 'privacy_requests', 'webhook_deliveries', 'sync_versions',
  'shop_webhook_secrets']::regclass[]) as t;
