/**
 * @module Tests of the element-side config: the storefront API client sends the shop
 * key on every call and the session token only while a customer is identified (as the
 * real API received them: the wire log of tests/widgets/real-api.ts).
 */
import { expect } from '@esm-bundle/chai';
import { apiGet, identify, SETUP_ERROR } from '../../../widgets/core/config.ts';
import { startLoader, testShop, SETUP_MS, type TestShop } from '../helpers.ts';

describe('config (what elements read from window.Rapport)', () => {
  let shop: TestShop;
  before(async function () {
    this.timeout(SETUP_MS);
    shop = await testShop();
  });

  it('answers with a setup error before the loader ran, instead of throwing', async () => {
    expect(window.Rapport).to.equal(undefined);
    expect(await apiGet('/v1/shop')).to.deep.equal({ ok: false, error: SETUP_ERROR });
    expect(await identify('any.proof.at-all')).to.deep.equal({ ok: false, error: SETUP_ERROR });
  });

  it('sends the shop key, and the session token only while identified', async () => {
    await startLoader(shop.key);
    const sent = async () => (await shop.requests({ path: '/v1/shop' })).at(-1)!;

    const anon = await apiGet<{ name: string }>('/v1/shop');
    expect(anon.ok && anon.value.name).to.equal(shop.name);
    expect(await sent()).to.deep.include({ shop: shop.key, authorization: null });

    const signedIn = await identify(await shop.proof({ sub: 'config-0001', email: 'ada@example.com' }));
    expect(signedIn.ok, 'the real API took the proof').to.equal(true);
    expect((await apiGet('/v1/shop')).ok).to.equal(true);
    expect((await sent()).authorization).to.equal(`Bearer ${window.Rapport!.session!.sessionToken}`);

    window.Rapport!.signOut();
    expect((await apiGet('/v1/shop')).ok).to.equal(true);
    expect((await sent()).authorization).to.equal(null);
  });
});
