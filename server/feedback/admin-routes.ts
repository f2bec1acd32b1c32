/**
 * @module The admin inbox API: list with filters (and CSV), one feedback with context,
 * photos, status/assignee/tags, notes, replies by email, bulk actions. Every change is
 * audited.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { audit } from '../kernel/db/audit.ts';
import { findShopById } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { adminErrors, problem } from '../kernel/http/contract.ts';
import { Problem } from '../kernel/http/errors.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { StaffEnv } from '../kernel/http/staff-auth.ts';
import { publicBase } from '../kernel/mail/links.ts';
import { bulkChange, changeFeedback, noteFeedback, replyToFeedback, type Actor } from './actions.ts';
import { BulkAction, FeedbackDetail, FeedbackUpdate, InboxPage, InboxQuery, MessageBody } from './contract.ts';
import { findPhoto, listInbox } from './db.ts';
import { inboxCsv, loadDetail, toInboxItem } from './detail.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const Id = z.object({ id: z.uuid() });
const notFound = { 404: problem('No such feedback in this shop') };
const r = {
  inbox: createRoute({ method: 'get', path: '/admin/inbox', tags: ['Admin inbox'], summary: 'The inbox, filtered and sorted', request: { query: InboxQuery }, responses: { 200: json(InboxPage, 'A page of the inbox'), ...adminErrors } }),
  csv: createRoute({ method: 'get', path: '/admin/inbox.csv', tags: ['Admin inbox'], summary: 'The current filter as CSV', request: { query: InboxQuery.omit({ limit: true, offset: true }) }, responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...adminErrors } }),
  detail: createRoute({ method: 'get', path: '/admin/feedback/{id}', tags: ['Admin inbox'], summary: 'One feedback with its context and thread', request: { params: Id }, responses: { 200: json(FeedbackDetail, 'Feedback'), ...notFound, ...adminErrors } }),
  photo: createRoute({ method: 'get', path: '/admin/feedback/{id}/photos/{photoId}', tags: ['Admin inbox'], summary: 'A photo, full size', request: { params: Id.extend({ photoId: z.uuid() }) }, responses: { 200: { description: 'The image' }, ...notFound, ...adminErrors } }),
  preview: createRoute({ method: 'get', path: '/admin/feedback/{id}/photos/{photoId}/preview', tags: ['Admin inbox'], summary: "A photo's small preview (the photo itself when it has none)", request: { params: Id.extend({ photoId: z.uuid() }) }, responses: { 200: { description: 'The image' }, ...notFound, ...adminErrors } }),
  update: createRoute({ method: 'patch', path: '/admin/feedback/{id}', tags: ['Admin inbox'], summary: 'Change status, assignee or tags', request: { params: Id, body: { required: true, content: { 'application/json': { schema: FeedbackUpdate } } } }, responses: { 200: json(FeedbackDetail, 'Updated'), ...notFound, 422: problem('Unknown assignee'), ...adminErrors } }),
  note: createRoute({ method: 'post', path: '/admin/feedback/{id}/notes', tags: ['Admin inbox'], summary: 'Add an internal note', request: { params: Id, body: { required: true, content: { 'application/json': { schema: MessageBody } } } }, responses: { 200: json(FeedbackDetail, 'Updated'), ...notFound, ...adminErrors } }),
  reply: createRoute({ method: 'post', path: '/admin/feedback/{id}/replies', tags: ['Admin inbox'], summary: 'Reply to the shopper by email', request: { params: Id, body: { required: true, content: { 'application/json': { schema: MessageBody } } } }, responses: { 200: json(FeedbackDetail, 'Updated'), ...notFound, 422: problem('No email address to reply to'), ...adminErrors } }),
  bulk: createRoute({ method: 'post', path: '/admin/feedback/bulk', tags: ['Admin inbox'], summary: 'Assign, tag or resolve many', request: { body: { required: true, content: { 'application/json': { schema: BulkAction } } } }, responses: { 200: json(z.object({ updated: z.number().int() }), 'How many changed'), ...adminErrors } }),
};

export function adminFeedbackRoutes(deps: AppDeps) {
  const { sql } = deps.db;
  const app = router<StaffEnv>();
  const staffOf = (c: Context<StaffEnv>) => c.get('session').staff;
  const actor = async (c: Context<StaffEnv>): Promise<Actor> => {
    const shop = await findShopById(sql, staffOf(c).shopId);
    if (!shop) throw new Problem('unauthorized');
    return { staff: staffOf(c), shop, ip: clientIp(c), base: publicBase(deps.config.PUBLIC_URL, c.req.url) };
  };
  const inShop = <T>(c: Context<StaffEnv>, fn: Parameters<typeof withShop<T>>[2]) => withShop(sql, staffOf(c).shopId, fn);
  const detailOr404 = async (c: Context<StaffEnv>, id: string) => {
    const d = await inShop(c, (tx) => loadDetail(tx, id));
    if (!d) throw new Problem('not-found', { detail: 'No such feedback in this shop' });
    return d;
  };

  app.openapi(r.inbox, async (c) => {
    const page = await inShop(c, (tx) => listInbox(tx, c.req.valid('query'), staffOf(c).id));
    return c.json({ items: page.items.map(toInboxItem), total: page.total }, 200);
  });
  app.openapi(r.csv, async (c) => {
    const q = { ...c.req.valid('query'), limit: 10_000, offset: 0 };
    const page = await inShop(c, async (tx) => {
      await audit(tx, { shopId: staffOf(c).shopId, actorType: 'staff', actorId: staffOf(c).id, action: 'feedback.export', data: { filter: c.req.query() }, ip: clientIp(c) });
      return listInbox(tx, q, staffOf(c).id);
    });
    return c.body(inboxCsv(page.items), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="feedback-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    });
  });
  app.openapi(r.detail, async (c) => c.json(await detailOr404(c, c.req.valid('param').id), 200));
  const photo = (preview: boolean) => async (c: Context<StaffEnv>) => {
    const { id, photoId } = c.req.param() as { id: string; photoId: string };
    const found = await inShop(c, (tx) => findPhoto(tx, id, photoId, preview));
    if (!found) throw new Problem('not-found');
    return c.body(new Uint8Array(found.bytes), 200, {
      'content-type': found.contentType, 'cache-control': 'private, max-age=3600', 'content-security-policy': "default-src 'none'",
    });
  };
  app.openapi(r.photo, (c) => photo(false)(c) as never);
  app.openapi(r.preview, (c) => photo(true)(c) as never);
  app.openapi(r.update, async (c) => {
    const a = await actor(c);
    const { id } = c.req.valid('param');
    await inShop(c, (tx) => changeFeedback(tx, a, id, c.req.valid('json')));
    deps.nudgeJobs?.();
    return c.json(await detailOr404(c, id), 200);
  });
  app.openapi(r.note, async (c) => {
    const a = await actor(c);
    const { id } = c.req.valid('param');
    await inShop(c, (tx) => noteFeedback(tx, a, id, c.req.valid('json').body));
    return c.json(await detailOr404(c, id), 200);
  });
  app.openapi(r.reply, async (c) => {
    const a = await actor(c);
    const { id } = c.req.valid('param');
    await inShop(c, (tx) => replyToFeedback(tx, a, id, c.req.valid('json').body));
    deps.nudgeJobs?.();
    return c.json(await detailOr404(c, id), 200);
  });
  app.openapi(r.bulk, async (c) => {
    const a = await actor(c);
    const updated = await inShop(c, (tx) => bulkChange(tx, a, c.req.valid('json')));
    deps.nudgeJobs?.();
    return c.json({ updated }, 200);
  });
  return app;
}
