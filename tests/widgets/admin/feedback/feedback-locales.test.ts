import { expect } from '@esm-bundle/chai';
import en, { type FeedbackCatalog } from '../../../../widgets/admin/feedback/locales/en.ts';
import zhHans from '../../../../widgets/admin/feedback/locales/zh-Hans.ts';
import zhHant from '../../../../widgets/admin/feedback/locales/zh-Hant.ts';
import { checkCatalogs } from '../catalog-checks.ts';

checkCatalogs('feedback', en, zhHans, zhHant, () => {
  it('are typed so that a catalog missing a key does not compile (checked by tsc)', () => {
    // @ts-expect-error: every English key is required
    const missing: FeedbackCatalog = { 'inbox.export': '导出 CSV' };
    expect(Object.keys(missing)).to.have.length(1);
  });
});
