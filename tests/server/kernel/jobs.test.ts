/**
 * @module The one job runner in PostgreSQL: schedules run once per period however many
 * runners there are, failures retry with backoff and give up, a crashed runner's lease
 * runs out and the job runs again, shops share the runner fairly, and housekeeping prunes
 * what would grow forever.
 */
import { randomUUID } from 'node:crypto';
import { createJobRunner } from '../../../server/app.ts';
import { loadConfig } from '../../../server/config.ts';
import { describe, expect, it } from 'vitest';
import { enqueueJob, type ClaimedJob } from '../../../server/kernel/jobs/db.ts';
import { housekeepingJobs, PRUNE_JOB } from '../../../server/kernel/jobs/housekeeping.ts';
import { JobRunner, PermanentJobError, type JobHandler } from '../../../server/kernel/jobs/runner.ts';
import { createLogger } from '../../../server/kernel/log.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { makeShop, testDb, uniq } from '../helpers/db.ts';

const db = testDb();
const log = createLogger('silent');

/** A runner for one test's own kind of job (so it never takes other test files' work). */
function runner(handlers: Record<string, JobHandler>, opts: Partial<ConstructorParameters<typeof JobRunner>[0]> = {}) {
  return new JobRunner({ sql: db.sql, log, handlers, ...opts });
}
const job = async (kind: string) =>
  (await db.sql<{ status: string; attempts: number; run_at: Date; last_error: string | null }[]>`
    select status, attempts, run_at, last_error from jobs where kind = ${kind} order by id`)[0];

describe('the job runner', () => {
  it('runs a schedule once per period, whatever the number of runners', async () => {
    const kind = `test.tick.${uniq()}`;
    let runs = 0;
    const schedules = [{ kind, everySeconds: 3600 }];
    const a = runner({ [kind]: async () => void runs++ }, { schedules });
    const b = runner({ [kind]: async () => void runs++ }, { schedules });
    await Promise.all([a.runOnce(), b.runOnce()]);
    await Promise.all([a.runOnce(), b.runOnce()]);
    expect(runs).toBe(1);
    const [{ n }] = await db.sql`select count(*)::int as n from jobs where kind = ${kind}`;
    expect(n).toBe(1);
  });

  it('retries a failing job later with backoff, then gives up; a permanent failure gives up at once', async () => {
    const kind = `test.flaky.${uniq()}`;
    const seen: number[] = [];
    const r = runner({ [kind]: async (j: ClaimedJob) => { seen.push(j.attempts); throw new Error('SMTP down'); } });
    await enqueueJob(db.sql, { kind, maxAttempts: 2 });
    await r.runOnce();
    const first = await job(kind);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, last_error: 'SMTP down' });
    expect(first.run_at.getTime()).toBeGreaterThan(Date.now() + 20_000);
    await r.runOnce(); // not due yet
    expect(seen).toEqual([1]);
    await db.sql`update jobs set run_at = now() where kind = ${kind}`;
    await r.runOnce();
    expect(seen).toEqual([1, 2]);
    expect(await job(kind)).toMatchObject({ status: 'failed', attempts: 2 });

    const hopeless = `test.hopeless.${uniq()}`;
    await enqueueJob(db.sql, { kind: hopeless });
    await runner({ [hopeless]: async () => { throw new PermanentJobError('the shop is gone'); } }).runOnce();
    expect(await job(hopeless)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'the shop is gone' });
  });

  it('takes a job again when the runner that claimed it died (its lease ran out), not before', async () => {
    const kind = `test.lease.${uniq()}`;
    let runs = 0;
    await enqueueJob(db.sql, { kind });
    await db.sql`update jobs set status = 'running', attempts = 1, locked_until = now() + interval '1 minute' where kind = ${kind}`;
    const r = runner({ [kind]: async () => void runs++ });
    await r.runOnce();
    expect(runs).toBe(0);
    await db.sql`update jobs set locked_until = now() - interval '1 second' where kind = ${kind}`;
    await r.runOnce();
    expect(runs).toBe(1);
    expect(await job(kind)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it("shares the runner fairly: one shop's flood does not hold back another shop's job", async () => {
    const kind = `test.fair.${uniq()}`;
    const [flood, quiet] = [await makeShop(db), await makeShop(db)];
    for (let i = 0; i < 30; i++) await withShop(db.sql, flood.shop.id, (tx) => enqueueJob(tx, { kind, shopId: flood.shop.id, payload: { i } }));
    await withShop(db.sql, quiet.shop.id, (tx) => enqueueJob(tx, { kind, shopId: quiet.shop.id }));
    const order: (string | null)[] = [];
    await runner({ [kind]: async (j) => void order.push(j.shopId) }, { batch: 3 }).runOnce();
    expect(order).toHaveLength(3);
    expect(order).toContain(quiet.shop.id);
  });

  it("keeps a shop's jobs to that shop: enqueued inside withShop, invisible to another shop", async () => {
    const kind = `test.tenant.${uniq()}`;
    const [a, b] = [await makeShop(db), await makeShop(db)];
    await withShop(db.sql, a.shop.id, (tx) => enqueueJob(tx, { kind, shopId: a.shop.id }));
    const seenByB = await withShop(db.sql, b.shop.id, (tx) => tx`select 1 from jobs where kind = ${kind}`);
    expect(seenByB).toHaveLength(0);
    await expect(withShop(db.sql, b.shop.id, (tx) => enqueueJob(tx, { kind, shopId: a.shop.id }))).rejects.toMatchObject({ code: '42501' });
  });
});

describe('housekeeping', () => {
  it('prunes expired rate-limit windows, spent proofs of work, old idempotency keys, ended sessions and finished jobs — and only those', async () => {
    const { shop, owner } = await makeShop(db);
    const tag = uniq();
    await db.sql`insert into rate_limits (bucket, window_start, hits) values
      (${`old-${tag}`}, now() - interval '2 days', 3), (${`new-${tag}`}, now(), 1)`;
    await db.sql`insert into pow_spent (signature, expires_at) values (${`old-${tag}`}, now() - interval '1 minute'), (${`new-${tag}`}, now() + interval '5 minutes')`;
    await db.sql`insert into idempotency_keys (shop_id, scope, key, request_hash, response_status, response_body, created_at) values
      (${shop.id}, 'test', ${`old-${tag}`}, 'h', 201, '{}', now() - interval '8 days'),
      (${shop.id}, 'test', ${`new-${tag}`}, 'h', 201, '{}', now())`;
    await db.sql`insert into staff_sessions (token_hash, shop_id, staff_id, csrf_token, expires_at) values
      (${`old-${tag}`}, ${shop.id}, ${owner.id}, 'c', now() - interval '1 hour'), (${`new-${tag}`}, ${shop.id}, ${owner.id}, 'c', now() + interval '1 hour')`;
    const done = `test.done.${tag}`;
    await db.sql`insert into jobs (kind, status, finished_at) values (${done}, 'done', now() - interval '8 days'), (${done}, 'done', now())`;

    await housekeepingJobs(db.sql, log)[PRUNE_JOB]({ id: randomUUID(), kind: PRUNE_JOB, shopId: null, payload: {}, attempts: 1, maxAttempts: 3 });

    expect((await db.sql`select bucket from rate_limits where bucket like ${'%-' + tag}`).map((r) => r.bucket)).toEqual([`new-${tag}`]);
    expect((await db.sql`select signature from pow_spent where signature like ${'%-' + tag}`).map((r) => r.signature)).toEqual([`new-${tag}`]);
    expect((await db.sql`select key from idempotency_keys where key like ${'%-' + tag}`).map((r) => r.key)).toEqual([`new-${tag}`]);
    expect((await db.sql`select token_hash from staff_sessions where token_hash like ${'%-' + tag}`).map((r) => r.token_hash)).toEqual([`new-${tag}`]);
    expect((await db.sql`select count(*)::int as n from jobs where kind = ${done}`)[0].n).toBe(1);
  });

  it('is scheduled hourly by the runner main.ts builds', async () => {
    await createJobRunner({ db, config: loadConfig({}), log }).schedule();
    const [{ n }] = await db.sql`select count(*)::int as n from jobs where kind = ${PRUNE_JOB}
      and dedup_key = ${`${PRUNE_JOB}@${Math.floor(Date.now() / 1000 / 3600)}`}`;
    expect(n).toBe(1);
  });
});
