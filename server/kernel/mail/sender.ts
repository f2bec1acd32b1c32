/**
 * @module The mail worker: every few seconds (and at once when nudged after a commit)
 * it claims due outbox rows and sends them over SMTP (nodemailer), or, without
 * SMTP_URL, marks them kept for the admin's mail log. Failures retry with exponential
 * backoff; `stop()` waits for the batch in flight, so nothing acknowledged is lost.
 */
import type { Transporter } from 'nodemailer';
import type { Sql } from '../db/client.ts';
import { claimDueMail, markMail, retryMail, type ClaimedMail } from './db.ts';
import type { Logger } from '../log.ts';

export interface MailWorkerOptions {
  sql: Sql;
  log: Logger;
  /** nodemailer transport; undefined keeps mails (no SMTP configured). */
  transport?: Transporter;
  /** Domain for Message-IDs and the default From address. */
  domain: string;
  intervalMs?: number;
  batch?: number;
  maxAttempts?: number;
  leaseSeconds?: number;
}

/** 30 s, 1 min, 2 min … capped at an hour. */
export const backoffSeconds = (attempts: number) => Math.min(3600, 15 * 2 ** attempts);

export const messageId = (id: string, domain: string) => `<${id}@${domain}>`;

export class MailWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;

  constructor(private readonly o: MailWorkerOptions) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.nudge(), this.o.intervalMs ?? 2000);
    this.timer.unref();
    this.nudge();
  }

  /** Runs a pass now (or right after the current one). */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runOnce()
      .then(() => undefined, (err) => this.o.log.error('mail worker pass failed', { err: String(err) }))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    this.o.transport?.close();
  }

  /** One pass: claims and handles due mails; returns how many were handled. */
  async runOnce(): Promise<number> {
    const mails = await claimDueMail(this.o.sql, this.o.batch ?? 20, this.o.leaseSeconds ?? 60);
    for (const m of mails) await this.handle(m);
    return mails.length;
  }

  private async handle(m: ClaimedMail): Promise<void> {
    if (!this.o.transport) {
      await markMail(this.o.sql, m.id, 'kept');
      return;
    }
    try {
      await this.o.transport.sendMail({
        from: { name: m.shopName, address: `no-reply@${this.o.domain}` },
        to: m.to,
        subject: m.subject,
        html: m.html,
        text: m.text,
        messageId: messageId(m.id, this.o.domain),
        headers: { 'Content-Language': m.locale, 'Auto-Submitted': 'auto-generated' },
      });
      await markMail(this.o.sql, m.id, 'sent');
      this.o.log.info('mail sent', { id: m.id, attempts: m.attempts });
    } catch (err) {
      const giveUp = m.attempts >= (this.o.maxAttempts ?? 12);
      await retryMail(this.o.sql, m.id, String((err as Error).message ?? err), backoffSeconds(m.attempts), giveUp);
      this.o.log.warn('mail send failed', { id: m.id, attempts: m.attempts, giveUp, err: String(err) });
    }
  }
}

/** A nodemailer SMTP transport from SMTP_URL (loaded only when configured). */
export async function smtpTransport(url: string): Promise<Transporter> {
  const nodemailer = await import('nodemailer');
  // Timeouts well inside the outbox lease, so a hung server cannot outlive it.
  const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };
  return nodemailer.createTransport({ url, ...timeouts } as Parameters<typeof nodemailer.createTransport>[0]);
}
