-- Photos travel apart from JSON bodies: each is uploaded on its own (raw bytes, checked
-- and cleaned, its pixel size read from its header), then a submission names it. An
-- upload nobody used is pruned. A photo may come with a small preview the shopper's
-- browser drew, which the admin and the customer's pages show instead of the full image.
create table uploads (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  idempotency_key text not null check (length(idempotency_key) between 8 and 200),
  content_hash text not null,
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
  bytes bytea not null,
  size integer not null,
  width integer not null,
  height integer not null,
  created_at timestamptz not null default now(),
  unique (shop_id, idempotency_key)
);
create index uploads_created_idx on uploads (created_at);
select rapport_enable_rls('uploads');

alter table feedback_photos add column width integer;
alter table feedback_photos add column height integer;
alter table feedback_photos add column preview bytea;
alter table feedback_photos add column preview_type text check (preview_type in ('image/jpeg', 'image/png', 'image/webp'));
