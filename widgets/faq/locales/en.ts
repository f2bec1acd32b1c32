/**
 * @module <rapport-faq>'s English texts (bundled with its chunk); the source catalog for its Chinese ones.
 */
const en = {
  'faq.title': 'Frequently asked questions',
};

export type FaqKey = keyof typeof en;

export default en;
