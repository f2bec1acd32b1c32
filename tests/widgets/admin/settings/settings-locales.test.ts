import { expect } from '@esm-bundle/chai';
import en, { type SettingsCatalog } from '../../../../widgets/admin/settings/locales/en.ts';
import zhHans from '../../../../widgets/admin/settings/locales/zh-Hans.ts';
import zhHant from '../../../../widgets/admin/settings/locales/zh-Hant.ts';
import { checkCatalogs } from '../catalog-checks.ts';

checkCatalogs('settings', en, zhHans, zhHant, () => {
  it('are typed so that a catalog missing a key does not compile (checked by tsc)', () => {
    // @ts-expect-error: every English key is required
    const missing: SettingsCatalog = { 'mail.heading': '邮件记录' };
    expect(Object.keys(missing)).to.have.length(1);
  });
});
