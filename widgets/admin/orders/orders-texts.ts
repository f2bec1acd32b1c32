/**
 * @module The orders area's texts, registered with the app's machinery: English bundled
 * with the area, Chinese loaded only when chosen.
 */
import { defineAdminTexts } from '../app/admin-i18n.ts';
import en, { type OrdersTextKey } from './locales/en.ts';

export type { OrdersTextKey };

export const ordersTexts = defineAdminTexts<OrdersTextKey>({
  en,
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
});

/** An orders text in the admin's language, e.g. `ordersText('list.heading')`. */
export const ordersText = ordersTexts.t;

/** A text whose key is made from a value (a status, a step); the value itself when the catalog has none. */
export function ordersLabel(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return ordersTexts.has(key) ? ordersText(key) : value;
}
