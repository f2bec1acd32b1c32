/**
 * @module The saved-replies admin API (`/v1/admin/saved-replies`): the shop's canned
 * responses, listed for the reply box and kept by its team. Behind the staff session and
 * CSRF token like every admin route; every change audited.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { withShop } from '../kernel/db/tenancy.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { adminErrors, problem } from '../kernel/http/contract.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { StaffEnv } from '../kernel/http/staff-auth.ts';
import { SavedReply, SavedReplyInput, SavedReplyList } from './contract.ts';
import { addSavedReply, changeSavedReply, removeSavedReply, savedReplies, type SavedReplyActor } from './saved-replies.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = { required: true, content: { 'application/json': { schema: SavedReplyInput } } };
const Id = z.object({ id: z.uuid() });
const notFound = { 404: problem('No such saved reply in this shop') };
const tags = ['Admin saved replies'];
const r = {
  list: createRoute({ method: 'get', path: '/admin/saved-replies', tags, summary: "The shop's saved replies", responses: { 200: json(SavedReplyList, 'Saved replies'), ...adminErrors } }),
  create: createRoute({ method: 'post', path: '/admin/saved-replies', tags, summary: 'Add a saved reply', request: { body }, responses: { 201: json(SavedReply, 'Added'), 409: problem('The shop keeps the most saved replies it can'), ...adminErrors } }),
  update: createRoute({ method: 'put', path: '/admin/saved-replies/{id}', tags, summary: 'Rewrite a saved reply', request: { params: Id, body }, responses: { 200: json(SavedReply, 'Saved'), ...notFound, ...adminErrors } }),
  remove: createRoute({ method: 'delete', path: '/admin/saved-replies/{id}', tags, summary: 'Delete a saved reply', request: { params: Id }, responses: { 204: { description: 'Deleted' }, ...notFound, ...adminErrors } }),
};

export function savedReplyRoutes({ db }: AppDeps) {
  const { sql } = db;
  const app = router<StaffEnv>();
  const actor = (c: Context<StaffEnv>): SavedReplyActor => {
    const { staff } = c.get('session');
    return { staffId: staff.id, shopId: staff.shopId, ip: clientIp(c) };
  };
  const inShop = <T>(c: Context<StaffEnv>, fn: Parameters<typeof withShop<T>>[2]) => withShop(sql, c.get('session').staff.shopId, fn);

  app.openapi(r.list, async (c) => c.json({ items: await inShop(c, (tx) => savedReplies(tx)) }, 200));
  app.openapi(r.create, async (c) => c.json(await inShop(c, (tx) => addSavedReply(tx, actor(c), c.req.valid('json'))), 201));
  app.openapi(r.update, async (c) => c.json(await inShop(c, (tx) => changeSavedReply(tx, actor(c), c.req.valid('param').id, c.req.valid('json'))), 200));
  app.openapi(r.remove, async (c) => {
    await inShop(c, (tx) => removeSavedReply(tx, actor(c), c.req.valid('param').id));
    return c.body(null, 204);
  });
  return app;
}
