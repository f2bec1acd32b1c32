/**
 * @module The texts every email shares (footer, durations), per locale. A feature's own
 * mail texts live in its `mails.ts`.
 */
import { durationParts, translator, type Catalogs, type Locale } from '../i18n/locales.ts';

const catalogs: Catalogs<'footer' | 'footer.order' | 'hour' | 'hours' | 'days'> = {
  en: {
    footer: 'You get this email because you contacted {shop}. It is about your request and is not marketing.',
    'footer.order': 'You get this email because you ordered from {shop}. It is about your order and is not marketing.',
    hour: '{n} hour',
    hours: '{n} hours',
    days: '{n} days',
  },
  'zh-Hans': {
    footer: '您收到此邮件是因为您联系了{shop}。此邮件与您的请求有关，并非营销邮件。',
    'footer.order': '您收到此邮件是因为您在{shop}下了订单。此邮件与您的订单有关，并非营销邮件。',
    hour: '{n} 小时',
    hours: '{n} 小时',
    days: '{n} 天',
  },
  'zh-Hant': {
    footer: '您收到此郵件是因為您聯絡了{shop}。此郵件與您的請求有關，並非行銷郵件。',
    'footer.order': '您收到此郵件是因為您在{shop}訂購了商品。此郵件與您的訂單有關，並非行銷郵件。',
    hour: '{n} 小時',
    hours: '{n} 小時',
    days: '{n} 天',
  },
};

export const mailText = translator(catalogs);

/** "24 hours" / "3 days" in the reader's language, by the one rule (durationParts) the widgets use too. */
export function durationText(locale: Locale, hours: number): string {
  const { unit, n } = durationParts(hours);
  return mailText(locale, unit, { n });
}
