/**
 * @module Tests of <rapport-order-tracker> (a placeholder for now: see placeholder-spec.ts).
 */
import '../../../widgets/order-tracker/rapport-order-tracker.ts';
import { describePlaceholder } from '../placeholder-spec.ts';

describePlaceholder('rapport-order-tracker', { en: 'Track your order', 'zh-Hans': '订单跟踪', 'zh-Hant': '訂單追蹤' });
