/**
 * @module Rate limits kept in PostgreSQL (fixed windows), so every instance behind a
 * load balancer counts the same hits. System path: the buckets name their own scope.
 */
import type { Sql } from './client.ts';

/** Counts one hit in `bucket`'s current window; returns the hits so far and seconds left. */
export async function hit(sql: Sql, bucket: string, windowSeconds: number): Promise<{ hits: number; resetIn: number }> {
  const [row] = await sql<{ hits: number; resetIn: number }[]>`
    with w as (select to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}) as start)
    insert into rate_limits as r (bucket, window_start, hits)
    select ${bucket}, w.start, 1 from w
    on conflict (bucket, window_start) do update set hits = r.hits + 1
    returning hits, greatest(1, ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now()))))::int as "resetIn"`;
  return row;
}

/** The hits in `bucket`'s current window, without counting one. */
export async function peek(sql: Sql, bucket: string, windowSeconds: number): Promise<{ hits: number; resetIn: number }> {
  const [row] = await sql<{ hits: number; resetIn: number }[]>`
    with w as (select to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}) as start)
    select coalesce((select hits from rate_limits r, w where r.bucket = ${bucket} and r.window_start = w.start), 0) as hits,
           greatest(1, ceil(extract(epoch from ((select start from w) + make_interval(secs => ${windowSeconds}) - now()))))::int as "resetIn"`;
  return row;
}

/** Marks a proof-of-work solution spent; false when it was spent already. */
export async function spendPow(sql: Sql, signature: string, expiresAt: Date): Promise<boolean> {
  const res = await sql`insert into pow_spent (signature, expires_at) values (${signature}, ${expiresAt}) on conflict do nothing`;
  return res.count === 1;
}
