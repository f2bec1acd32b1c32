-- Foundation: tenancy, staff, customers, catalog, orders, FAQ, audit.
-- Every table that holds a shop's data carries shop_id and has row-level security
-- FORCED; the app switches to the non-owner role rapport_app per transaction and sets
-- app.shop_id, so a query that forgets its shop sees nothing.

create extension if not exists pg_trgm;

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'rapport_app') then
    create role rapport_app nologin;
  end if;
end
$$;

create or replace function rapport_current_shop() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.shop_id', true), '')::uuid $$;

-- The one way a table holding a shop's rows gets row-level security: enabled, FORCED
-- (the owner too), and confined to the shop set for the transaction. Every migration
-- calls this for each table it creates with a shop_id.
create or replace function rapport_enable_rls(t regclass) returns void
  language plpgsql
  as $$
  begin
    execute format('alter table %s enable row level security', t);
    execute format('alter table %s force row level security', t);
    execute format('create policy shop_isolation on %s using (shop_id = rapport_current_shop()) '
                   'with check (shop_id = rapport_current_shop())', t);
  end
  $$;

create table shops (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  public_key text not null unique,
  signing_secret text not null,
  allowed_origins text[] not null default '{}',
  default_locale text not null default 'en' check (default_locale in ('en', 'zh-Hans', 'zh-Hant')),
  currency text not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  settings jsonb not null default '{}',
  created_at timestamptz not null default now()
);

create table staff (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  email text not null check (position('@' in email) > 1),
  name text not null,
  role text not null check (role in ('owner', 'agent')),
  password_hash text not null,
  disabled_at timestamptz,
  created_at timestamptz not null default now()
);
-- One staff login per email across the installation: sign-in happens before a shop is known.
create unique index staff_email_key on staff (lower(email));
create index staff_shop_idx on staff (shop_id);

create table staff_sessions (
  token_hash text primary key,
  shop_id uuid not null references shops on delete cascade,
  staff_id uuid not null references staff on delete cascade,
  csrf_token text not null,
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index staff_sessions_staff_idx on staff_sessions (staff_id);

-- Failed sign-ins per email (no shop is known yet); read and written only by the system path.
create table login_attempts (
  email text primary key,
  failures integer not null default 0,
  locked_until timestamptz,
  last_failure_at timestamptz
);

create table customers (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  email text,
  name text,
  locale text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index customers_email_idx on customers (shop_id, lower(email));

-- External ids are text: Shopify's overflow JavaScript numbers.
create table customer_identities (
  shop_id uuid not null references shops on delete cascade,
  platform text not null check (platform in ('generic', 'shopify', 'woocommerce', 'medusa')),
  external_id text not null check (length(external_id) between 1 and 200),
  customer_id uuid not null references customers on delete cascade,
  created_at timestamptz not null default now(),
  primary key (shop_id, platform, external_id)
);

create table products (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  external_id text,
  handle text not null,
  title text not null,
  title_i18n jsonb not null default '{}',
  description text not null default '',
  category text not null default '',
  price_amount integer not null check (price_amount >= 0),
  currency text not null,
  image_url text,
  tags text[] not null default '{}',
  final_sale boolean not null default false,
  created_at timestamptz not null default now(),
  unique (shop_id, handle)
);

create table product_variants (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  product_id uuid not null references products on delete cascade,
  sku text not null,
  title text not null,
  price_amount integer not null check (price_amount >= 0),
  inventory integer not null default 0,
  unique (shop_id, sku)
);

create table orders (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  customer_id uuid references customers on delete set null,
  external_id text,
  number text not null,
  email text not null,
  status text not null check (status in ('unpaid', 'paid', 'packed', 'shipped', 'out_for_delivery',
                                         'delivered', 'delayed', 'returned', 'cancelled')),
  currency text not null,
  subtotal_amount integer not null,
  shipping_amount integer not null default 0,
  total_amount integer not null,
  placed_at timestamptz not null default now(),
  unique (shop_id, number)
);
create index orders_customer_idx on orders (shop_id, customer_id);

create table order_lines (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  order_id uuid not null references orders on delete cascade,
  product_id uuid references products on delete set null,
  variant_id uuid references product_variants on delete set null,
  title text not null,
  quantity integer not null check (quantity > 0),
  unit_amount integer not null check (unit_amount >= 0),
  final_sale boolean not null default false
);
create index order_lines_order_idx on order_lines (order_id);

create table fulfillments (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  order_id uuid not null references orders on delete cascade,
  carrier text,
  tracking_number text,
  tracking_url text,
  status text not null check (status in ('pending', 'packed', 'shipped', 'out_for_delivery',
                                         'delivered', 'delayed', 'exception', 'returned')),
  estimated_delivery date,
  shipped_at timestamptz,
  delivered_at timestamptz
);
create index fulfillments_order_idx on fulfillments (order_id);

create table fulfillment_events (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  fulfillment_id uuid not null references fulfillments on delete cascade,
  status text not null,
  message text not null default '',
  location text,
  occurred_at timestamptz not null
);
create index fulfillment_events_idx on fulfillment_events (fulfillment_id, occurred_at);

create table faq_articles (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  locale text not null check (locale in ('en', 'zh-Hans', 'zh-Hant')),
  category text not null,
  question text not null,
  answer_md text not null,
  published boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index faq_articles_shop_idx on faq_articles (shop_id, locale);

create table audit_log (
  id bigint generated always as identity primary key,
  shop_id uuid not null references shops on delete cascade,
  actor_type text not null check (actor_type in ('staff', 'customer', 'system')),
  actor_id uuid,
  action text not null,
  target_type text,
  target_id text,
  data jsonb not null default '{}',
  ip text,
  created_at timestamptz not null default now()
);
create index audit_log_shop_idx on audit_log (shop_id, created_at desc);

-- Row-level security: the shop row itself, then every table with shop_id.
alter table shops enable row level security;
alter table shops force row level security;
create policy shop_isolation on shops
  using (id = rapport_current_shop()) with check (id = rapport_current_shop());

select rapport_enable_rls(t) from unnest(array['staff', 'staff_sessions', 'customers', 'customer_identities', 'products',
  'product_variants', 'orders', 'order_lines', 'fulfillments', 'fulfillment_events', 'faq_articles', 'audit_log']::regclass[]) as t;
