/**
 * @module Tests of <rapport-recommendations> (a placeholder for now: see placeholder-spec.ts).
 */
import '../../../widgets/recommendations/rapport-recommendations.ts';
import { describePlaceholder } from '../placeholder-spec.ts';

describePlaceholder('rapport-recommendations', { en: 'Recommended for you', 'zh-Hans': '为你推荐', 'zh-Hant': '為你推薦' });
