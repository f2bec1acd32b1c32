import { expect } from '@esm-bundle/chai';
import en, { type OrdersCatalog } from '../../../../widgets/admin/orders/locales/en.ts';
import zhHans from '../../../../widgets/admin/orders/locales/zh-Hans.ts';
import zhHant from '../../../../widgets/admin/orders/locales/zh-Hant.ts';
import { checkCatalogs } from '../catalog-checks.ts';

checkCatalogs('orders', en, zhHans, zhHant, () => {
  it('are typed so that a catalog missing a key does not compile (checked by tsc)', () => {
    // @ts-expect-error: every English key is required
    const missing: OrdersCatalog = { 'list.heading': '订单' };
    expect(Object.keys(missing)).to.have.length(1);
  });
});
