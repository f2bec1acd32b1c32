/**
 * @module Tests of <rapport-provider>: exchanges the store's proof for a session, reports
 * a refused proof as an event (never a throw), and signs out when the store renders no token.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportProvider } from '../../../widgets/provider/rapport-provider.ts';
import { cleanup, expectAccessible, fixture, startLoader, waitFor, watchPageErrors } from '../helpers.ts';

const SHOP = 'pk_providertest01';

describe('<rapport-provider>', () => {
  before(async () => {
    await startLoader(SHOP);
    await import('../../../widgets/provider/rapport-provider.ts');
  });
  afterEach(() => {
    cleanup();
    window.Rapport!.signOut();
  });

  it('has no accessibility violations and shows its children', async () => {
    const el = await fixture<RapportProvider>('<rapport-provider><p>Welcome back</p></rapport-provider>');
    await expectAccessible(el);
    expect(el.getBoundingClientRect().height, 'display: contents').to.equal(0);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('exchanges customer-token for a session that every widget can use', async () => {
    const changes: Array<string | undefined> = [];
    const on = (e: WindowEventMap['rapport-identity-change']) => changes.push(e.detail.session?.sessionToken);
    addEventListener('rapport-identity-change', on);
    const el = await fixture<RapportProvider>('<rapport-provider customer-token="valid.provider-0001"></rapport-provider>');
    await waitFor(() => el.status === 'identified', 'status identified');
    removeEventListener('rapport-identity-change', on);
    expect(el.getAttribute('status')).to.equal('identified');
    expect(window.Rapport!.session?.sessionToken).to.equal('session.provider-0001');
    expect(changes).to.deep.equal(['session.provider-0001']);
  });

  it('reports a refused token as rapport-identity-error, without throwing', async () => {
    const errors = watchPageErrors();
    const codes: string[] = [];
    const on = (e: WindowEventMap['rapport-identity-error']) => codes.push(e.detail.error.code);
    addEventListener('rapport-identity-error', on);
    const el = await fixture<RapportProvider>('<rapport-provider customer-token="forged-or-expired"></rapport-provider>');
    await waitFor(() => el.status === 'failed', 'status failed');
    removeEventListener('rapport-identity-error', on);
    expect(codes).to.deep.equal(['invalid-token']);
    expect(el.error?.status).to.equal(401);
    expect(window.Rapport!.session).to.equal(null);
    expect(errors.stop()).to.deep.equal([]);
  });

  it('signs Rapport out when the store renders no token (the shopper logged out)', async () => {
    await window.Rapport!.identify('valid.provider-0002');
    expect(window.Rapport!.session).to.not.equal(null);
    const el = await fixture<RapportProvider>('<rapport-provider></rapport-provider>');
    await waitFor(() => window.Rapport!.session === null, 'session cleared');
    expect(el.status).to.equal('anonymous');
  });

  it('exchanges again when the token changes', async () => {
    const el = await fixture<RapportProvider>('<rapport-provider customer-token="valid.provider-0003"></rapport-provider>');
    await waitFor(() => el.status === 'identified', 'first identity');
    el.customerToken = 'valid.provider-0004';
    await waitFor(() => window.Rapport!.session?.sessionToken === 'session.provider-0004', 'second identity');
  });
});
