-- WooCommerce reconciliation: the merchant's read-only REST key per shop, and how far the
-- last pull got, so the job asks only for orders changed since (with an overlap).
create table woocommerce_connections (
  shop_id uuid primary key references shops on delete cascade,
  store_url text not null check (store_url ~ '^https?://' and length(store_url) <= 2000),
  consumer_key text not null check (length(consumer_key) between 1 and 200),
  consumer_secret text not null check (length(consumer_secret) between 1 and 200),
  reconciled_until timestamptz,
  last_error text,
  updated_at timestamptz not null default now()
);

select rapport_enable_rls('woocommerce_connections');
