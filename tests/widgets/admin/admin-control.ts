/**
 * @module The admin tests' control routes (`/api-test/admin/*`, mounted by
 * tests/widgets/test-control.ts): a shop WITH its staff, real staff sessions, and the
 * data an inbox holds — each done with the server's own functions on the real database,
 * as provisioning, a shopper or time would have done it. Nothing here answers for the
 * admin API; the tests call the real one.
 *
 * - `POST /api-test/admin/shops {origins?, quiet?}` → `{ key, name, id, owner, agent, password }`: an
 *   owner ("Ana Lima") and an agent ("Bo Chen") with one known password (hashed once per run:
 *   scrypt with the server's parameters takes about a second); `quiet`: no audit rows, as for a
 *   shop provisioned before the audit log existed
 * - `POST /api-test/admin/shops/:key/session {as, quiet?}` — signs `as` (owner | agent) in: a real
 *   session row, its audit row (unless `quiet`) and the real cookie (HttpOnly, Secure,
 *   SameSite=Strict) on this answer
 * - `POST /api-test/admin/shops/:key/sessions/end` — every session of the shop ends (expired,
 *   signed out elsewhere)
 * - `POST /api-test/admin/shops/:key/sign-in-throttle {as}` — the account's failed sign-ins reach the
 *   per-account limit, as when strangers guess its password
 * - `POST /api-test/admin/shops/:key/feedback {items: SeedFeedback[]}` → `{ items: [{id, reference}] }`:
 *   each item validated as a submission and stored by the server's `submitFeedback` (auto-reply
 *   mail included), then aged, handled and answered as `SeedFeedback` says
 * - `POST /api-test/admin/shops/:key/orders {orders: SeedOrder[]}` → `{ ids }`
 * - `POST /api-test/admin/shops/:key/mail {items: SeedMail[]}` → `{ ids }`: the mail log's rows
 */
import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { audit } from '../../../server/kernel/db/audit.ts';
import type { Database } from '../../../server/kernel/db/client.ts';
import { createStaffSession, type Staff } from '../../../server/kernel/db/sessions.ts';
import { findShopByPublicKey, type Shop } from '../../../server/kernel/db/shops.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { setSessionCookie } from '../../../server/kernel/http/staff-auth.ts';
import { FeedbackSubmission } from '../../../server/feedback/contract.ts';
import { submitFeedback } from '../../../server/feedback/submit.ts';
import { upsertCustomerByIdentity } from '../../../server/identity/index.ts';
import { insertOrders, type OrderStatus } from '../../../server/orders/index.ts';
import { checkOrigin, createShop } from '../../../server/shops/index.ts';
import { addStaff, hashPassword } from '../../../server/staff/index.ts';
import { SIGN_IN } from '../../../server/staff/limits.ts';
import { recsControl } from './recommendations/recs-control.ts';
import { ordersControl } from './orders/orders-control.ts';

/** Every test staff member's password. */
export const STAFF_PASSWORD = 'correct-horse-battery';

type Who = 'owner' | 'agent';

/** A feedback as a test wants it in the inbox: what the shopper sent, then what happened to it. */
export interface SeedFeedback {
  kind: 'complaint' | 'suggestion' | 'praise' | 'question';
  text: string;
  scoreType?: 'csat' | 'nps' | 'none';
  score?: number;
  email?: string;
  locale?: 'en' | 'zh-Hans' | 'zh-Hant';
  context?: { pageUrl?: string; pageTitle?: string; orderNumber?: string; productId?: string };
  /**
   * Photos (base64 PNG bytes) stored with it, as the server keeps a shopper's cleaned photos:
   * with the preview the shopper's browser drew (base64 PNG) and the size in pixels, when given.
   */
  photos?: Array<{ data: string; preview?: string; width?: number; height?: number }>;
  /** A customer the store verified (their id for them, email and name). */
  customer?: { sub: string; email?: string; name?: string };
  status?: 'new' | 'open' | 'waiting' | 'resolved';
  assignee?: Who;
  tags?: string[];
  /** Received this many hours ago (now when absent); the due time moves with it unless `dueInHours` is given. */
  createdHoursAgo?: number;
  /** The first-response target, in hours from now (negative: overdue). */
  dueInHours?: number;
  /** Answered this many hours ago. */
  firstResponseHoursAgo?: number;
  satisfaction?: number;
  /** A page address as an older row may hold it (stored before the contract allowed web pages only). */
  storedPageUrl?: string;
  /** The thread after the first message. */
  messages?: Array<{ author: 'customer' | 'staff' | 'note'; by?: Who; body: string; hoursAgo: number }>;
}

export interface SeedOrder {
  number: string;
  email: string;
  sub?: string;
  status?: OrderStatus;
  currency?: string;
  placedAt?: string;
  shippingAmount?: number;
  shippingMethod?: string;
  lines?: Array<{ title: string; quantity: number; unitAmount: number }>;
}

export interface SeedMail {
  to: string;
  subject: string;
  text: string;
  status: 'pending' | 'sent' | 'kept' | 'failed' | 'limited';
  attempts?: number;
  lastError?: string | null;
  kind?: string;
  createdAt?: string;
  sentAt?: string | null;
}

let passwordHash: Promise<string> | undefined;

export function adminControl(app: Hono, db: Database): void {
  const { sql } = db;

  async function shopOf(key: string): Promise<Shop> {
    const shop = await findShopByPublicKey(sql, key);
    if (!shop) throw new Error(`no test shop ${key}`);
    return shop;
  }

  async function staffOf(shop: Shop, who: Who): Promise<Staff> {
    const [row] = await withShop(sql, shop.id, (tx) => tx<Staff[]>`
      select id, shop_id as "shopId", email, name, role from staff where role = ${who} order by created_at limit 1`);
    if (!row) throw new Error(`no ${who} in ${shop.publicKey}`);
    return row;
  }

  const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

  app.post('/admin/shops', async (c) => {
    const input = await c.req.json<{ origins?: string[]; quiet?: boolean }>().catch(() => ({}) as { origins?: string[]; quiet?: boolean });
    const hash = await (passwordHash ??= hashPassword(STAFF_PASSWORD));
    const tag = randomUUID().slice(0, 8);
    const shop = await sql.begin((tx) => createShop(tx, {
      name: `Admin test shop ${tag}`, allowedOrigins: (input.origins ?? []).map(checkOrigin),
    }));
    const [owner, agent] = await withShop(sql, shop.id, async (tx) => {
      if (!input.quiet) await audit(tx, { shopId: shop.id, actorType: 'system', action: 'shop.create', targetType: 'shop', targetId: shop.id });
      const people: Staff[] = [];
      for (const [role, name, email] of [['owner', 'Ana Lima', `ana-${tag}@example.com`], ['agent', 'Bo Chen', `bo-${tag}@example.com`]] as const) {
        const s = await addStaff(tx, { shopId: shop.id, email, name, role, passwordHash: hash });
        if (!input.quiet) await audit(tx, { shopId: shop.id, actorType: 'system', action: 'staff.add', targetType: 'staff', targetId: s.id, data: { role } });
        people.push(s);
      }
      return people;
    });
    const view = (s: Staff) => ({ id: s.id, email: s.email, name: s.name, role: s.role });
    return c.json({ key: shop.publicKey, name: shop.name, id: shop.id, owner: view(owner), agent: view(agent), password: STAFF_PASSWORD }, 201);
  });

  app.post('/admin/shops/:key/session', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { as = 'owner', quiet } = await c.req.json<{ as?: Who; quiet?: boolean }>().catch(() => ({}) as { as?: Who; quiet?: boolean });
    const staff = await staffOf(shop, as);
    const session = await withShop(sql, shop.id, async (tx) => {
      const s = await createStaffSession(tx, staff, { userAgent: c.req.header('user-agent') });
      if (!quiet) await audit(tx, { shopId: shop.id, actorType: 'staff', actorId: staff.id, action: 'staff.sign_in' });
      return s;
    });
    setSessionCookie(c as unknown as Context, session.token);
    return c.json({ staffId: staff.id });
  });

  app.post('/admin/shops/:key/sessions/end', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const ended = await withShop(sql, shop.id, (tx) => tx`delete from staff_sessions`);
    return c.json({ ended: ended.count });
  });

  app.post('/admin/shops/:key/sign-in-throttle', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { as = 'owner' } = await c.req.json<{ as?: Who }>().catch(() => ({}) as { as?: Who });
    const staff = await staffOf(shop, as);
    const { hits, seconds } = SIGN_IN.perAccount;
    await sql`
      insert into rate_limits (bucket, window_start, hits)
      values (${`signin:acct:${staff.email}`}, to_timestamp(floor(extract(epoch from now()) / ${seconds}) * ${seconds}), ${hits})
      on conflict (bucket, window_start) do update set hits = excluded.hits`;
    return c.json({ hits });
  });

  app.post('/admin/shops/:key/feedback', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { items } = await c.req.json<{ items: SeedFeedback[] }>();
    const staff = { owner: await staffOf(shop, 'owner'), agent: await staffOf(shop, 'agent') };
    const out: Array<{ id: string; reference: string }> = [];
    for (const seed of items) {
      const input = FeedbackSubmission.parse({
        kind: seed.kind, scoreType: seed.scoreType ?? 'none', score: seed.score, text: seed.text, email: seed.email,
        locale: seed.locale ?? 'en', context: seed.context ?? {}, fillMs: 30_000,
      });
      const customerId = seed.customer
        ? (await withShop(sql, shop.id, (tx) => upsertCustomerByIdentity(tx, shop.id, {
          platform: 'generic', externalId: seed.customer!.sub, email: seed.customer!.email, name: seed.customer!.name,
        }))).id
        : undefined;
      const { receipt } = await submitFeedback(sql, shop, {
        input, customerId, idempotencyKey: randomUUID(), base: new URL(c.req.url).origin,
      });
      await withShop(sql, shop.id, async (tx) => {
        const id = receipt.id;
        // Straight into the table: how photos reach it (inline or uploaded first) is the server's to change.
        for (const [i, p] of (seed.photos ?? []).entries()) {
          const bytes = Buffer.from(p.data, 'base64');
          const preview = p.preview ? Buffer.from(p.preview, 'base64') : null;
          await tx`insert into feedback_photos (shop_id, feedback_id, position, content_type, bytes, size, width, height, preview, preview_type)
                   values (${shop.id}, ${id}, ${i + 1}, 'image/png', ${bytes}, ${bytes.length}, ${p.width ?? null}, ${p.height ?? null},
                           ${preview}, ${preview ? 'image/png' : null})`;
        }
        if (seed.createdHoursAgo !== undefined) {
          await tx`update feedback set due_at = due_at - (now() - ${hoursAgo(seed.createdHoursAgo)}), created_at = ${hoursAgo(seed.createdHoursAgo)} where id = ${id}`;
        }
        if (seed.dueInHours !== undefined) await tx`update feedback set due_at = ${hoursAgo(-seed.dueInHours)} where id = ${id}`;
        for (const m of seed.messages ?? []) {
          const by = m.author === 'customer' ? null : staff[m.by ?? 'owner'].id;
          await tx`insert into feedback_messages (shop_id, feedback_id, author_type, staff_id, body, created_at)
                   values (${shop.id}, ${id}, ${m.author}, ${by}, ${m.body}, ${hoursAgo(m.hoursAgo)})`;
        }
        if (seed.firstResponseHoursAgo !== undefined) {
          await tx`update feedback set first_response_at = ${hoursAgo(seed.firstResponseHoursAgo)} where id = ${id}`;
        }
        if (seed.status) {
          await tx`update feedback set status = ${seed.status},
                   resolved_at = ${seed.status === 'resolved' ? tx`now()` : tx`null`} where id = ${id}`;
        }
        if (seed.assignee) await tx`update feedback set assignee_id = ${staff[seed.assignee].id} where id = ${id}`;
        if (seed.tags) await tx`update feedback set tags = ${seed.tags}::text[] where id = ${id}`;
        if (seed.storedPageUrl !== undefined) await tx`update feedback set page_url = ${seed.storedPageUrl} where id = ${id}`;
        if (seed.satisfaction !== undefined) await tx`update feedback set satisfaction = ${seed.satisfaction}, satisfaction_at = now() where id = ${id}`;
      });
      out.push({ id: receipt.id, reference: receipt.reference });
    }
    return c.json({ items: out }, 201);
  });

  app.post('/admin/shops/:key/orders', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { orders } = await c.req.json<{ orders: SeedOrder[] }>();
    const ids = await withShop(sql, shop.id, async (tx) => {
      const rows = [];
      for (const o of orders) {
        const customer = o.sub ? await upsertCustomerByIdentity(tx, shop.id, { platform: 'generic', externalId: o.sub, email: o.email }) : undefined;
        rows.push({
          number: o.number, email: o.email, customerId: customer?.id ?? null, status: o.status ?? 'paid',
          currency: o.currency ?? shop.currency, placedAt: o.placedAt ? new Date(o.placedAt) : new Date(), shippingAmount: o.shippingAmount,
          shippingMethod: o.shippingMethod ?? null,
          lines: o.lines ?? [{ title: 'Linen shirt', quantity: 1, unitAmount: 4900 }],
        });
      }
      return insertOrders(tx, shop.id, rows);
    });
    return c.json({ ids }, 201);
  });

  app.post('/admin/shops/:key/mail', async (c) => {
    const shop = await shopOf(c.req.param('key'));
    const { items } = await c.req.json<{ items: SeedMail[] }>();
    const ids = await withShop(sql, shop.id, async (tx) => {
      const made: string[] = [];
      for (const m of items) {
        const [row] = await tx<{ id: string }[]>`
          insert into outbox (shop_id, kind, to_address, locale, subject, html_body, text_body, status, attempts, last_error, sent_at, created_at)
          values (${shop.id}, ${m.kind ?? 'feedback.received'}, ${m.to}, 'en', ${m.subject}, ${'<p>' + m.text + '</p>'}, ${m.text},
                  ${m.status}, ${m.attempts ?? 1}, ${m.lastError ?? null}, ${m.sentAt ? new Date(m.sentAt) : null},
                  ${m.createdAt ? new Date(m.createdAt) : new Date()})
          returning id`;
        made.push(row.id);
      }
      return made;
    });
    return c.json({ ids }, 201);
  });

  recsControl(app, db); // the recommendations area's catalog, events and training
  ordersControl(app, db); // the orders area's orders, parcels and webhook deliveries
}
