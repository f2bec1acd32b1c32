/**
 * @module Tests of the element-side config: the storefront API client sends the shop
 * key on every call and the session token only while a customer is identified.
 */
import { expect } from '@esm-bundle/chai';
import { apiGet, identify, SETUP_ERROR } from '../../../widgets/core/config.ts';
import { startLoader } from '../helpers.ts';

interface Echo {
  shop: string | null;
  authorization: string | null;
}

describe('config (what elements read from window.Rapport)', () => {
  it('answers with a setup error before the loader ran, instead of throwing', async () => {
    expect(window.Rapport).to.equal(undefined);
    expect(await apiGet('/api-test/ok')).to.deep.equal({ ok: false, error: SETUP_ERROR });
    expect(await identify('valid.config-0000')).to.deep.equal({ ok: false, error: SETUP_ERROR });
  });

  it('sends the shop key, and the session token only while identified', async () => {
    await startLoader('pk_configtest01');
    const anon = await apiGet<Echo>('/api-test/ok');
    expect(anon.ok && anon.value).to.deep.include({ shop: 'pk_configtest01', authorization: null });

    await identify('valid.config-0001');
    const signedIn = await apiGet<Echo>('/api-test/ok');
    expect(signedIn.ok && signedIn.value.authorization).to.equal('Bearer session.config-0001');

    window.Rapport!.signOut();
    const after = await apiGet<Echo>('/api-test/ok');
    expect(after.ok && after.value.authorization).to.equal(null);
  });
});
