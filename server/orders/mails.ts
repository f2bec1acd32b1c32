/**
 * @module Orders' emails: a parcel shipped, out for delivery, delivered or delayed, each
 * sent only when the shop switched it on (Settings → shipment emails), written to the
 * outbox in the transaction of the webhook that changed the parcel, once per parcel and
 * kind. The mail holds the shop's words and the order's facts (number, carrier, tracking
 * number and link, estimate) and a link back to the store's order-status page; nothing a
 * stranger typed.
 */
import type { CanonicalEntity, CanonicalFulfillment } from '../../plugin-adapters/index.ts';
import { findCustomer } from '../identity/index.ts';
import type { Db } from '../kernel/db/client.ts';
import { claimKey, requestHash, storeKey } from '../kernel/db/idempotency.ts';
import { html } from '../kernel/http/html.ts';
import { negotiateLocale, translator, type Catalogs, type Locale } from '../kernel/i18n/locales.ts';
import { enqueueMail } from '../kernel/mail/db.ts';
import { button, composeMail, type Brand, type MailContent } from '../kernel/mail/layout.ts';
import { brandOf, currentShop, shopSettings, type ShopSettings } from '../shops/index.ts';
import { findOrder, findOrderLocale, findPlatformFulfillment, listParcels, type SyncPlatform } from './db.ts';

/** The shipment emails, as the shop's settings name their switches. */
export type ShipmentMailKind = 'shipped' | 'outForDelivery' | 'delivered' | 'delayed';

/** Which email a parcel status calls for: a carrier's exception reads as a delay to the shopper. */
const KIND_OF: Partial<Record<string, ShipmentMailKind>> = {
  shipped: 'shipped', out_for_delivery: 'outForDelivery', delivered: 'delivered', delayed: 'delayed', exception: 'delayed',
};

/** Orders placed longer ago than this get no shipment email (a backfill or a late sync must not write to old customers). */
export const SHIPMENT_MAIL_MAX_AGE_DAYS = 30;

/** The once-per-parcel-and-kind keys, kept with the idempotency keys of the same transaction. */
const KEY_SCOPE = 'orders.shipment-mail';
const KEY_HASH = requestHash('shipment-mail');

type Key = `${ShipmentMailKind}${'Subject' | 'Intro'}` | 'carrier' | 'trackingNumber' | 'estimate' | 'carrierLink' | 'trackOrder';

const catalogs: Catalogs<Key> = {
  en: {
    shippedSubject: 'Your order {order} is on its way',
    shippedIntro: 'Good news: your order {order} from {shop} has shipped.',
    outForDeliverySubject: 'Your order {order} is out for delivery',
    outForDeliveryIntro: 'Your order {order} from {shop} is out for delivery and should arrive today.',
    deliveredSubject: 'Your order {order} was delivered',
    deliveredIntro: 'Your order {order} from {shop} was delivered. We hope you enjoy it.',
    delayedSubject: 'Your order {order} is delayed',
    delayedIntro: 'Your order {order} from {shop} is taking longer than expected. We are sorry for the wait.',
    carrier: 'Carrier',
    trackingNumber: 'Tracking number',
    estimate: 'Estimated delivery',
    carrierLink: "Follow the parcel on the carrier's site",
    trackOrder: 'Track your order',
  },
  'zh-Hans': {
    shippedSubject: '您的订单 {order} 已发货',
    shippedIntro: '好消息：您在{shop}的订单 {order} 已发货。',
    outForDeliverySubject: '您的订单 {order} 正在派送',
    outForDeliveryIntro: '您在{shop}的订单 {order} 正在派送中，预计今天送达。',
    deliveredSubject: '您的订单 {order} 已送达',
    deliveredIntro: '您在{shop}的订单 {order} 已送达，祝您使用愉快。',
    delayedSubject: '您的订单 {order} 已延误',
    delayedIntro: '您在{shop}的订单 {order} 比预期需要更长时间，很抱歉让您久等。',
    carrier: '承运商',
    trackingNumber: '运单号',
    estimate: '预计送达',
    carrierLink: '在承运商网站上跟踪包裹',
    trackOrder: '跟踪您的订单',
  },
  'zh-Hant': {
    shippedSubject: '您的訂單 {order} 已出貨',
    shippedIntro: '好消息：您在{shop}的訂單 {order} 已出貨。',
    outForDeliverySubject: '您的訂單 {order} 正在配送',
    outForDeliveryIntro: '您在{shop}的訂單 {order} 正在配送中，預計今天送達。',
    deliveredSubject: '您的訂單 {order} 已送達',
    deliveredIntro: '您在{shop}的訂單 {order} 已送達，祝您使用愉快。',
    delayedSubject: '您的訂單 {order} 已延誤',
    delayedIntro: '您在{shop}的訂單 {order} 比預期需要更長時間，很抱歉讓您久等。',
    carrier: '物流商',
    trackingNumber: '追蹤號碼',
    estimate: '預計送達',
    carrierLink: '在物流商網站上追蹤包裹',
    trackOrder: '追蹤您的訂單',
  },
};

const t = translator(catalogs);

/** An address a mail may link to: http(s) only, anything else (javascript:, data:, garbage) is no link. */
export function httpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The store's order-status page for one order: the shop's page (or `<first allowed origin>/orders`) with `?order=<number>`. */
export function trackerUrl(pageUrl: string | undefined, allowedOrigins: readonly string[], orderNumber: string): string | undefined {
  const page = httpUrl(pageUrl ?? (allowedOrigins[0] ? `${allowedOrigins[0].replace(/\/$/, '')}/orders` : undefined));
  if (!page) return undefined;
  const url = new URL(page);
  url.searchParams.set('order', orderNumber);
  return url.href;
}

export interface ShipmentMailData {
  kind: ShipmentMailKind;
  orderNumber: string;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  /** `YYYY-MM-DD`, the carrier's promised day. */
  estimatedDelivery: string | null;
  trackerUrl: string | undefined;
}

const formatDay = (day: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** One shipment email in the reader's language, in the kernel's layout. */
export function shipmentMail(locale: Locale, brand: Brand, d: ShipmentMailData): MailContent {
  const params = { order: d.orderNumber, shop: brand.shopName };
  const intro = t(locale, `${d.kind}Intro`, params);
  const carrierLink = httpUrl(d.trackingUrl);
  const facts: [string, string][] = [
    ...(d.carrier ? [[t(locale, 'carrier'), d.carrier] as [string, string]] : []),
    ...(d.trackingNumber ? [[t(locale, 'trackingNumber'), d.trackingNumber] as [string, string]] : []),
    ...(d.estimatedDelivery && /^\d{4}-\d{2}-\d{2}$/.test(d.estimatedDelivery) && d.kind !== 'delivered'
      ? [[t(locale, 'estimate'), formatDay(d.estimatedDelivery, locale)] as [string, string]] : []),
  ];
  return composeMail(locale, brand, {
    about: 'order',
    subject: t(locale, `${d.kind}Subject`, params),
    body: html`<p>${intro}</p>${facts.length
      ? html`<p>${facts.map(([label, value], i) => html`${i ? html`<br>` : ''}${label}: <strong>${value}</strong>`)}</p>`
      : ''}${carrierLink ? html`<p><a href="${carrierLink}">${t(locale, 'carrierLink')}</a></p>` : ''}${d.trackerUrl
      ? button(d.trackerUrl, t(locale, 'trackOrder'), brand) : ''}`,
    textLines: [
      intro, '',
      ...facts.map(([label, value]) => `${label}: ${value}`),
      ...(carrierLink ? [`${t(locale, 'carrierLink')}: ${carrierLink}`] : []),
      ...(d.trackerUrl ? ['', `${t(locale, 'trackOrder')}: ${d.trackerUrl}`] : []),
    ],
  });
}

/** What a sync asks of the mails around each parcel it writes. */
export interface ShipmentMailer {
  /** The parcel's status before this delivery (undefined: a new parcel). */
  statusBefore(f: CanonicalFulfillment): Promise<string | undefined>;
  /** After the parcel is written: the email its new status calls for, if switched on and not sent before. */
  parcelWritten(f: CanonicalFulfillment, parcel: { id: string; orderId: string }, before: string | undefined): Promise<void>;
}

/**
 * The mailer of one webhook delivery, or undefined when it can send nothing: an import (its
 * delivery keys start with `import:`; a backfill writes to nobody), a delivery without
 * parcels, or a shop with every shipment email off.
 */
export async function shipmentMailer(
  tx: Db,
  ctx: { shopId: string; platform: SyncPlatform; deliveryKey: string },
  entities: readonly CanonicalEntity[],
): Promise<ShipmentMailer | undefined> {
  if (ctx.deliveryKey.startsWith('import:') || !entities.some((e) => e.kind === 'fulfillment')) return undefined;
  const shop = await currentShop(tx);
  if (!shop) return undefined;
  const settings: ShopSettings['shipmentMails'] = shopSettings(shop).shipmentMails;
  if (!settings.shipped && !settings.outForDelivery && !settings.delivered && !settings.delayed) return undefined;
  // The order of this same delivery (its locale is written by now, but read it as sent).
  const orderLocales = new Map(entities.flatMap((e) => (e.kind === 'order' && e.locale ? [[e.platformId, e.locale] as const] : [])));

  return {
    async statusBefore(f) {
      const known = await findPlatformFulfillment(tx, ctx.platform, f.platformId);
      if (!known) return undefined;
      return (await listParcels(tx, known.orderId)).find((p) => p.id === known.id)?.status;
    },

    async parcelWritten(f, parcel, before) {
      const kind = KIND_OF[f.status];
      // Only a change calls for an email (an order update that repeats the parcel's state does not; nor does delayed → exception).
      if (!kind || !settings[kind] || (before !== undefined && KIND_OF[before] === kind)) return;
      const order = await findOrder(tx, parcel.orderId);
      if (!order || !order.email.includes('@')) return;
      if (Date.now() - new Date(order.placedAt).getTime() > SHIPMENT_MAIL_MAX_AGE_DAYS * 86_400_000) return;
      const key = `${parcel.id}:${kind}`;
      if (await claimKey(tx, KEY_SCOPE, key, KEY_HASH)) return;
      const customer = order.customerId ? await findCustomer(tx, order.customerId) : undefined;
      const tag = orderLocales.get(f.orderRef) ?? (await findOrderLocale(tx, order.id)) ?? customer?.locale;
      const locale = tag ? negotiateLocale([tag], shop.defaultLocale) : shop.defaultLocale;
      const content = shipmentMail(locale, brandOf(shop), {
        kind, orderNumber: order.number, carrier: f.carrier, trackingNumber: f.trackingNumber, trackingUrl: f.trackingUrl,
        estimatedDelivery: f.estimatedDelivery?.slice(0, 10) ?? null,
        trackerUrl: trackerUrl(settings.trackingPageUrl, shop.allowedOrigins, order.number),
      });
      // The shop's own platform causes it (a signed webhook): counted toward the shop's mail, never a stranger's relay.
      const mail = await enqueueMail(tx, {
        shopId: ctx.shopId, kind: `order.${kind}`, to: order.email, locale, content, related: { type: 'fulfillment', id: parcel.id }, cause: 'staff',
      });
      await storeKey(tx, ctx.shopId, KEY_SCOPE, key, KEY_HASH, { status: 201, body: { outboxId: mail.id } });
    },
  };
}
