/**
 * @module <rapport-profile>'s texts in Simplified Chinese (zh-Hans). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { ProfileKey } from './en.ts';

const zhHans: Texts<ProfileKey> = {
  'profile.title': '我的账户',
};

export default zhHans;
