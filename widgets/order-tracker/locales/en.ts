/**
 * @module <rapport-order-tracker>'s English texts (bundled with its chunk); the source catalog for its Chinese ones.
 */
const en = {
  'orderTracker.title': 'Track your order',
};

export type OrderTrackerKey = keyof typeof en;

export default en;
