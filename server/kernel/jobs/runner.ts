/**
 * @module The one job runner: every few seconds (and at once when nudged after a commit)
 * it makes sure each schedule's job for the current period exists, claims due jobs of the
 * kinds it has handlers for, and runs them. A handler that throws is retried with
 * exponential backoff until its attempts are spent; `PermanentJobError` fails it at once.
 * `stop()` waits for the batch in flight, so nothing acknowledged is lost. State lives in
 * PostgreSQL only: any number of instances share the same queue.
 */
import type { Sql } from '../db/client.ts';
import type { Logger } from '../log.ts';
import { claimDueJobs, enqueueJob, failJob, finishJob, type ClaimedJob } from './db.ts';

export type JobHandler = (job: ClaimedJob) => Promise<void>;

/** A job that runs once per `everySeconds`, however many runners there are. */
export interface Schedule {
  kind: string;
  everySeconds: number;
}

/** Thrown by a handler when trying again cannot help. */
export class PermanentJobError extends Error {}

export interface JobRunnerOptions {
  sql: Sql;
  log: Logger;
  handlers: Record<string, JobHandler>;
  schedules?: Schedule[];
  intervalMs?: number;
  batch?: number;
  leaseSeconds?: number;
}

/** 30 s, 1 min, 2 min … capped at an hour. */
export const backoffSeconds = (attempts: number) => Math.min(3600, 15 * 2 ** attempts);

export class JobRunner {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;

  constructor(private readonly o: JobRunnerOptions) {}

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
      .then(() => undefined, (err) => this.o.log.error('job runner pass failed', { err: String(err) }))
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
  }

  /** Enqueues this period's job of every schedule (once per period across instances). */
  async schedule(now = Date.now()): Promise<void> {
    for (const s of this.o.schedules ?? []) {
      const period = Math.floor(now / 1000 / s.everySeconds);
      await enqueueJob(this.o.sql, { kind: s.kind, dedupKey: `${s.kind}@${period}`, maxAttempts: 3 });
    }
  }

  /** One pass: schedules, then claims and runs due jobs; returns how many ran. */
  async runOnce(): Promise<number> {
    await this.schedule();
    const jobs = await claimDueJobs(this.o.sql, Object.keys(this.o.handlers), this.o.batch ?? 20, this.o.leaseSeconds ?? 60);
    for (const job of jobs) await this.run(job);
    return jobs.length;
  }

  private async run(job: ClaimedJob): Promise<void> {
    try {
      await this.o.handlers[job.kind](job);
      await finishJob(this.o.sql, job.id);
    } catch (err) {
      const giveUp = err instanceof PermanentJobError || job.attempts >= job.maxAttempts;
      await failJob(this.o.sql, job.id, String((err as Error)?.message ?? err), backoffSeconds(job.attempts), giveUp);
      this.o.log.warn('job failed', { id: job.id, kind: job.kind, attempts: job.attempts, giveUp, err: String(err) });
    }
  }
}
