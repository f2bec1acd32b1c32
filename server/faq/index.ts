/**
 * @module FAQ: articles per locale with Markdown answers. What other features may use
 * (the FAQ widget's API arrives with the FAQ issue).
 */
export {
  countFaqByLocale, insertFaqArticles, listFaqArticles, matchFaq, type FaqArticle, type NewFaqArticle,
} from './db.ts';
