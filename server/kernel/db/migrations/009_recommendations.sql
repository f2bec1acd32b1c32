-- Recommendations: the model the training job learns from the interaction log, stored so
-- that any API process serves the same answers (one version per shop in use; a new one is
-- written beside it and takes over in one statement). The catalog says which products may
-- be recommended (published) and which come back after a purchase (consumable).
alter table products add column published boolean not null default true;
alter table products add column consumable boolean not null default false;

create table recommendation_models (
  shop_id uuid primary key references shops on delete cascade,
  version bigint not null,
  trained_at timestamptz not null,
  -- interactions and shoppers seen, the engine's parameters, how long training took
  meta jsonb not null
);
select rapport_enable_rls('recommendation_models');

create table recommendation_items (
  shop_id uuid not null references shops on delete cascade,
  version bigint not null,
  item uuid not null,
  popularity double precision not null,
  trending double precision not null,
  quality double precision not null,
  categories text[] not null default '{}',
  primary key (shop_id, version, item)
);
select rapport_enable_rls('recommendation_items');

-- A product's strongest links of one kind (next, similar, together), best first.
create table recommendation_links (
  shop_id uuid not null references shops on delete cascade,
  version bigint not null,
  kind text not null check (kind in ('next', 'similar', 'together')),
  from_item uuid not null,
  to_items uuid[] not null,
  scores double precision[] not null,
  primary key (shop_id, version, kind, from_item)
);
select rapport_enable_rls('recommendation_links');
