/**
 * @module <rapport-returns>'s texts in Traditional Chinese (zh-Hant). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { ReturnsKey } from './en.ts';

const zhHant: Texts<ReturnsKey> = {
  'returns.title': '退換貨',
};

export default zhHant;
