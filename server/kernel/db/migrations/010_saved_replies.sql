-- Saved replies (canned responses): a reply written once by the shop's team, picked in
-- the reply box and filled in with the customer's name, their order and the reference.
-- Shared by the whole team of a shop; at most SAVED_REPLIES_MAX (feedback/limits.ts) per
-- shop, counted by the server under a lock when one is added.
create table saved_replies (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  title text not null check (length(title) between 1 and 100),
  body text not null check (length(body) between 1 and 10000),
  locale text not null check (locale in ('en', 'zh-Hans', 'zh-Hant')),
  created_by uuid references staff on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index saved_replies_shop_idx on saved_replies (shop_id, locale, title);
select rapport_enable_rls('saved_replies');

-- An order's lines in the order the store placed them (a receipt lists them so), not by
-- title: the writer numbers them from 1. Lines stored before keep the order they were
-- shown in until now.
-- Row-level security is lifted for the owner only while numbering every shop's lines.
alter table order_lines add column position integer;
alter table order_lines no force row level security;
update order_lines l set position = n.rn
  from (select id, (row_number() over (partition by order_id order by title, id))::integer as rn from order_lines) n
  where n.id = l.id;
alter table order_lines force row level security;
alter table order_lines alter column position set not null;
create index order_lines_position_idx on order_lines (order_id, position);
drop index order_lines_order_idx;

-- A feedback's photos in the order the shopper attached them (they are stored in one
-- transaction, so their times are equal): numbered from 1 by the writer, the ones stored
-- before by time and id as they were shown until now.
alter table feedback_photos add column position integer;
alter table feedback_photos no force row level security;
update feedback_photos p set position = n.rn
  from (select id, (row_number() over (partition by feedback_id order by created_at, id))::integer as rn from feedback_photos) n
  where n.id = p.id;
alter table feedback_photos force row level security;
alter table feedback_photos alter column position set not null;
