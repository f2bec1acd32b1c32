/**
 * @module Settings' admin calls: the response-time targets and offered kinds, the shipment emails, the delivery rules, the mail
 * log and the audit log — typed from the server contracts, made through the admin core's
 * `read` / `write`. Elements reach them with `api.area(SettingsApi)`.
 */
import type { z } from 'zod';
import type { Result } from '../../core/api-client.ts';
import type { AdminCalls } from '../app/admin-api.ts';
import type { AuditList } from '../../../server/staff/contract.ts';
import type { DeliverySettings, DeliverySettingsView, FeedbackSettings, MailItem, ShipmentMailSettings } from '../../../server/shops/contract.ts';

export type { DeliverySettings, DeliverySettingsView, FeedbackSettings, MailItem, ShipmentMailSettings };
export type AuditLog = z.infer<typeof AuditList>;
export type AuditItem = AuditLog['items'][number];
export type MailLog = { items: MailItem[] };

export class SettingsApi {
  constructor(private readonly api: AdminCalls) {}

  /** The latest `limit` entries of the shop's audit log, newest first. */
  audit(limit = 50, signal?: AbortSignal): Promise<Result<AuditLog>> {
    return this.api.read(`/v1/admin/audit?limit=${limit}`, signal);
  }

  /** The latest `limit` mails sent (or kept) for the shop, newest first. */
  mail(limit = 50, signal?: AbortSignal): Promise<Result<MailLog>> {
    return this.api.read(`/v1/admin/mail?limit=${limit}`, signal);
  }

  feedbackSettings(signal?: AbortSignal): Promise<Result<FeedbackSettings>> {
    return this.api.read('/v1/admin/settings/feedback', signal);
  }

  saveFeedbackSettings(settings: FeedbackSettings): Promise<Result<FeedbackSettings>> {
    return this.api.write('PUT', '/v1/admin/settings/feedback', settings);
  }

  shipmentMails(signal?: AbortSignal): Promise<Result<ShipmentMailSettings>> {
    return this.api.read('/v1/admin/settings/shipment-mails', signal);
  }

  saveShipmentMails(settings: ShipmentMailSettings): Promise<Result<ShipmentMailSettings>> {
    return this.api.write('PUT', '/v1/admin/settings/shipment-mails', settings);
  }

  /** The delivery rules, with the shipping methods the shop's orders came with. */
  deliveryRules(signal?: AbortSignal): Promise<Result<DeliverySettingsView>> {
    return this.api.read('/v1/admin/settings/delivery', signal);
  }

  saveDeliveryRules(rules: DeliverySettings): Promise<Result<DeliverySettingsView>> {
    return this.api.write('PUT', '/v1/admin/settings/delivery', rules);
  }
}
