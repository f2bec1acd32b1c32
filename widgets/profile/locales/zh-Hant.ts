/**
 * @module <rapport-profile>'s texts in Traditional Chinese (zh-Hant). Loaded when first needed.
 */
import type { Texts } from '../../core/texts.ts';
import type { ProfileKey } from './en.ts';

const zhHant: Texts<ProfileKey> = {
  'profile.title': '我的帳戶',
};

export default zhHant;
