-- Feedback and complaints, the mail outbox, idempotency keys and rate limits.

create table feedback (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  reference text not null,
  customer_id uuid references customers on delete set null,
  kind text not null check (kind in ('complaint', 'suggestion', 'praise', 'question')),
  score_type text not null default 'none' check (score_type in ('csat', 'nps', 'none')),
  score integer check (score between 0 and 10),
  body text not null check (length(body) between 1 and 5000),
  contact_email text,
  locale text not null check (locale in ('en', 'zh-Hans', 'zh-Hant')),
  page_url text,
  page_title text,
  order_id uuid references orders on delete set null,
  product_id uuid references products on delete set null,
  status text not null default 'new' check (status in ('new', 'open', 'waiting', 'resolved')),
  assignee_id uuid references staff on delete set null,
  tags text[] not null default '{}',
  due_at timestamptz not null,
  first_response_at timestamptz,
  resolved_at timestamptz,
  satisfaction integer check (satisfaction between 1 and 5),
  satisfaction_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (shop_id, reference),
  check ((score_type = 'csat' and score between 1 and 5) or (score_type = 'nps' and score between 0 and 10)
         or (score_type = 'none' and score is null))
);
create index feedback_inbox_idx on feedback (shop_id, status, due_at);
create index feedback_customer_idx on feedback (shop_id, customer_id);
create index feedback_body_trgm on feedback using gin (body gin_trgm_ops);

create table feedback_photos (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  feedback_id uuid not null references feedback on delete cascade,
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
  bytes bytea not null,
  size integer not null,
  created_at timestamptz not null default now()
);
create index feedback_photos_idx on feedback_photos (feedback_id);

-- The thread: staff replies (emailed), internal notes, customer replies.
create table feedback_messages (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  feedback_id uuid not null references feedback on delete cascade,
  author_type text not null check (author_type in ('staff', 'customer', 'note')),
  staff_id uuid references staff on delete set null,
  body text not null check (length(body) between 1 and 10000),
  created_at timestamptz not null default now()
);
create index feedback_messages_idx on feedback_messages (feedback_id, created_at);

-- Every email goes through here, written in the same transaction as its cause.
create table outbox (
  id uuid primary key default gen_random_uuid(),
  shop_id uuid not null references shops on delete cascade,
  kind text not null,
  to_address text not null,
  locale text not null,
  subject text not null,
  html_body text not null,
  text_body text not null,
  headers jsonb not null default '{}',
  related_type text,
  related_id uuid,
  status text not null default 'pending' check (status in ('pending', 'sent', 'kept', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
create index outbox_due_idx on outbox (next_attempt_at) where status = 'pending';
create index outbox_shop_idx on outbox (shop_id, created_at desc);

-- Retried writes: the first answer is kept and replayed; another body under the same key is refused.
create table idempotency_keys (
  shop_id uuid not null references shops on delete cascade,
  scope text not null,
  key text not null check (length(key) between 8 and 200),
  request_hash text not null,
  response_status integer not null,
  response_body jsonb not null,
  created_at timestamptz not null default now(),
  primary key (shop_id, scope, key)
);

-- Fixed-window counters shared by every instance.
create table rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  hits integer not null default 0,
  primary key (bucket, window_start)
);

-- Solved proof-of-work challenges, so one solution buys one request.
create table pow_spent (
  signature text primary key,
  expires_at timestamptz not null
);

select rapport_enable_rls(t) from unnest(array['feedback', 'feedback_photos', 'feedback_messages', 'outbox', 'idempotency_keys']::regclass[]) as t;
