/**
 * @module <rapport-recommendations>'s texts in Simplified Chinese (zh-Hans). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { RecommendationsKey } from './en.ts';

const zhHans: Texts<RecommendationsKey> = {
  'recommendations.title': '为你推荐',
};

export default zhHans;
