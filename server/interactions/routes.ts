/**
 * @module `POST /v1/events`: a batch of what a shopper did, from the tracker (or a store's
 * own code). Each event is checked on its own; the good ones are stored once (by event id)
 * and acknowledged only after the commit, the bad ones refused by index. Limited per
 * client address (a flooding visitor is cut off without slowing anyone else) and by the
 * writer's backlog (429 + Retry-After when the database cannot keep up). The hot path waits
 * on the database only for the commit its rows share with other requests' (and for product
 * references this process has not resolved lately, read together with other requests').
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { clientIp } from '../kernel/http/client-address.ts';
import { problem, ShopHeader, storefrontErrors } from '../kernel/http/contract.ts';
import { verifySessionToken } from '../kernel/http/customer-session.ts';
import { fromZod, Problem } from '../kernel/http/errors.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { TokenBuckets } from '../kernel/http/token-bucket.ts';
import { shopSettings, type ShopSettings } from '../shops/index.ts';
import { EventBatch, EventReceipt } from './contract.ts';
import { oldestAccepted, prepareEvents, type Person } from './ingest.ts';
import { CLIENT_EVENT_RATE } from './limits.ts';
import { RefReader } from './refs.ts';
import type { EventWriter } from './writer.ts';

const record = createRoute({
  method: 'post',
  path: '/events',
  tags: ['Interactions'],
  summary: 'Record what shoppers did (a batch of events)',
  description:
    'The shop may also be named by the `shop` query parameter, and the body sent as text/plain, so that ' +
    '`navigator.sendBeacon` and CORS-simple keepalive requests work. Retries send the same event ids: each is stored once.',
  request: {
    headers: ShopHeader.partial(),
    body: { content: { 'application/json': { schema: EventBatch }, 'text/plain': { schema: EventBatch } } },
  },
  responses: {
    200: { description: 'Stored (some events may be refused, by index)', content: { 'application/json': { schema: EventReceipt } } },
    422: problem('Every event was refused (`errors` names each by index and field)'),
    429: problem('Too many events from this client, or the log is busy: send again after Retry-After seconds'),
    ...storefrontErrors,
  },
});

/** A shop's settings as this route needs them, read once per shop row (the kernel keeps the row a few seconds). */
const settingsOf = (() => {
  const memo = new WeakMap<ShopEnv['Variables']['shop'], ShopSettings['interactions']>();
  return (shop: ShopEnv['Variables']['shop']) => {
    let s = memo.get(shop);
    if (!s) memo.set(shop, (s = shopSettings(shop).interactions));
    return s;
  };
})();

/** Decides whom the events belong to: a person only with consent (or where the shop does not require it). */
async function personOf(batch: EventBatch, shop: ShopEnv['Variables']['shop'], header: string | undefined): Promise<Person> {
  const consentRequired = settingsOf(shop).consent === 'required';
  const linked = batch.consent === true || (batch.consent === undefined && !consentRequired);
  if (!linked) return { customerId: null, visitorId: null };
  const token = batch.session ?? header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  // An expired or foreign session does not lose the events: they stay with the visitor id.
  const customerId = token ? await verifySessionToken(token, shop).catch(() => null) : null;
  return { customerId, visitorId: batch.visitor ?? null };
}

/**
 * The batch: the route's validator checked it when it came as JSON (a valid batch always has
 * events); a beacon's text/plain body, which the validator leaves alone, is checked here.
 */
async function batchOf(c: Context<ShopEnv, '/events', { out: { json: EventBatch } }>): Promise<EventBatch> {
  const validated: Partial<EventBatch> = c.req.valid('json');
  if (validated.events) return validated as EventBatch;
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new Problem('malformed-json');
  }
  const parsed = EventBatch.safeParse(body);
  if (!parsed.success) throw fromZod(parsed.error, 'body');
  return parsed.data;
}

export function interactionRoutes(deps: AppDeps & { writer: EventWriter }) {
  const refs = new RefReader(deps.db.sql);
  const buckets = new TokenBuckets(CLIENT_EVENT_RATE);
  const app = router<ShopEnv>();

  app.openapi(record, async (c) => {
    const shop = c.var.shop;
    const batch = await batchOf(c);

    const wait = buckets.take(`${shop.id}|${clientIp(c) ?? 'unknown'}`, batch.events.length);
    if (wait > 0) {
      throw new Problem('rate-limited', { detail: 'Too many events from this client', headers: { 'retry-after': String(wait) } });
    }

    const now = Date.now();
    const person = await personOf(batch, shop, c.req.header('authorization'));
    const { retentionDays } = settingsOf(shop);
    const prepared = await prepareEvents(refs.forShop(shop.id), shop.id, batch.events, {
      source: 'browser', person, now, clockOffsetMs: now - batch.sentAt,
      oldest: Math.max(oldestAccepted('browser', now), now - retentionDays * 86_400_000), retentionDays,
    });
    if (prepared.rows.length === 0 && prepared.repeated === 0) {
      throw new Problem('unprocessable', {
        detail: 'No event in the batch could be recorded',
        errors: prepared.rejected.flatMap((r) => r.errors),
        extra: { rejected: prepared.rejected },
      });
    }
    const stored = await deps.writer.write(shop.id, prepared.rows);
    const accepted = prepared.rows.filter((r) => stored.has(r.eventId)).length;
    return c.json({ accepted, duplicates: prepared.rows.length - accepted + prepared.repeated, rejected: prepared.rejected }, 200);
  });
  return app;
}
