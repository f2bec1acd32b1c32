/**
 * @module Mail delivery, one kind of job (`mail.send`): the outbox row goes out over SMTP
 * (nodemailer) with the shop as sender and a Message-ID derived from the row, or — without
 * SMTP_URL — stays in the admin's mail log as "kept". A failed attempt is recorded on the
 * row and thrown, so the job runner retries it with backoff.
 */
import type { Transporter } from 'nodemailer';
import type { Sql } from '../db/client.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { PermanentJobError } from '../jobs/runner.ts';
import type { Logger } from '../log.ts';
import { loadOutgoingMail, MAIL_JOB, recordMailAttempt } from './db.ts';

export interface MailSenderOptions {
  sql: Sql;
  log: Logger;
  /** nodemailer transport; undefined keeps mails (no SMTP configured). */
  transport?: Transporter;
  /** Domain for Message-IDs and the default From address. */
  domain: string;
}

export const messageId = (id: string, domain: string) => `<${id}@${domain}>`;

/** The job handlers of mail delivery, for the job runner. */
export function mailJobs(o: MailSenderOptions): Record<string, JobHandler> {
  return {
    async [MAIL_JOB](job) {
      const mail = await loadOutgoingMail(o.sql, String(job.payload.outboxId));
      if (!mail) throw new PermanentJobError('the mail is gone (its shop was deleted)');
      if (mail.status === 'sent' || mail.status === 'kept') return;
      if (!o.transport) {
        await recordMailAttempt(o.sql, mail.id, { status: 'kept', attempts: job.attempts });
        return;
      }
      try {
        await o.transport.sendMail({
          from: { name: mail.shopName, address: `no-reply@${o.domain}` },
          to: mail.to,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          messageId: messageId(mail.id, o.domain),
          headers: { 'Content-Language': mail.locale, 'Auto-Submitted': 'auto-generated' },
        });
      } catch (err) {
        const last = job.attempts >= job.maxAttempts;
        await recordMailAttempt(o.sql, mail.id, { status: last ? 'failed' : 'pending', attempts: job.attempts, error: String((err as Error).message ?? err) });
        throw err;
      }
      await recordMailAttempt(o.sql, mail.id, { status: 'sent', attempts: job.attempts });
      o.log.info('mail sent', { id: mail.id, attempts: job.attempts });
    },
  };
}

/** A nodemailer SMTP transport from SMTP_URL (loaded only when configured). */
export async function smtpTransport(url: string): Promise<Transporter> {
  const nodemailer = await import('nodemailer');
  // Timeouts well inside the job lease, so a hung server cannot outlive it.
  const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };
  return nodemailer.createTransport({ url, ...timeouts } as Parameters<typeof nodemailer.createTransport>[0]);
}
