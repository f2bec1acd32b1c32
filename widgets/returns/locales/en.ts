/**
 * @module <rapport-returns>'s English texts (bundled with its chunk); the source catalog for its Chinese ones.
 */
const en = {
  'returns.title': 'Returns and exchanges',
};

export type ReturnsKey = keyof typeof en;

export default en;
