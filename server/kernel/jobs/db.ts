/**
 * @module The job queue's SQL. Jobs are enqueued inside the transaction of the change
 * that causes them (a shop's job inside withShop; row-level security keeps it that
 * shop's); the runner claims due work of every shop on the system path, with a lease.
 */
import type { Db, Sql } from '../db/client.ts';

export interface NewJob {
  kind: string;
  /** The shop the job belongs to; omitted for system jobs. */
  shopId?: string | null;
  payload?: Record<string, unknown>;
  /** When it may run first (now by default). */
  runAt?: Date;
  /** With `kind`, unique: a second job with the same key is not created (schedules, one job per cause). */
  dedupKey?: string;
  maxAttempts?: number;
}

/** Enqueues a job; resolves with its id, or undefined when its dedup key exists already. */
export async function enqueueJob(tx: Db, j: NewJob): Promise<string | undefined> {
  const [row] = await tx<{ id: string }[]>`
    insert into jobs (kind, shop_id, payload, run_at, dedup_key, max_attempts)
    values (${j.kind}, ${j.shopId ?? null}, ${tx.json((j.payload ?? {}) as never)}, ${j.runAt ?? tx`now()`},
            ${j.dedupKey ?? null}, ${j.maxAttempts ?? 12})
    on conflict (kind, dedup_key) do nothing
    returning id::text`;
  return row?.id;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  shopId: string | null;
  payload: Record<string, unknown>;
  /** This attempt's number, from 1. */
  attempts: number;
  maxAttempts: number;
}

/**
 * System path: claims up to `limit` due jobs of the given kinds, leasing them for
 * `leaseSeconds` (a job whose runner died is due again when its lease ends). Fair between
 * shops: each shop's oldest due job comes before any shop's second, so one shop's flood
 * never holds back another shop's mail.
 */
export async function claimDueJobs(sql: Sql, kinds: readonly string[], limit: number, leaseSeconds: number): Promise<ClaimedJob[]> {
  return sql.begin(async (tx) => {
    const due = await tx<{ id: string }[]>`
      select id from (
        select id, run_at, row_number() over (partition by shop_id order by run_at, id) as turn
        from jobs
        where kind = any(${kinds as string[]})
          and ((status = 'pending' and run_at <= now()) or (status = 'running' and locked_until <= now()))
      ) d
      order by turn, run_at, id
      limit ${limit}`;
    if (!due.length) return [];
    return tx<ClaimedJob[]>`
      update jobs j set status = 'running', attempts = j.attempts + 1,
             locked_until = now() + make_interval(secs => ${leaseSeconds})
      from (select id from jobs where id = any(${due.map((d) => d.id)}::bigint[])
              and ((status = 'pending' and run_at <= now()) or (status = 'running' and locked_until <= now()))
            for update skip locked) c
      where j.id = c.id
      returning j.id::text, j.kind, j.shop_id as "shopId", j.payload, j.attempts, j.max_attempts as "maxAttempts"`;
  }) as Promise<ClaimedJob[]>;
}

export async function finishJob(sql: Sql, id: string): Promise<void> {
  await sql`update jobs set status = 'done', finished_at = now(), locked_until = null, last_error = null where id = ${id}`;
}

/** After a failed attempt: due again after `delaySeconds`, or failed for good. */
export async function failJob(sql: Sql, id: string, error: string, delaySeconds: number, giveUp: boolean): Promise<void> {
  await sql`
    update jobs set last_error = ${error.slice(0, 1000)}, locked_until = null,
      status = ${giveUp ? 'failed' : 'pending'},
      run_at = now() + make_interval(secs => ${delaySeconds}),
      finished_at = ${giveUp ? sql`now()` : null}
    where id = ${id}`;
}

/** System path: what the runner's own housekeeping removes, in one place. Returns rows removed per kind. */
export async function pruneExpired(sql: Sql, keep: { idempotencyDays: number; jobsDays: number }): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  out.rateLimits = (await sql`delete from rate_limits where window_start < now() - interval '1 day'`).count;
  out.spentProofsOfWork = (await sql`delete from pow_spent where expires_at < now()`).count;
  out.idempotencyKeys = (await sql`delete from idempotency_keys where created_at < now() - make_interval(days => ${keep.idempotencyDays})`).count;
  out.staffSessions = (await sql`delete from staff_sessions where expires_at < now()`).count;
  out.mailQuota = (await sql`delete from mail_quota where day < current_date - 1`).count;
  out.jobs = (await sql`delete from jobs where status in ('done', 'failed') and finished_at < now() - make_interval(days => ${keep.jobsDays})`).count;
  return out;
}
