/**
 * @module <rapport-recommendations>'s English texts (bundled with its chunk); the source catalog for its Chinese ones.
 */
const en = {
  'recommendations.title': 'Recommended for you',
};

export type RecommendationsKey = keyof typeof en;

export default en;
