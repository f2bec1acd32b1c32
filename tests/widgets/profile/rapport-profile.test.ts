/**
 * @module Tests of <rapport-profile> (a placeholder for now: see placeholder-spec.ts).
 */
import '../../../widgets/profile/rapport-profile.ts';
import { describePlaceholder } from '../placeholder-spec.ts';

describePlaceholder('rapport-profile', { en: 'My account', 'zh-Hans': '我的账户', 'zh-Hant': '我的帳戶' });
