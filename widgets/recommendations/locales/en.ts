/**
 * @module <rapport-recommendations>'s English texts (bundled with its chunk); the source catalog for its Chinese ones.
 * A heading per placement; home, profile and email say whether the list is the shopper's own.
 */
const en = {
  'recommendations.title.personal': 'Picked for you',
  'recommendations.title.popular': 'Popular right now',
  'recommendations.title.product': 'You may also like',
  'recommendations.title.cart': 'Goes well with your cart',
  'recommendations.title.tracker': 'Goes well with your order',
  'recommendations.title.returns': 'You might like instead',
  'recommendations.previous': 'Show previous products',
  'recommendations.next': 'Show more products',
};

export type RecommendationsKey = keyof typeof en;

export default en;
