/**
 * @module The widget tests' control routes (`/api-test/*`) next to the real API: what a
 * shop's owner, its store and time would do, done directly — create a shop for a test
 * file, mint the store's identity proofs, seed orders, products and FAQ articles, hide
 * feedback kinds — plus switching faults on, tripping the real rate limit, and reading
 * back what the real database stored and what went over the wire. Every state lives in
 * the database or in real-api.ts's fault wrapper; nothing here answers for the API.
 *
 * - `POST /api-test/shops {origins?, hiddenKinds?}` → `{ key, name }`
 * - `POST /api-test/shops/:key/proof {sub, email?, name?, expiresIn?}` → `{ token }` (HS256, the shop's secret)
 * - `POST /api-test/shops/:key/orders {orders: [{number, email, sub?}]}`
 * - `POST /api-test/shops/:key/products {products: [{id?, title, handle?, category?}]}` → `{ ids }`
 * - `POST /api-test/shops/:key/tracking {consent: 'required'|'implied'}` — the shop's consent rule for the tracker
 * - `GET /api-test/shops/:key/interactions` → the interaction log read from the database, oldest first
 * - `POST /api-test/shops/:key/faq {articles: [{locale, question, answerMd}]}`
 * - `POST /api-test/shops/:key/settings {hiddenKinds}`
 * - `POST /api-test/shops/:key/rate-limit` — the shop's feedback limit is used up (this window and the next)
 * - `POST /api-test/shops/:key/reset` — no fault, empty wire log, no feedback, mails, idempotency keys or rate-limit hits
 * - `GET /api-test/shops/:key/feedback` → `{ count, items }` read from the database
 * - `GET /api-test/shops/:key/requests` → the wire log
 * - `POST /api-test/shops/:key/catalog {products: [{title, handle?, category?, priceAmount?, currency?, imageUrl?, titleI18n?, published?, variants?}]}` → `{ ids }`
 *   — products as a platform syncs them (prices in minor units, variants with their stock)
 * - `POST /api-test/shops/:key/events {visitor?, events: [{kind, product?, variant?, at?, data?}]}` → the receipt — other shoppers'
 *   events, recorded as the server records them (recordServerEvents)
 * - `POST /api-test/shops/:key/train` → the training report — the shop's recommendation model trained now (trainShop)
 * - `POST /api-test/shops/:key/placements {placement, enabled?, includeCategories?}` — the owner's settings of one recommendation placement
 * - `POST /api-test/faults?shop=…&mode=…[&path=…][&ms=…]`
 * - `GET /api-test/slow?ms=…` — answers after `ms` (at most 10 s): holds a page's load event
 * - `/api-test/admin/*`: a shop with its staff, staff sessions and inbox data for the admin tests
 *   (tests/widgets/admin/admin-control.ts)
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { SignJWT } from 'jose';
import { FEEDBACK_RATE } from '../../server/feedback/limits.ts';
import type { Placement } from '../../server/interactions/limits.ts';
import { insertProducts, type NewProduct } from '../../server/catalog/index.ts';
import { insertFaqArticles } from '../../server/faq/index.ts';
import { findPlatformCustomer, upsertCustomerByIdentity } from '../../server/identity/index.ts';
import type { Database } from '../../server/kernel/db/client.ts';
import type { Locale } from '../../server/kernel/i18n/locales.ts';
import { findShopByPublicKey, type Shop } from '../../server/kernel/db/shops.ts';
import { withShop } from '../../server/kernel/db/tenancy.ts';
import { recordServerEvents, type EventInput } from '../../server/interactions/index.ts';
import { insertOrders } from '../../server/orders/index.ts';
import { trainShop } from '../../server/recommendations/index.ts';
import { ShopSettings } from '../../server/shops/contract.ts';
import { saveSettings } from '../../server/shops/db.ts';
import { checkOrigin, createShop } from '../../server/shops/index.ts';
import type { FeedbackKind } from '../../server/feedback/contract.ts';
import { adminControl } from './admin/admin-control.ts';
import { ordersControl } from './order-tracker/orders-control.ts';

export interface ControlState {
  setFault(shop: string, mode: string, opts: { path?: string; ms?: number }): unknown;
  faults: Map<string, unknown>;
  wireLog: Map<string, unknown[]>;
}

/** A stored feedback as the tests compare it: shaped like the submission, from the database's columns. */
export interface StoredFeedback {
  key: string | null;
  reference: string;
  customer: { sub: string | null; email: string | null } | null;
  body: {
    kind: string;
    scoreType: string;
    score?: number;
    text: string;
    email?: string;
    locale: string;
    context: { pageUrl?: string; pageTitle?: string; orderNumber?: string; productId?: string };
    photos: Array<{ type: string; size: number; head: string }>;
  };
}

const enc = new TextEncoder();
/** `o` without its null and undefined members (the database's nulls are absent fields in a submission). */
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as { [K in keyof T]?: NonNullable<T[K]> };

let app: Hono | undefined;

export function controlApp(db: Database, state: ControlState): Hono {
  if (app) return app;
  const { sql } = db;
  app = new Hono().basePath('/api-test');

  async function shopOf(key: string): Promise<Shop> {
    const shop = await findShopByPublicKey(sql, key);
    if (!shop) throw new Error(`no test shop ${key}`);
    return shop;
  }

  async function hideKinds(shop: Shop, hiddenKinds: FeedbackKind[]) {
    const settings = ShopSettings.parse({ ...shop.settings, feedback: { ...ShopSettings.parse(shop.settings).feedback, hiddenKinds } });
    await withShop(sql, shop.id, (tx) => saveSettings(tx, shop.id, settings));
  }

  app.onError((err, c) => c.json({ error: String((err as Error).stack ?? err) }, 500));

  app.post('/shops', async (c) => {
    const input = await c.req.json<{ origins?: string[]; hiddenKinds?: FeedbackKind[] }>().catch(() => ({}) as { origins?: string[]; hiddenKinds?: FeedbackKind[] });
    // A shop as provisioning creates it, without the owner: storefront widgets need no staff,
    // and an owner's password hash (scrypt, N=2^17) would cost every test file a second.
    const shop = await sql.begin((tx) => createShop(tx, {
      name: `Widget test shop ${randomUUID().slice(0, 8)}`, allowedOrigins: (input.origins ?? []).map(checkOrigin),
    }));
    if (input.hiddenKinds?.length) await hideKinds(shop, input.hiddenKinds);
    return c.json({ key: shop.publicKey, name: shop.name }, 201);
  });

  app.post('/shops/:key/proof', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const who = await c.req.json<{ sub: string; email?: string; name?: string; expiresIn?: number }>();
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ email: who.email, name: who.name })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(who.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + (who.expiresIn ?? 600))
      .sign(enc.encode(shop.signingSecret));
    return c.json({ token });
  });

  app.post('/shops/:key/orders', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { orders } = await c.req.json<{ orders: Array<{ number: string; email: string; sub?: string }> }>();
    const ids = await withShop(sql, shop.id, async (tx) => {
      const rows = [];
      for (const o of orders) {
        const customer = o.sub
          ? (await findPlatformCustomer(tx, 'generic', o.sub)) ?? (await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: o.sub, email: o.email }))
          : undefined;
        rows.push({
          number: o.number, email: o.email, customerId: customer?.id ?? null, status: 'paid' as const, currency: shop.currency,
          placedAt: new Date(), lines: [{ title: 'Linen shirt', quantity: 1, unitAmount: 4900 }],
        });
      }
      return insertOrders(tx, shop.id, rows);
    });
    return c.json({ ids }, 201);
  });

  app.post('/shops/:key/products', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { products } = await c.req.json<{ products: Array<{ id?: string; title: string; handle?: string; category?: string }> }>();
    const ids = await withShop(sql, shop.id, (tx) =>
      insertProducts(tx, shop.id, products.map((p) => ({
        id: p.id, title: p.title, handle: p.handle ?? `${p.title.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 6)}`,
        category: p.category, priceAmount: 4900, currency: shop.currency,
      }))));
    return c.json({ ids }, 201);
  });

  app.post('/shops/:key/faq', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { articles } = await c.req.json<{ articles: Array<{ locale: Locale; question: string; answerMd: string }> }>();
    const ids = await withShop(sql, shop.id, (tx) => insertFaqArticles(tx, shop.id, articles.map((a) => ({ ...a, category: 'Help' }))));
    return c.json({ ids }, 201);
  });

  app.post('/shops/:key/settings', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { hiddenKinds } = await c.req.json<{ hiddenKinds: FeedbackKind[] }>();
    await hideKinds(shop, hiddenKinds);
    return c.json({ hiddenKinds });
  });

  // The per-shop feedback limit used up, in the current window and the next (a test that
  // runs across the window's end still meets the limit).
  app.post('/shops/:key/rate-limit', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { hits, seconds } = FEEDBACK_RATE.perShop;
    for (const ahead of [0, seconds]) {
      await sql`
        insert into rate_limits (bucket, window_start, hits)
        values (${`feedback:shop:${shop.id}`}, to_timestamp(floor(extract(epoch from now()) / ${seconds}) * ${seconds} + ${ahead}), ${hits})
        on conflict (bucket, window_start) do update set hits = excluded.hits`;
    }
    return c.json({ hits });
  });

  app.post('/shops/:key/reset', async (c) => {
    const key = c.req.param('key');
    const shop = await shopOf(key);
    state.setFault(key, 'ok', {});
    state.wireLog.delete(key);
    await withShop(sql, shop.id, async (tx) => {
      await tx`delete from feedback`;
      await tx`delete from outbox`;
      await tx`delete from idempotency_keys`;
    });
    await sql`delete from rate_limits where bucket like ${`%:${shop.id}%`}`;
    return c.json({ reset: key });
  });

  app.post('/shops/:key/tracking', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { consent } = await c.req.json<{ consent: 'required' | 'implied' }>();
    const now = ShopSettings.parse(shop.settings);
    await withShop(sql, shop.id, (tx) => saveSettings(tx, shop.id, ShopSettings.parse({ ...now, interactions: { ...now.interactions, consent } })));
    return c.json({ consent });
  });

  app.get('/shops/:key/interactions', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const rows = await withShop(sql, shop.id, (tx) => tx<{ eventId: string; kind: string; product: string | null; visitor: string | null; customerSub: string | null; data: unknown }[]>`
      select i.event_id as "eventId", i.kind, p.handle as product, i.visitor_id as visitor, ci.external_id as "customerSub", i.data
      from interactions i
      left join products p on p.id = i.product_id
      left join customer_identities ci on ci.customer_id = i.customer_id
      order by i.occurred_at, i.received_at`);
    return c.json(rows);
  });

  app.get('/shops/:key/feedback', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { rows, photos } = await withShop(sql, shop.id, async (tx) => ({
      rows: await tx<Array<Record<string, string | number | null>>>`
        select f.id, f.reference, f.kind, f.score_type as "scoreType", f.score, f.body as text, f.contact_email as email, f.locale,
               f.page_url as "pageUrl", f.page_title as "pageTitle", o.number as "orderNumber", f.product_id as "productId",
               f.customer_id as "customerId", c.email as "customerEmail",
               (select ci.external_id from customer_identities ci where ci.customer_id = f.customer_id limit 1) as "customerSub",
               (select k.key from idempotency_keys k where k.scope = 'feedback' and k.response_body->>'id' = f.id::text) as key
        from feedback f
        left join orders o on o.id = f.order_id
        left join customers c on c.id = f.customer_id
        order by f.created_at, f.reference`,
      photos: await tx<Array<{ feedbackId: string; type: string; size: number; head: string }>>`
        select feedback_id as "feedbackId", content_type as type, size, encode(substring(bytes from 1 for 16), 'hex') as head
        from feedback_photos order by created_at, ctid`,
    }));
    const items: StoredFeedback[] = rows.map((r) => ({
      key: r.key as string | null,
      reference: r.reference as string,
      customer: r.customerId ? { sub: r.customerSub as string | null, email: r.customerEmail as string | null } : null,
      body: {
        kind: r.kind as string,
        scoreType: r.scoreType as string,
        ...defined({ score: r.score as number | null }),
        text: r.text as string,
        ...defined({ email: r.email as string | null }),
        locale: r.locale as string,
        context: defined({ pageUrl: r.pageUrl, pageTitle: r.pageTitle, orderNumber: r.orderNumber, productId: r.productId }) as StoredFeedback['body']['context'],
        photos: photos.filter((p) => p.feedbackId === r.id).map(({ type, size, head }) => ({ type, size, head })),
      },
    }));
    return c.json({ count: items.length, items });
  });

  app.post('/shops/:key/catalog', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { products } = await c.req.json<{ products: Array<Partial<NewProduct> & { title: string }> }>();
    const ids = await withShop(sql, shop.id, (tx) =>
      insertProducts(tx, shop.id, products.map((p) => ({
        ...p, handle: p.handle ?? `${p.title.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 6)}`,
        priceAmount: p.priceAmount ?? 4900, currency: p.currency ?? shop.currency,
        variants: p.variants?.map((v, i) => ({ ...v, sku: v.sku ?? `${p.title}-${i}`, inventory: v.inventory ?? 10 })),
      }))));
    return c.json({ ids }, 201);
  });

  app.post('/shops/:key/events', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { visitor, events } = await c.req.json<{ visitor?: string; events: Array<Omit<EventInput, 'id' | 'at'> & { at?: number }> }>();
    const now = Date.now();
    const receipt = await recordServerEvents(sql, shop.id, {
      person: { customerId: null, visitorId: visitor ?? null },
      events: events.map((e, i) => ({ id: randomUUID(), at: now - (events.length - i) * 1000, ...e }) as EventInput),
    });
    return c.json(receipt);
  });

  app.post('/shops/:key/train', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    return c.json(await trainShop(sql, shop.id));
  });

  app.post('/shops/:key/placements', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { placement, ...set } = await c.req.json<{ placement: Placement; enabled?: boolean; includeCategories?: string[] }>();
    const now = ShopSettings.parse(shop.settings);
    const placements = { ...now.recommendations.placements, [placement]: { ...now.recommendations.placements[placement], ...set } };
    await withShop(sql, shop.id, (tx) => saveSettings(tx, shop.id, ShopSettings.parse({ ...now, recommendations: { ...now.recommendations, placements } })));
    return c.json(placements[placement]);
  });

  app.get('/shops/:key/requests', (c) => c.json(state.wireLog.get(c.req.param('key')) ?? []));

  // A resource that answers late: holds a test page's load event (so its tracker has not started).
  app.get('/slow', async (c) => {
    await new Promise((r) => setTimeout(r, Math.min(10_000, Number(c.req.query('ms') ?? 3000))));
    return c.body(null, 204);
  });

  app.post('/faults', (c) => {
    const shop = c.req.query('shop');
    const mode = c.req.query('mode');
    if (!shop || !mode) return c.json({ error: 'shop and mode are required' }, 400);
    const ms = c.req.query('ms');
    return c.json(state.setFault(shop, mode, { path: c.req.query('path'), ms: ms ? Number(ms) : undefined }));
  });

  adminControl(app, db);
  ordersControl(app, db);

  return app;
}
