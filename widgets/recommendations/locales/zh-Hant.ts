/**
 * @module <rapport-recommendations>'s texts in Traditional Chinese (zh-Hant). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { RecommendationsKey } from './en.ts';

const zhHant: Texts<RecommendationsKey> = {
  'recommendations.title.personal': '為您精選',
  'recommendations.title.popular': '當下熱門',
  'recommendations.title.product': '您可能還喜歡',
  'recommendations.title.cart': '與購物車中的商品很搭',
  'recommendations.title.tracker': '與您的訂單很搭',
  'recommendations.title.returns': '您或許更喜歡',
  'recommendations.previous': '查看上一組商品',
  'recommendations.next': '查看更多商品',
};

export default zhHant;
