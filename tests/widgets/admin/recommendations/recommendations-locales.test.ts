import { expect } from '@esm-bundle/chai';
import en, { type RecommendationsCatalog } from '../../../../widgets/admin/recommendations/locales/en.ts';
import zhHans from '../../../../widgets/admin/recommendations/locales/zh-Hans.ts';
import zhHant from '../../../../widgets/admin/recommendations/locales/zh-Hant.ts';
import { checkCatalogs } from '../catalog-checks.ts';

checkCatalogs('recommendations', en, zhHans, zhHant, () => {
  it('are typed so that a catalog missing a key does not compile (checked by tsc)', () => {
    // @ts-expect-error: every English key is required
    const missing: RecommendationsCatalog = { 'perf.heading': '效果' };
    expect(Object.keys(missing)).to.have.length(1);
  });
});
