/**
 * @module Demo shoppers: a dozen customers of the store (their ids on the store's
 * platform are text, like every platform's) and three guests who ordered without an
 * account. Cities and sort hubs give each parcel a believable route.
 */
import type { Locale } from '../../server/kernel/i18n/locales.ts';

export interface DemoShopper {
  /** The id the store's own platform gives the customer; undefined for a guest. */
  externalId?: string;
  name: string;
  email: string;
  locale: Locale;
  city: string;
  /** The carrier hub a parcel from Portland passes through on its way there. */
  hub: string;
}

export const DEMO_CUSTOMERS: readonly DemoShopper[] = [
  { externalId: 'cust_1001', name: 'Ava Thompson', email: 'ava.thompson@example.com', locale: 'en', city: 'Brooklyn, NY', hub: 'Chicago, IL' },
  { externalId: 'cust_1002', name: '陈静', email: 'chen.jing@example.com', locale: 'zh-Hans', city: 'San Francisco, CA', hub: 'Sacramento, CA' },
  { externalId: 'cust_1003', name: '林雨婷', email: 'lin.yuting@example.com', locale: 'zh-Hant', city: 'Irvine, CA', hub: 'Ontario, CA' },
  { externalId: 'cust_1004', name: 'Marcus Johnson', email: 'marcus.johnson@example.com', locale: 'en', city: 'Atlanta, GA', hub: 'Memphis, TN' },
  { externalId: 'cust_1005', name: 'Sofia Rossi', email: 'sofia.rossi@example.com', locale: 'en', city: 'Chicago, IL', hub: 'Salt Lake City, UT' },
  { externalId: 'cust_1006', name: '王磊', email: 'wang.lei@example.com', locale: 'zh-Hans', city: 'Flushing, NY', hub: 'Chicago, IL' },
  { externalId: 'cust_1007', name: 'Priya Nair', email: 'priya.nair@example.com', locale: 'en', city: 'Austin, TX', hub: 'Dallas, TX' },
  { externalId: 'cust_1008', name: 'Daniel Kim', email: 'daniel.kim@example.com', locale: 'en', city: 'Seattle, WA', hub: 'Tacoma, WA' },
  { externalId: 'cust_1009', name: '張美玲', email: 'chang.meiling@example.com', locale: 'zh-Hant', city: 'Houston, TX', hub: 'Dallas, TX' },
  { externalId: 'cust_1010', name: 'Olivia Martin', email: 'olivia.martin@example.com', locale: 'en', city: 'Denver, CO', hub: 'Salt Lake City, UT' },
  { externalId: 'cust_1011', name: '刘洋', email: 'liu.yang@example.com', locale: 'zh-Hans', city: 'Boston, MA', hub: 'Chicago, IL' },
  { externalId: 'cust_1012', name: 'Noah Williams', email: 'noah.williams@example.com', locale: 'en', city: 'Minneapolis, MN', hub: 'Salt Lake City, UT' },
];

export const DEMO_GUESTS: readonly DemoShopper[] = [
  { name: 'Sam Rivera', email: 'sam.rivera@example.com', locale: 'en', city: 'Phoenix, AZ', hub: 'Ontario, CA' },
  { name: 'Hana Sato', email: 'hana.sato@example.com', locale: 'en', city: 'Los Angeles, CA', hub: 'Ontario, CA' },
  { name: '周敏', email: 'zhou.min@example.com', locale: 'zh-Hans', city: 'Philadelphia, PA', hub: 'Chicago, IL' },
];
