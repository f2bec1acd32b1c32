/**
 * @module <rapport-order-tracker>'s texts in Simplified Chinese (zh-Hans). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { OrderTrackerKey } from './en.ts';

const zhHans: Texts<OrderTrackerKey> = {
  'orderTracker.title': '订单跟踪',
};

export default zhHans;
