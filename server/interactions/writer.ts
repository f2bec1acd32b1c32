/**
 * @module The log's writer: requests hand it their checked rows and wait; it commits what
 * many requests brought in one transaction (one INSERT per shop, each under that shop's
 * row-level security) and answers each request only after the commit. When it cannot keep
 * up — more rows waiting than it may hold, or one shop holding more than its share — it
 * refuses at once with 429 and Retry-After, so no acknowledged event is ever only in memory.
 */
import type { Sql } from '../kernel/db/client.ts';
import { withEachShop } from '../kernel/db/tenancy.ts';
import { Problem } from '../kernel/http/errors.ts';
import type { Logger } from '../kernel/log.ts';
import { ensurePartitions, insertStatement, type InteractionRow } from './db.ts';

export interface WriterOptions {
  /** Rows waiting at most, all shops together. */
  maxQueuedRows: number;
  /** One shop's share of the queue. */
  maxQueuedRowsPerShop: number;
  /** Rows per transaction at most. */
  maxRowsPerCommit: number;
  /**
   * Transactions at once (keep below the pool size). One by default: while it commits, the
   * requests that arrive fill the next, so each carries more and a commit's fixed cost
   * (~0.25 ms of PostgreSQL's CPU here: BEGIN, the statement's start, the WAL flush) is
   * shared by more rows. Measured on 2 cores with 16 senders: 0.39 transactions per request
   * instead of 0.52 with two at once, ~15% less CPU per request on both sides, the same
   * with 256 senders. A machine with cores to spare for PostgreSQL may want two.
   */
  concurrency: number;
}

export const WRITER_DEFAULTS: WriterOptions = {
  maxQueuedRows: 50_000,
  maxQueuedRowsPerShop: 25_000,
  maxRowsPerCommit: 5_000,
  concurrency: 1,
};

interface Waiting {
  shopId: string;
  rows: InteractionRow[];
  resolve(stored: Set<string>): void;
  reject(err: unknown): void;
}

export class EventWriter {
  private readonly queue: Waiting[] = [];
  private queued = 0;
  private readonly perShop = new Map<string, number>();
  private active = 0;
  private readonly opts: WriterOptions;

  constructor(private readonly sql: Sql, private readonly log: Logger, opts: Partial<WriterOptions> = {}) {
    this.opts = { ...WRITER_DEFAULTS, ...opts };
  }

  /** Rows waiting now (for health and the benchmark). */
  get backlog(): number {
    return this.queued;
  }

  /** Stores `rows` of `shopId`; resolves with the event ids stored now (not those stored before). */
  write(shopId: string, rows: InteractionRow[]): Promise<Set<string>> {
    if (rows.length === 0) return Promise.resolve(new Set());
    const mine = this.perShop.get(shopId) ?? 0;
    if (this.queued + rows.length > this.opts.maxQueuedRows || mine + rows.length > this.opts.maxQueuedRowsPerShop) {
      return Promise.reject(new Problem('rate-limited', {
        detail: 'The event log is busy; send these events again shortly',
        headers: { 'retry-after': '2' },
      }));
    }
    this.queued += rows.length;
    this.perShop.set(shopId, mine + rows.length);
    return new Promise((resolve, reject) => {
      this.queue.push({ shopId, rows, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.active < this.opts.concurrency && this.queue.length > 0) {
      const batch: Waiting[] = [];
      let n = 0;
      while (this.queue.length > 0 && (batch.length === 0 || n + this.queue[0].rows.length <= this.opts.maxRowsPerCommit)) {
        const w = this.queue.shift()!;
        batch.push(w);
        n += w.rows.length;
      }
      this.active++;
      void this.commit(batch).finally(() => {
        this.active--;
        for (const w of batch) {
          this.queued -= w.rows.length;
          const left = (this.perShop.get(w.shopId) ?? 0) - w.rows.length;
          if (left > 0) this.perShop.set(w.shopId, left);
          else this.perShop.delete(w.shopId);
        }
        this.pump();
      });
    }
  }

  private async commit(batch: Waiting[]): Promise<void> {
    try {
      const stored = await this.insert(batch);
      batch.forEach((w, i) => w.resolve(stored[i]));
    } catch (err) {
      if (batch.length === 1) {
        batch[0].reject(err);
        return;
      }
      // One request's rows must not fail the others: each goes again on its own.
      this.log.warn('event commit failed; retrying each request alone', { requests: batch.length, err: String(err) });
      for (const w of batch) {
        try {
          w.resolve((await this.insert([w]))[0]);
        } catch (e) {
          w.reject(e);
        }
      }
    }
  }

  /**
   * One transaction for the batch; resolves, per request, with its event ids stored now. An
   * id that two requests of the batch both carry (a retry sent while the first was still
   * waiting) goes into the statement once: the first request stores it, the other finds it
   * there already.
   */
  private async insert(batch: Waiting[]): Promise<Set<string>[]> {
    const byShop = new Map<string, { rows: InteractionRow[]; ids: Set<string> }>();
    const sent = batch.map((w) => {
      let shop = byShop.get(w.shopId);
      if (!shop) byShop.set(w.shopId, (shop = { rows: [], ids: new Set() }));
      const mine: string[] = [];
      for (const r of w.rows) {
        if (shop.ids.has(r.eventId)) continue;
        shop.ids.add(r.eventId);
        shop.rows.push(r);
        mine.push(r.eventId);
      }
      return mine;
    });
    await ensurePartitions(this.sql, batch.flatMap((w) => w.rows.map((r) => r.occurredAt.getTime())));
    const results = await withEachShop(this.sql, byShop.keys(), (tx, shopId) => insertStatement(tx, shopId, byShop.get(shopId)!.rows));
    const already = new Map([...results].map(([shopId, rows]) => [shopId, new Set(rows.map((r) => r.id))]));
    return batch.map((w, i) => {
      const there = already.get(w.shopId)!;
      return new Set(sent[i].filter((id) => !there.has(id)));
    });
  }
}
