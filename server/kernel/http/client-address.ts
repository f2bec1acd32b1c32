/**
 * @module The client's address, found once per request for audit rows and rate limits:
 * the socket's peer, or — only when TRUST_PROXY says a load balancer sits in front — the
 * address it appended last to X-Forwarded-For (earlier entries are whatever the client
 * claimed, so a forged header cannot reset a limit).
 */
import type { MiddlewareHandler } from 'hono';
import type { BaseEnv } from './router.ts';

export function clientAddress(trustProxy: boolean): MiddlewareHandler<BaseEnv> {
  return async function clientAddress(c, next) {
    const peer = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
    const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean).at(-1) : undefined;
    c.set('clientIp', forwarded ?? peer);
    return next();
  };
}

/** The address the `clientAddress` middleware found. */
export const clientIp = (c: { var: BaseEnv['Variables'] }): string | undefined => c.var.clientIp;
