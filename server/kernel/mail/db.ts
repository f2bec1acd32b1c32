/**
 * @module The mail outbox: a mail is written in the same transaction as the change that
 * causes it (inside withShop), with its delivery job (`mail.send`); the job runner sends
 * it (at least once: a crash between send and mark re-sends, and the Message-ID derived
 * from the row id makes a duplicate recognizable). The row keeps what the mail log shows.
 */
import { createHash } from 'node:crypto';
import type { Db, Sql } from '../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { enqueueJob } from '../jobs/db.ts';
import type { MailContent } from './layout.ts';

/** The job kind that delivers a mail. */
export const MAIL_JOB = 'mail.send';

/**
 * Daily caps on mail a shopper's action causes (auto-replies): per recipient address and
 * per shop. Mail staff send (replies, satisfaction) counts toward the shop's total only.
 */
export const MAIL_CAPS = { perRecipientPerDay: 5, perShopPerDay: 500 } as const;

export interface NewMail {
  shopId: string;
  kind: string;
  to: string;
  locale: Locale;
  content: MailContent;
  related?: { type: string; id: string };
  /** Who caused it: a shopper's action (capped per recipient and per shop) or staff (counted). */
  cause: 'shopper' | 'staff';
}

const recipientKey = (address: string) => createHash('sha256').update(address.trim().toLowerCase()).digest('hex');

/** Inside withShop: counts one mail to `to` today; returns the day's counts for it and for the shop. */
async function countMail(tx: Db, shopId: string, to: string): Promise<{ recipient: number; shop: number }> {
  const rows = await tx<{ recipient: string; sent: number }[]>`
    insert into mail_quota as q (shop_id, day, recipient, sent)
    values (${shopId}, current_date, ${recipientKey(to)}, 1), (${shopId}, current_date, '*', 1)
    on conflict (shop_id, day, recipient) do update set sent = q.sent + 1
    returning recipient, sent`;
  return { recipient: rows.find((r) => r.recipient !== '*')!.sent, shop: rows.find((r) => r.recipient === '*')!.sent };
}

/**
 * Inside withShop, in the transaction of the change that causes it: writes the mail and its
 * delivery job. A shopper-caused mail past a daily cap is kept for the mail log as
 * `limited` and never sent; resolves with `sent: false` then.
 */
export async function enqueueMail(tx: Db, m: NewMail): Promise<{ id: string; sent: boolean }> {
  const counts = await countMail(tx, m.shopId, m.to);
  const over = m.cause === 'shopper' && (counts.recipient > MAIL_CAPS.perRecipientPerDay || counts.shop > MAIL_CAPS.perShopPerDay);
  const [row] = await tx<{ id: string }[]>`
    insert into outbox (shop_id, kind, to_address, locale, subject, html_body, text_body, related_type, related_id, status, last_error)
    values (${m.shopId}, ${m.kind}, ${m.to}, ${m.locale}, ${m.content.subject}, ${m.content.html}, ${m.content.text},
            ${m.related?.type ?? null}, ${m.related?.id ?? null}, ${over ? 'limited' : 'pending'},
            ${over ? 'Not sent: the daily limit of mail to this address or from this shop was reached' : null})
    returning id`;
  if (!over) await enqueueJob(tx, { kind: MAIL_JOB, shopId: m.shopId, payload: { outboxId: row.id }, dedupKey: row.id });
  return { id: row.id, sent: !over };
}

export interface MailRow {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: 'pending' | 'sent' | 'kept' | 'failed' | 'limited';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  textBody: string;
}

export async function listMail(tx: Db, limit = 50): Promise<MailRow[]> {
  return tx<MailRow[]>`
    select id, kind, to_address as "to", subject, status, attempts, last_error as "lastError", created_at as "createdAt",
           sent_at as "sentAt", text_body as "textBody"
    from outbox order by created_at desc, id limit ${limit}`;
}

export interface OutgoingMail {
  id: string;
  shopId: string;
  shopName: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  locale: string;
  status: MailRow['status'];
}

/** System path: the mail a delivery job names, with its shop's name for the sender. */
export async function loadOutgoingMail(sql: Sql, id: string): Promise<OutgoingMail | undefined> {
  const [row] = await sql<OutgoingMail[]>`
    select o.id, o.shop_id as "shopId", s.name as "shopName", o.to_address as "to", o.subject, o.html_body as html,
           o.text_body as text, o.locale, o.status
    from outbox o join shops s on s.id = o.shop_id where o.id = ${id}`;
  return row;
}

/** System path: a delivery attempt's outcome, for the mail log. */
export async function recordMailAttempt(
  sql: Sql,
  id: string,
  outcome: { status: MailRow['status']; attempts: number; error?: string },
): Promise<void> {
  await sql`
    update outbox set status = ${outcome.status}, attempts = ${outcome.attempts}, last_error = ${outcome.error?.slice(0, 1000) ?? null},
      sent_at = ${outcome.status === 'sent' || outcome.status === 'kept' ? sql`now()` : null}
    where id = ${id}`;
}
