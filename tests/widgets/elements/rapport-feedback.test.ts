/**
 * @module Tests of <rapport-feedback> (a placeholder for now: see placeholder-spec.ts).
 */
import '../../../widgets/elements/rapport-feedback.ts';
import { describePlaceholder } from './placeholder-spec.ts';

describePlaceholder('rapport-feedback', { en: 'Feedback', 'zh-Hans': '意见反馈', 'zh-Hant': '意見回饋' });
