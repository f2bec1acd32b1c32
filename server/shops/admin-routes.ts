/**
 * @module The shop's settings in the admin API: feedback response targets and kinds,
 * recommendation placements, shipment emails (read by any staff member, changed by an owner, audited) and
 * the mail log (kept here when no SMTP server is configured).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { findShopById } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { listMail } from '../kernel/mail/db.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { adminErrors } from '../kernel/http/contract.ts';
import { Problem } from '../kernel/http/errors.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { StaffEnv } from '../kernel/http/staff-auth.ts';
import { FeedbackSettingsBody, MailList, RecommendationSettingsBody, ShipmentMailSettingsBody, type ShopSettings } from './contract.ts';
import { saveSettingsSection, shopSettings, type SettingsSection } from './settings.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const r = {
  settingsGet: createRoute({ method: 'get', path: '/admin/settings/feedback', tags: ['Admin'], summary: 'Feedback settings', responses: { 200: json(FeedbackSettingsBody, 'Settings'), ...adminErrors } }),
  settingsPut: createRoute({ method: 'put', path: '/admin/settings/feedback', tags: ['Admin'], summary: 'Change feedback settings (owners)', request: { body: { required: true, content: { 'application/json': { schema: FeedbackSettingsBody } } } }, responses: { 200: json(FeedbackSettingsBody, 'Saved'), ...adminErrors } }),
  recommendationsGet: createRoute({ method: 'get', path: '/admin/settings/recommendations', tags: ['Admin'], summary: 'Recommendation placements', responses: { 200: json(RecommendationSettingsBody, 'Settings'), ...adminErrors } }),
  recommendationsPut: createRoute({ method: 'put', path: '/admin/settings/recommendations', tags: ['Admin'], summary: 'Switch placements and their categories (owners)', request: { body: { required: true, content: { 'application/json': { schema: RecommendationSettingsBody } } } }, responses: { 200: json(RecommendationSettingsBody, 'Saved'), ...adminErrors } }),
  shipmentMailsGet: createRoute({ method: 'get', path: '/admin/settings/shipment-mails', tags: ['Admin'], summary: 'Shipment emails and the order-status page they link to', responses: { 200: json(ShipmentMailSettingsBody, 'Settings'), ...adminErrors } }),
  shipmentMailsPut: createRoute({ method: 'put', path: '/admin/settings/shipment-mails', tags: ['Admin'], summary: 'Switch shipment emails on or off (owners)', request: { body: { required: true, content: { 'application/json': { schema: ShipmentMailSettingsBody } } } }, responses: { 200: json(ShipmentMailSettingsBody, 'Saved'), ...adminErrors } }),
  mail: createRoute({ method: 'get', path: '/admin/mail', tags: ['Admin'], summary: 'Mail log (kept here when no SMTP is configured)', request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }) }, responses: { 200: json(MailList, 'Mails'), ...adminErrors } }),
};

export function shopAdminRoutes({ db }: AppDeps) {
  const { sql } = db;
  const app = router<StaffEnv>();
  const shopOf = async (shopId: string) => {
    const shop = await findShopById(sql, shopId);
    if (!shop) throw new Problem('unauthorized');
    return shop;
  };

  app.openapi(r.settingsGet, async (c) => c.json(shopSettings(await shopOf(c.var.session.staff.shopId)).feedback, 200));

  const saveSection = <K extends SettingsSection>(c: Context<StaffEnv>, section: K, value: ShopSettings[K]) =>
    saveSettingsSection(sql, { staff: c.var.session.staff, ip: clientIp(c) }, section, value);

  app.openapi(r.settingsPut, async (c) => {
    const body = c.req.valid('json');
    await saveSection(c, 'feedback', body);
    return c.json(body, 200);
  });

  app.openapi(r.recommendationsGet, async (c) => c.json(shopSettings(await shopOf(c.var.session.staff.shopId)).recommendations, 200));

  app.openapi(r.recommendationsPut, async (c) => {
    const body = c.req.valid('json');
    await saveSection(c, 'recommendations', body);
    return c.json(body, 200);
  });

  app.openapi(r.shipmentMailsGet, async (c) => c.json(shopSettings(await shopOf(c.var.session.staff.shopId)).shipmentMails, 200));

  app.openapi(r.shipmentMailsPut, async (c) => {
    const body = c.req.valid('json');
    await saveSection(c, 'shipmentMails', body);
    return c.json(body, 200);
  });

  app.openapi(r.mail, async (c) => {
    const items = await withShop(sql, c.var.session.staff.shopId, (tx) => listMail(tx, c.req.valid('query').limit));
    return c.json({ items: items.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null })) }, 200);
  });
  return app;
}
