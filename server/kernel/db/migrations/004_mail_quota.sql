-- Mail a stranger can cause is capped per recipient and per shop each day, counted here
-- in the same transaction as the mail, so the shop can never be used to flood an address.
create table mail_quota (
  shop_id uuid not null references shops on delete cascade,
  day date not null,
  -- SHA-256 of the lower-cased address, or '*' for the shop's total.
  recipient text not null,
  sent integer not null default 0,
  primary key (shop_id, day, recipient)
);
select rapport_enable_rls('mail_quota');

-- A mail over a cap is kept for the mail log, marked as such, and never sent.
alter table outbox drop constraint outbox_status_check;
alter table outbox add constraint outbox_status_check check (status in ('pending', 'sent', 'kept', 'failed', 'limited'));
