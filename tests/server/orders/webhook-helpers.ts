/**
 * @module Helpers for the order-sync tests: the shared fixtures' bytes, deliveries signed the
 * way each platform signs them (with node:crypto here, apart from the adapters' code), and
 * reads of what a shop holds.
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { Database } from '../../../server/kernel/db/client.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { BASE } from '../helpers/http.ts';

export { fixtureBytes, VECTOR_SECRET } from '../../plugin-adapters/helpers.ts';

type App = { request(url: string, init?: RequestInit): Response | Promise<Response> };

/** A Shopify delivery: base64 HMAC of the raw body, topic and webhook id headers. */
export function postShopify(app: App, shopId: string, topic: string, body: Uint8Array | string, opts: { secret: string; webhookId?: string; hmac?: string | null }) {
  const headers: Record<string, string> = {
    'content-type': 'application/json', 'x-shopify-topic': topic, 'x-shopify-webhook-id': opts.webhookId ?? randomUUID(),
  };
  const hmac = opts.hmac === undefined ? createHmac('sha256', opts.secret).update(body).digest('base64') : opts.hmac;
  if (hmac !== null) headers['x-shopify-hmac-sha256'] = hmac;
  return app.request(`${BASE}/webhooks/shopify/${shopId}`, { method: 'POST', headers, body: body as BodyInit });
}

/** A WooCommerce delivery: base64 HMAC of the raw body and the topic header. */
export function postWoo(app: App, shopId: string, topic: string, body: Uint8Array | string, secret: string) {
  return app.request(`${BASE}/webhooks/woocommerce/${shopId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json', 'x-wc-webhook-topic': topic,
      'x-wc-webhook-signature': createHmac('sha256', secret).update(body).digest('base64'),
    },
    body: body as BodyInit,
  });
}

/** Rapport's envelope (generic and Medusa): hex HMAC over `timestamp.eventId.body`. */
export function postEnvelope(app: App, platform: 'generic' | 'medusa', shopId: string, payload: unknown, opts: { secret: string; eventId?: string; at?: number }) {
  const body = JSON.stringify(payload);
  const timestamp = String(opts.at ?? Math.floor(Date.now() / 1000));
  const eventId = opts.eventId ?? randomUUID();
  const signature = createHmac('sha256', opts.secret).update(`${timestamp}.${eventId}.`).update(body).digest('hex');
  return app.request(`${BASE}/webhooks/${platform}/${shopId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rapport-signature': `sha256=${signature}`, 'x-rapport-timestamp': timestamp, 'x-rapport-event-id': eventId },
    body,
  });
}

/** Counts of what a shop holds from a platform's sync. */
export async function holdings(db: Database, shopId: string) {
  return withShop(db.sql, shopId, async (tx) => {
    const [row] = await tx<{ orders: number; lines: number; parcels: number; events: number; refunds: number; products: number; customers: number; privacy: number }[]>`
      select (select count(*)::int from orders) as orders, (select count(*)::int from order_lines) as lines,
             (select count(*)::int from fulfillments) as parcels, (select count(*)::int from fulfillment_events) as events,
             (select count(*)::int from refunds) as refunds, (select count(*)::int from products) as products,
             (select count(*)::int from customers) as customers, (select count(*)::int from privacy_requests) as privacy`;
    return row;
  });
}

/** The fixture's JSON text with some values replaced (dates moved, ids changed), as a platform would send it. */
export function edited(bytes: Uint8Array, replacements: [string | RegExp, string][]): string {
  let text = Buffer.from(bytes).toString('utf8');
  for (const [from, to] of replacements) text = text.replace(from instanceof RegExp ? from : new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), to);
  return text;
}
