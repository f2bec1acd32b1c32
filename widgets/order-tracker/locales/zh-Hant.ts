/**
 * @module <rapport-order-tracker>'s texts in Traditional Chinese (zh-Hant). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { OrderTrackerKey } from './en.ts';

const zhHant: Texts<OrderTrackerKey> = {
  'orderTracker.title': '訂單追蹤',
};

export default zhHant;
