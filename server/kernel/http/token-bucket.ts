/**
 * @module Token buckets in this process's memory, for streams too busy to count each hit
 * in PostgreSQL (the interaction log: dozens of events a second per page). Each key fills at
 * `perSecond` up to `burst`; idle keys are forgotten. Behind N instances a client gets up to
 * N × the rate — a flood is still cut to a trickle, which is what these limits are for.
 */
export interface BucketRate {
  perSecond: number;
  burst: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private sweptAt = 0;

  constructor(
    private readonly rate: BucketRate,
    private readonly now: () => number = () => performance.now(),
    private readonly maxKeys = 100_000,
  ) {}

  /**
   * Takes `n` tokens from `key`'s bucket. Returns 0 when taken, or else the seconds until
   * they would be there (nothing is taken).
   */
  take(key: string, n = 1): number {
    const t = this.now();
    this.sweep(t);
    const b = this.buckets.get(key) ?? { tokens: this.rate.burst, at: t };
    b.tokens = Math.min(this.rate.burst, b.tokens + ((t - b.at) / 1000) * this.rate.perSecond);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens >= n) {
      b.tokens -= n;
      return 0;
    }
    return Math.max(1, Math.ceil((Math.min(n, this.rate.burst) - b.tokens) / this.rate.perSecond));
  }

  /** Drops full buckets (idle keys) now and then, and the oldest if there are too many. */
  private sweep(t: number): void {
    if (t - this.sweptAt < 10_000 && this.buckets.size < this.maxKeys) return;
    this.sweptAt = t;
    const fullAfterMs = (this.rate.burst / this.rate.perSecond) * 1000;
    for (const [k, b] of this.buckets) if (t - b.at >= fullAfterMs) this.buckets.delete(k);
    if (this.buckets.size >= this.maxKeys) {
      let drop = this.buckets.size - Math.floor(this.maxKeys * 0.9);
      for (const k of this.buckets.keys()) {
        if (drop-- <= 0) break;
        this.buckets.delete(k);
      }
    }
  }
}
