/**
 * @module The mail outbox: mails are written in the same transaction as the change that
 * causes them (inside withShop), and sent by the worker, which claims due rows across
 * shops on the system path with a lease, so a crash between send and mark re-sends
 * (at least once; the Message-ID derived from the row id makes duplicates recognizable).
 */
import type { Locale } from '../http/contract.ts';
import type { MailContent } from './layout.ts';
import type { Db, Sql } from '../db/client.ts';

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

export interface ClaimedMail {
  id: string;
  shopId: string;
  shopName: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  locale: string;
  attempts: number;
}

/** System path: claims due mails of every shop, leasing them for `leaseSeconds`. */
export async function claimDueMail(sql: Sql, limit: number, leaseSeconds: number): Promise<ClaimedMail[]> {
  return sql<ClaimedMail[]>`
    with due as (
      select id from outbox where status = 'pending' and next_attempt_at <= now()
      order by next_attempt_at limit ${limit} for update skip locked
    )
    update outbox o set attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => ${leaseSeconds})
    from due, shops s
    where o.id = due.id and s.id = o.shop_id
    returning o.id, o.shop_id as "shopId", s.name as "shopName", o.to_address as "to", o.subject, o.html_body as html,
              o.text_body as text, o.locale, o.attempts`;
}

export async function markMail(sql: Sql, id: string, status: 'sent' | 'kept'): Promise<void> {
  await sql`update outbox set status = ${status}, sent_at = now(), last_error = null where id = ${id}`;
}

/** After a failed attempt: retry later with exponential backoff, or give up after `maxAttempts`. */
export async function retryMail(sql: Sql, id: string, error: string, delaySeconds: number, giveUp: boolean): Promise<void> {
  await sql`
    update outbox set last_error = ${error.slice(0, 1000)},
      status = ${giveUp ? 'failed' : 'pending'},
      next_attempt_at = now() + make_interval(secs => ${delaySeconds})
    where id = ${id}`;
}
