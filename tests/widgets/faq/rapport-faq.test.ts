/**
 * @module Tests of <rapport-faq> (a placeholder for now: see placeholder-spec.ts).
 */
import '../../../widgets/faq/rapport-faq.ts';
import { describePlaceholder } from '../placeholder-spec.ts';

describePlaceholder('rapport-faq', { en: 'Frequently asked questions', 'zh-Hans': '常见问题', 'zh-Hant': '常見問題' });
