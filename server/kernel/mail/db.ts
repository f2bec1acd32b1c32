/**
 * @module The mail outbox: a mail is written in the same transaction as the change that
 * causes it (inside withShop), with its delivery job (`mail.send`); the job runner sends
 * it (at least once: a crash between send and mark re-sends, and the Message-ID derived
 * from the row id makes a duplicate recognizable). The row keeps what the mail log shows.
 */
import type { Db, Sql } from '../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { enqueueJob } from '../jobs/db.ts';
import type { MailContent } from './layout.ts';

/** The job kind that delivers a mail. */
export const MAIL_JOB = 'mail.send';

export interface NewMail {
  shopId: string;
  kind: string;
  to: string;
  locale: Locale;
  content: MailContent;
  related?: { type: string; id: string };
}

export async function enqueueMail(tx: Db, m: NewMail): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into outbox (shop_id, kind, to_address, locale, subject, html_body, text_body, related_type, related_id)
    values (${m.shopId}, ${m.kind}, ${m.to}, ${m.locale}, ${m.content.subject}, ${m.content.html}, ${m.content.text},
            ${m.related?.type ?? null}, ${m.related?.id ?? null})
    returning id`;
  await enqueueJob(tx, { kind: MAIL_JOB, shopId: m.shopId, payload: { outboxId: row.id }, dedupKey: row.id });
  return row.id;
}

export interface MailRow {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: 'pending' | 'sent' | 'kept' | 'failed';
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
