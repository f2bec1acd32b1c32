/**
 * @module What every route module receives, and the one OpenAPIHono factory whose
 * validation hook turns zod failures into problem+json with field paths.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Logger } from '../log.ts';
import { fromZod } from '../errors.ts';

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

/** The client address for audit rows and rate limits (set by the node server). */
export function clientIp(c: { env: unknown; req: { header(n: string): string | undefined } }): string | undefined {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress;
}
