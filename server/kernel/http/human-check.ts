/**
 * @module The one gate for what strangers can send (feedback today; questions, returns and
 * order lookups next): limits per client address and per shop kept in PostgreSQL, and a
 * proof of work instead of a captcha when a request looks automated (too fast, a
 * honeypot filled, or past a limit). A real person's browser solves it without being
 * asked anything; a flood pays more for each request the further it goes past the limit.
 * Only what the shop accepted counts toward the shop-wide limit, so one client's refused
 * flood never puts a challenge in front of every other shopper.
 */
import type { Sql } from '../db/client.ts';
import { hit, peek, spendPow } from '../db/rate-limits.ts';
import type { Shop } from '../db/shops.ts';
import { Problem } from './errors.ts';
import { createChallenge, POW_MAX_NUMBER, verifySolution } from './proof-of-work.ts';

/** The header a solved challenge travels in (read before the body). */
export const POW_HEADER = 'x-rapport-pow';
/** The hardest challenge a flood is given (~2^7 times the first). */
export const POW_MAX_DIFFICULTY = POW_MAX_NUMBER * 128;

export interface Limit {
  hits: number;
  seconds: number;
}

export interface HumanCheck {
  /** A name for the buckets, e.g. `feedback`. */
  scope: string;
  perClient: Limit;
  perShop: Limit;
  /** The request looks automated even within the limits (honeypot, too fast). */
  suspicious?: boolean;
  /** A solved challenge (the POW_HEADER), if the client sent one. */
  pow?: string;
}

/**
 * How hard the challenge is for a client `over` requests past its limit: the first ones
 * cost a person a fraction of a second, every `limit` more doubles it, up to a cap.
 */
export function difficulty(over: number, limit: number): number {
  const steps = Math.max(0, Math.floor(over / Math.max(1, limit)));
  return Math.min(POW_MAX_DIFFICULTY, POW_MAX_NUMBER * 2 ** steps);
}

/**
 * Counts this request against the client's limit and checks the shop-wide one; passes
 * when within both and not suspicious, or when a valid, unspent proof of work came with
 * it. Otherwise throws 429 with a challenge (and Retry-After). Resolves with `accepted()`,
 * which the caller calls once the request was stored, to count it toward the shop.
 */
export async function checkHuman(sql: Sql, shop: Shop, ip: string, c: HumanCheck): Promise<{ accepted(): Promise<void> }> {
  const perShop = `${c.scope}:shop:${shop.id}`;
  const [byClient, byShop] = [
    await hit(sql, `${c.scope}:ip:${shop.id}:${ip}`, c.perClient.seconds),
    await peek(sql, perShop, c.perShop.seconds),
  ];
  const accepted = { accepted: async () => void (await hit(sql, perShop, c.perShop.seconds)) };
  const clientOver = byClient.hits - c.perClient.hits;
  const shopOver = byShop.hits >= c.perShop.hits;
  if (!c.suspicious && clientOver <= 0 && !shopOver) return accepted;
  if (c.pow) {
    const solved = verifySolution(shop, c.pow);
    if (solved && (await spendPow(sql, solved.signature, solved.expiresAt))) return accepted;
  }
  const wait = Math.max(clientOver > 0 ? byClient.resetIn : 0, shopOver ? byShop.resetIn : 0);
  throw new Problem('rate-limited', {
    detail: c.pow ? 'The proof of work is not valid or was used already' : 'Please confirm you are not a robot: solve the challenge and send again',
    headers: wait ? { 'retry-after': String(wait) } : {},
    extra: { challenge: createChallenge(shop, difficulty(Math.max(0, clientOver), c.perClient.hits)) },
  });
}
