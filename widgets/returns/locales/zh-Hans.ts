/**
 * @module <rapport-returns>'s texts in Simplified Chinese (zh-Hans). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { ReturnsKey } from './en.ts';

const zhHans: Texts<ReturnsKey> = {
  'returns.title': '退换货',
};

export default zhHans;
