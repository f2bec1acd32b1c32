/**
 * @module `POST /v1/events`: a batch of what a shopper did, from the tracker (or a store's
 * own code). Each event is checked on its own; the good ones are stored once (by event id)
 * and acknowledged only after the commit, the bad ones refused by index. Limited per
 * client address (a flooding visitor is cut off without slowing anyone else) and by the
 * writer's backlog (429 + Retry-After when the database cannot keep up).
 */
import { createRoute } from '@hono/zod-openapi';
import { withShop } from '../kernel/db/tenancy.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { problem, ShopHeader, storefrontErrors } from '../kernel/http/contract.ts';
import { verifySessionToken } from '../kernel/http/customer-session.ts';
import { fromZod, Problem } from '../kernel/http/errors.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { TokenBuckets } from '../kernel/http/token-bucket.ts';
import { shopSettings } from '../shops/index.ts';
import { EventBatch, EventReceipt } from './contract.ts';
import { oldestAccepted, prepareEvents, type Person } from './ingest.ts';
import { CLIENT_EVENT_RATE } from './limits.ts';
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

/** Decides whom the events belong to: a person only with consent (or where the shop does not require it). */
async function personOf(batch: EventBatch, shop: ShopEnv['Variables']['shop'], header: string | undefined): Promise<Person> {
  const consentRequired = shopSettings(shop).interactions.consent === 'required';
  const linked = batch.consent === true || (batch.consent === undefined && !consentRequired);
  if (!linked) return { customerId: null, visitorId: null };
  const token = batch.session ?? header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  // An expired or foreign session does not lose the events: they stay with the visitor id.
  const customerId = token ? await verifySessionToken(token, shop).catch(() => null) : null;
  return { customerId, visitorId: batch.visitor ?? null };
}

export function interactionRoutes(deps: AppDeps & { writer: EventWriter }) {
  const { sql } = deps.db;
  const buckets = new TokenBuckets(CLIENT_EVENT_RATE);
  const app = router<ShopEnv>();

  app.openapi(record, async (c) => {
    const shop = c.var.shop;
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      throw new Problem('malformed-json');
    }
    const parsed = EventBatch.safeParse(body);
    if (!parsed.success) throw fromZod(parsed.error, 'body');
    const batch = parsed.data;

    const wait = buckets.take(`${shop.id}|${clientIp(c) ?? 'unknown'}`, batch.events.length);
    if (wait > 0) {
      throw new Problem('rate-limited', { detail: 'Too many events from this client', headers: { 'retry-after': String(wait) } });
    }

    const now = Date.now();
    const person = await personOf(batch, shop, c.req.header('authorization'));
    const { retentionDays } = shopSettings(shop).interactions;
    const prepared = await prepareEvents((fn) => withShop(sql, shop.id, fn), shop.id, batch.events, {
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
