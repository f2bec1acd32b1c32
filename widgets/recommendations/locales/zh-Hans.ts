/**
 * @module <rapport-recommendations>'s texts in Simplified Chinese (zh-Hans). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { RecommendationsKey } from './en.ts';

const zhHans: Texts<RecommendationsKey> = {
  'recommendations.title.personal': '为您精选',
  'recommendations.title.popular': '当下热门',
  'recommendations.title.product': '您可能还喜欢',
  'recommendations.title.cart': '与购物车中的商品很搭',
  'recommendations.title.tracker': '与您的订单很搭',
  'recommendations.title.returns': '您或许更喜欢',
  'recommendations.previous': '查看上一组商品',
  'recommendations.next': '查看更多商品',
};

export default zhHans;
