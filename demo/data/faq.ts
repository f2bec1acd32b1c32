/**
 * @module The demo FAQ: the same eleven questions in English, simplified and traditional
 * Chinese, as rows for server/db/faq.ts.
 */
import type { NewFaqArticle } from '../../server/faq/index.ts';
import type { Locale } from '../../server/kernel/i18n/locales.ts';
import { FAQ_EN } from './faq-en.ts';
import { FAQ_ZH_HANS } from './faq-zh-hans.ts';
import { FAQ_ZH_HANT } from './faq-zh-hant.ts';

export type { DemoFaq } from './types.ts';
import type { DemoFaq } from './types.ts';

const BY_LOCALE: Record<Locale, readonly DemoFaq[]> = { en: FAQ_EN, 'zh-Hans': FAQ_ZH_HANS, 'zh-Hant': FAQ_ZH_HANT };

export function demoFaqRows(): NewFaqArticle[] {
  return (Object.entries(BY_LOCALE) as [Locale, readonly DemoFaq[]][]).flatMap(([locale, list]) =>
    list.map((f) => ({ locale, category: f.category, question: f.question, answerMd: f.answer.trim() })),
  );
}
