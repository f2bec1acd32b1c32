-- One durable job runner in PostgreSQL: due work is claimed with a lease (a crashed
-- runner's job is taken again when the lease ends), retried with backoff, and shared
-- fairly between shops. Mail is one kind of job: the outbox row keeps the message and its
-- state for the mail log, the job carries the delivery. Schedules insert one job per
-- period (dedup_key), however many instances run.

create table jobs (
  id bigint generated always as identity primary key,
  kind text not null check (length(kind) between 1 and 100),
  -- null for system jobs (pruning); a shop's job is visible only inside that shop.
  shop_id uuid references shops on delete cascade,
  payload jsonb not null default '{}',
  status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed')),
  run_at timestamptz not null default now(),
  locked_until timestamptz,
  attempts integer not null default 0,
  max_attempts integer not null default 12,
  last_error text,
  dedup_key text,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  unique (kind, dedup_key)
);
create index jobs_due_idx on jobs (run_at) where status = 'pending';
create index jobs_lease_idx on jobs (locked_until) where status = 'running';
create index jobs_finished_idx on jobs (finished_at) where status in ('done', 'failed');

select rapport_enable_rls('jobs');

-- Mail waiting in the outbox becomes a delivery job; the outbox keeps what the mail log shows.
insert into jobs (kind, shop_id, payload, run_at, attempts)
  select 'mail.send', shop_id, jsonb_build_object('outboxId', id), next_attempt_at, attempts
  from outbox where status = 'pending';
alter table outbox drop column next_attempt_at;
