/**
 * @module <rapport-faq>'s texts in Simplified Chinese (zh-Hans). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { FaqKey } from './en.ts';

const zhHans: Texts<FaqKey> = {
  'faq.title': '常见问题',
};

export default zhHans;
