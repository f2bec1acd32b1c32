/**
 * @module FAQ articles: one row per locale and question, answers in Markdown. Every
 * function runs inside withShop, so row-level security scopes it.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/client.ts';
import { LOCALES, type Locale } from '../kernel/i18n/locales.ts';

export interface NewFaqArticle {
  id?: string;
  locale: Locale;
  category: string;
  question: string;
  answerMd: string;
  published?: boolean;
}

export interface FaqArticle {
  id: string;
  locale: Locale;
  category: string;
  question: string;
  answerMd: string;
  published: boolean;
  updatedAt: Date;
}

/** Inserts articles in bulk (a thousand per statement); returns the ids in input order. */
export async function insertFaqArticles(tx: Db, shopId: string, articles: NewFaqArticle[]): Promise<string[]> {
  const rows = articles.map((a) => ({
    id: a.id ?? randomUUID(),
    shop_id: shopId,
    locale: a.locale,
    category: a.category,
    question: a.question,
    answer_md: a.answerMd,
    published: a.published ?? true,
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await tx`insert into faq_articles ${tx(rows.slice(i, i + 1000), 'id', 'shop_id', 'locale', 'category', 'question',
      'answer_md', 'published')}`;
  }
  return rows.map((r) => r.id);
}

/** Articles of one locale, by category then question; drafts only when asked for. */
export async function listFaqArticles(
  tx: Db,
  opts: { locale: Locale; category?: string; includeDrafts?: boolean },
): Promise<FaqArticle[]> {
  return tx<FaqArticle[]>`
    select id, locale, category, question, answer_md as "answerMd", published, updated_at as "updatedAt"
    from faq_articles
    where locale = ${opts.locale}
      ${opts.category ? tx`and category = ${opts.category}` : tx``}
      ${opts.includeDrafts ? tx`` : tx`and published`}
    order by category, question`;
}

/** Published articles per locale (every locale present, zero when none). */
export async function countFaqByLocale(tx: Db): Promise<Record<Locale, number>> {
  const rows = await tx<{ locale: Locale; n: number }[]>`
    select locale, count(*)::int as n from faq_articles where published group by locale`;
  const out = Object.fromEntries(LOCALES.map((l) => [l, 0])) as Record<Locale, number>;
  for (const r of rows) out[r.locale] = r.n;
  return out;
}

/**
 * The published articles in `locale` whose question best matches a shopper's text
 * (trigram word similarity; the FAQ issue brings a real search).
 */
export async function matchFaq(tx: Db, locale: Locale, text: string, limit = 3): Promise<FaqArticle[]> {
  return tx<FaqArticle[]>`
    select id, locale, category, question, answer_md as "answerMd", published, updated_at as "updatedAt"
    from (
      select *, greatest(word_similarity(question, ${text}), similarity(question, ${text})) as score
      from faq_articles where locale = ${locale} and published
    ) a
    where score > 0.2
    order by score desc, question limit ${limit}`;
}
