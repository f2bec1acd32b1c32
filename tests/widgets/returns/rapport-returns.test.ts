/**
 * @module Tests of <rapport-returns> (a placeholder for now: see placeholder-spec.ts).
 */
import '../../../widgets/returns/rapport-returns.ts';
import { describePlaceholder } from '../placeholder-spec.ts';

describePlaceholder('rapport-returns', { en: 'Returns and exchanges', 'zh-Hans': '退换货', 'zh-Hant': '退換貨' });
