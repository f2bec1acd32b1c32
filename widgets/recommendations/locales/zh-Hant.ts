/**
 * @module <rapport-recommendations>'s texts in Traditional Chinese (zh-Hant). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { RecommendationsKey } from './en.ts';

const zhHant: Texts<RecommendationsKey> = {
  'recommendations.title': '為你推薦',
};

export default zhHant;
