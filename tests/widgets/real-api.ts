/**
 * @module The real Rapport API inside web-test-runner's dev server: `createApp` on an
 * in-memory embedded database (PGlite, migrated at start), so a widget test talks to the
 * same routes, validation, row-level security and idempotency as production, and fails
 * when the server's contract changes.
 *
 * The Koa middleware forwards only the paths the real server owns (`/v1/*`, `/health`,
 * `/thread/*`) to the Hono app (with the client's socket, so rate limits see an address as
 * behind @hono/node-server) and copies status, headers and body back; web-test-runner
 * serves everything else (the widget sources). In front of the app sits a thin fault
 * wrapper, steered per shop key (`POST /api-test/faults?shop=…&mode=…[&path=…][&ms=…]`):
 *
 * - `down`: 503 problem+json before the app, until changed;
 * - `slow`: waits `ms` (default 2000) before the app, until changed;
 * - `drop`: the connection is destroyed before the app, until changed;
 * - `lose-once`: the app answers (and commits), then the connection is destroyed instead
 *   of answering — once;
 * - `rate-once`: one 429 problem+json with `Retry-After: 1` before the app;
 * - `ok`: none.
 *
 * The wrapper also keeps a log of what went over the wire per shop (method, path, the
 * headers a test asks about, the JSON body with photo data summarized, the status the
 * client got, -1 for a destroyed connection), read with `GET /api-test/shops/:key/requests`.
 * What was stored is read from the database itself (tests/widgets/test-control.ts).
 */
import type { IncomingMessage } from 'node:http';
import type { Context, Next } from 'koa';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { connect, type Database } from '../../server/kernel/db/client.ts';
import { migrate } from '../../server/kernel/db/migrate.ts';
import { createLogger } from '../../server/kernel/log.ts';
import { controlApp } from './test-control.ts';
import { wireApp } from './wire-api.ts';

/** Paths the real server owns; web-test-runner serves every other path. */
const SERVER_PATH = /^\/(v1\/|health$|thread\/)/;
/** Hop-by-hop headers: they describe this connection, not the request. */
const HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect', 'proxy-connection']);
const PROBLEM_BASE = 'https://rapport.dev/problems/';

export type FaultMode = 'ok' | 'down' | 'slow' | 'drop' | 'lose-once' | 'rate-once' | 'unsupported-once';
const MODES: readonly FaultMode[] = ['ok', 'down', 'slow', 'drop', 'lose-once', 'rate-once', 'unsupported-once'];

interface Fault {
  mode: FaultMode;
  /** Only requests to this path (e.g. `/v1/feedback`); every server path when unset. */
  path?: string;
  ms: number;
}

export interface WireRequest {
  method: string;
  path: string;
  shop: string;
  /** The Idempotency-Key header, or null. */
  key: string | null;
  authorization: string | null;
  origin: string | null;
  /** The JSON body as sent, or for a photo upload `{ size, head }` (head = first 16 bytes in hex), or null. */
  body: unknown;
  /** Whether a solved proof of work came with it (the X-Rapport-Pow header). */
  pow: boolean;
  /** The status the client received; -1 when the connection was destroyed instead. */
  status: number;
}

/** Per shop key: the switched-on fault and the wire log. */
export const faults = new Map<string, Fault>();
export const wireLog = new Map<string, WireRequest[]>();

export function setFault(shop: string, mode: string, opts: { path?: string; ms?: number } = {}): Fault {
  if (!MODES.includes(mode as FaultMode)) throw new Error(`unknown fault mode ${mode}`);
  const fault: Fault = { mode: mode as FaultMode, path: opts.path || undefined, ms: opts.ms ?? 2000 };
  if (fault.mode === 'ok') faults.delete(shop);
  else faults.set(shop, fault);
  return fault;
}

/** The Hono app and its database, once the server started; every request waits for it. */
let started: Promise<{ db: Database; app: ReturnType<typeof createApp> }> | undefined;

async function start() {
  const db = await connect({ dataDir: 'memory://' });
  await migrate(db.sql);
  // Only server errors reach the output (a 500 in a widget test is worth seeing).
  const log = createLogger('error', { from: 'widget-test-api' }, (line) => process.stderr.write(line + '\n'));
  const app = createApp({
    db, log, config: loadConfig({ LOG_LEVEL: 'error' }),
    // No widgets build: web-test-runner serves the sources; the app's static routes are not used.
    widgets: { dir: '/nonexistent', adminEntry: 'admin.js' },
  });
  return { db, app };
}

const ready = () => (started ??= start());

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** Forwards the request to a Hono app, as @hono/node-server would hand it over. */
export async function forward(ctx: Context, app: { fetch: (req: Request, env?: unknown) => Response | Promise<Response> }, body: Buffer): Promise<Response> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.req.headers)) {
    if (value === undefined || HOP.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasBody = body.length > 0 && ctx.method !== 'GET' && ctx.method !== 'HEAD';
  const init: RequestInit & { duplex: 'half' } = { method: ctx.method, headers, duplex: 'half', ...(hasBody ? { body: new Uint8Array(body) } : {}) };
  return app.fetch(new Request(ctx.href, init), { incoming: ctx.req, outgoing: ctx.res });
}

/** Copies a fetch Response onto the Koa context. */
export async function respond(ctx: Context, res: Response) {
  const body = Buffer.from(await res.arrayBuffer());
  ctx.status = res.status;
  res.headers.forEach((value, name) => {
    if (name === 'set-cookie' || name === 'content-length' || HOP.has(name)) return;
    ctx.set(name, value);
  });
  const cookies = res.headers.getSetCookie();
  if (cookies.length) ctx.set('set-cookie', cookies);
  if (res.status !== 204 && res.status !== 304 && ctx.method !== 'HEAD') ctx.body = body;
}

function problem(ctx: Context, status: number, slug: string, title: string, headers: Record<string, string> = {}) {
  ctx.status = status;
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  ctx.type = 'application/problem+json';
  ctx.body = JSON.stringify({ type: PROBLEM_BASE + slug, title, status });
}

/** No answer at all: the connection closes (the status is only for the dev server's own log). */
function destroy(ctx: Context) {
  ctx.status = 502;
  ctx.respond = false;
  ctx.req.socket.destroy();
}

/** What the log keeps of a body: the JSON as sent, or a raw upload's size and first bytes (hex). */
function summarize(body: Buffer, type: string): unknown {
  if (!body.length) return null;
  if (type.startsWith('image/')) return { size: body.length, head: body.subarray(0, 16).toString('hex') };
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { unparsed: body.length };
  }
  return json;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A request to the real server's paths, through the fault wrapper. */
async function serverRequest(ctx: Context, app: { fetch: (req: Request, env?: unknown) => Response | Promise<Response> }) {
  const body = await readBody(ctx.req);
  const shop = ctx.get('x-rapport-shop') || (typeof ctx.query.shop === 'string' ? ctx.query.shop : '');
  if (!shop || ctx.method === 'OPTIONS') return respond(ctx, await forward(ctx, app, body));

  const summary = summarize(body, ctx.get('content-type') || '');
  const entry: WireRequest = {
    method: ctx.method, path: ctx.path, shop,
    key: ctx.get('idempotency-key') || null,
    authorization: ctx.get('authorization') || null,
    origin: ctx.get('origin') || null,
    body: summary,
    pow: !!ctx.get('x-rapport-pow'),
    status: 0,
  };
  if (!wireLog.has(shop)) wireLog.set(shop, []);
  wireLog.get(shop)!.push(entry);

  const fault = faults.get(shop);
  const applies = fault && (!fault.path || fault.path === ctx.path) ? fault : undefined;
  switch (applies?.mode) {
    case 'down':
      problem(ctx, 503, 'unavailable', 'The service is shutting down or unavailable');
      entry.status = 503;
      return;
    case 'drop':
      entry.status = -1;
      return destroy(ctx);
    case 'unsupported-once':
      // As the API refuses a photo it cannot take (415): the widget must show it at the photos, not retry.
      faults.delete(shop);
      problem(ctx, 415, 'unsupported-media-type', 'The content type is not supported');
      entry.status = 415;
      return;
    case 'rate-once':
      faults.delete(shop);
      problem(ctx, 429, 'rate-limited', 'Too many requests', { 'retry-after': '1' });
      entry.status = 429;
      return;
    case 'slow':
      await sleep(applies.ms);
      break;
    case 'lose-once': {
      faults.delete(shop);
      const res = await forward(ctx, app, body);
      await res.arrayBuffer(); // the app answered: whatever it wrote is committed
      entry.status = -1;
      return destroy(ctx);
    }
  }
  const res = await forward(ctx, app, body);
  entry.status = res.status;
  return respond(ctx, res);
}

/**
 * Cross-origin like the real server: a page on `localhost` may load the widget sources
 * from `127.0.0.1` (module scripts are fetched in CORS mode). The API paths answer CORS
 * themselves (the app's shop-auth middleware, with each shop's allowed origins).
 */
function staticCors(ctx: Context) {
  const origin = ctx.get('origin');
  if (origin && origin !== ctx.origin) ctx.set('access-control-allow-origin', '*');
}

/** The web-test-runner pieces: the middleware, and a plugin that starts and stops the database. */
export function realApi() {
  async function middleware(ctx: Context, next: Next) {
    if (SERVER_PATH.test(ctx.path)) {
      const { app } = await ready();
      return serverRequest(ctx, app);
    }
    if (ctx.path.startsWith('/api-test/wire/')) return respond(ctx, await forward(ctx, wireApp, await readBody(ctx.req)));
    if (ctx.path.startsWith('/api-test/')) {
      const { db } = await ready();
      return respond(ctx, await forward(ctx, controlApp(db, { setFault, faults, wireLog }), await readBody(ctx.req)));
    }
    staticCors(ctx);
    return next();
  }
  const plugin = {
    name: 'rapport-real-api',
    async serverStart() {
      await ready(); // the database is up before the first test file runs
    },
    async serverStop() {
      if (!started) return;
      const { db } = await started;
      started = undefined;
      await db.close();
    },
  };
  return { middleware, plugin };
}
