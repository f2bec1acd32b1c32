/**
 * @module What every route module receives, and the one OpenAPIHono factory whose
 * validation hook turns zod failures into problem+json with field paths.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env, MiddlewareHandler } from 'hono';
import type { Config } from '../../config.ts';
import type { Database } from '../db/client.ts';
import type { Logger } from '../log.ts';
import { fromZod } from './errors.ts';

export interface AppDeps {
  db: Database;
  config: Config;
  log: Logger;
  /** Tells the mail worker that mail was queued (it also polls, so this only makes it prompt). */
  nudgeMail?: () => void;
}

export function router<E extends Env>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) throw fromZod(result.error, result.target === 'json' ? 'body' : result.target);
    },
  });
}

/** The client address for audit rows and rate limits, as the `clientAddress` middleware found it. */
export function clientIp(c: { get(key: never): unknown }): string | undefined {
  return c.get('clientIp' as never) as string | undefined;
}

/**
 * Finds the client's address once per request: the socket's peer, or — only when
 * TRUST_PROXY says a load balancer sits in front — the address it appended last to
 * X-Forwarded-For (earlier entries are whatever the client claimed).
 */
export function clientAddress(trustProxy: boolean): MiddlewareHandler {
  return async function clientAddress(c, next) {
    const peer = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
    const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean).at(-1) : undefined;
    c.set('clientIp' as never, (forwarded ?? peer) as never);
    return next();
  };
}
