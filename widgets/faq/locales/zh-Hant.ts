/**
 * @module <rapport-faq>'s texts in Traditional Chinese (zh-Hant). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { FaqKey } from './en.ts';

const zhHant: Texts<FaqKey> = {
  'faq.title': '常見問題',
};

export default zhHant;
