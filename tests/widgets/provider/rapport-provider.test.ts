/**
 * @module Tests of <rapport-provider> against the real API: exchanges the store's signed
 * proof for a session, reports a refused proof as an event (never a throw), and signs out
 * when the store renders no token.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportProvider } from '../../../widgets/provider/rapport-provider.ts';
import { cleanup, expectAccessible, fixture, startLoader, testShop, waitFor, watchPageErrors, SETUP_MS, type TestShop } from '../helpers.ts';

let shop: TestShop;

describe('<rapport-provider>', () => {
  before(async function () {
    this.timeout(SETUP_MS); // a shop on the real API, the loader and the element's chunk
    shop = await testShop();
    await startLoader(shop.key);
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
    const token = await shop.proof({ sub: 'provider-0001', email: 'ada@example.com', name: 'Ada' });
    const el = await fixture<RapportProvider>(`<rapport-provider customer-token="${token}"></rapport-provider>`);
    await waitFor(() => el.status === 'identified', 'status identified');
    removeEventListener('rapport-identity-change', on);
    expect(el.getAttribute('status')).to.equal('identified');
    const session = window.Rapport!.session!;
    expect(session.customer).to.deep.include({ email: 'ada@example.com', name: 'Ada' });
    expect(session.sessionToken).to.be.a('string').and.not.equal(token); // Rapport's own session, not the store's proof
    expect(changes).to.deep.equal([session.sessionToken]);
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
    await window.Rapport!.identify(await shop.proof({ sub: 'provider-0002', email: 'bo@example.com' }));
    expect(window.Rapport!.session).to.not.equal(null);
    const el = await fixture<RapportProvider>('<rapport-provider></rapport-provider>');
    await waitFor(() => window.Rapport!.session === null, 'session cleared');
    expect(el.status).to.equal('anonymous');
  });

  it('exchanges again when the token changes', async () => {
    const first = await shop.proof({ sub: 'provider-0003', email: 'cai@example.com' });
    const el = await fixture<RapportProvider>(`<rapport-provider customer-token="${first}"></rapport-provider>`);
    await waitFor(() => el.status === 'identified', 'first identity');
    expect(window.Rapport!.session?.customer.email).to.equal('cai@example.com');
    el.customerToken = await shop.proof({ sub: 'provider-0004', email: 'dee@example.com' });
    await waitFor(() => window.Rapport!.session?.customer.email === 'dee@example.com', 'second identity');
    expect(el.status).to.equal('identified');
  });
});
