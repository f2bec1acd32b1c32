/**
 * @module Tests of the loader's session store: sessionStorage under a shop-scoped key,
 * restored on the next page, expired sessions ignored, changes announced once.
 */
import { expect } from '@esm-bundle/chai';
import { sessionStore } from '../../../widgets/core/session-store.ts';
import type { RapportSession } from '../../../widgets/core/rapport-global.ts';

const session = (token: string, inMs = 3600_000): RapportSession => ({
  sessionToken: token,
  expiresAt: new Date(Date.now() + inMs).toISOString(),
  customer: { id: '6f1c2a4e-9b1d-4c1e-8f3a-2d5b7c9e0a11', email: null, name: null },
});

describe('sessionStore', () => {
  afterEach(() => sessionStorage.clear());

  it("keeps a session for the next page of the same shop only, and not in use until that page's proof confirms it", () => {
    sessionStore('pk_storeshopa1').set(session('s-a'));
    const next = sessionStore('pk_storeshopa1');
    expect(next.get()).to.equal(null);
    expect(next.saved()?.sessionToken).to.equal('s-a');
    expect(sessionStore('pk_storeshopb1').saved()).to.equal(null);
    next.set(next.saved());
    expect(next.get()?.sessionToken).to.equal('s-a');
    expect(next.saved()).to.equal(null);
  });

  it('ignores and removes an expired session', () => {
    sessionStorage.setItem('rapport:session:pk_storeshopa1', JSON.stringify(session('old', -1000)));
    expect(sessionStore('pk_storeshopa1').saved()).to.equal(null);
    expect(sessionStorage.getItem('rapport:session:pk_storeshopa1')).to.equal(null);
  });

  it('ignores a corrupted entry', () => {
    sessionStorage.setItem('rapport:session:pk_storeshopa1', '{not json');
    expect(sessionStore('pk_storeshopa1').saved()).to.equal(null);
  });

  it('announces a change of session once, not a repeat of the same one', () => {
    const tokens: Array<string | null> = [];
    const on = (e: WindowEventMap['rapport-identity-change']) => tokens.push(e.detail.session?.sessionToken ?? null);
    addEventListener('rapport-identity-change', on);
    const store = sessionStore('pk_storeshopa1');
    const s = session('s-1');
    store.set(s);
    store.set(s);
    store.set(null);
    store.set(null);
    removeEventListener('rapport-identity-change', on);
    expect(tokens).to.deep.equal(['s-1', null]);
  });

  it('forgets the session when it expires, and says so', async () => {
    const store = sessionStore('pk_storeshopa1');
    let ended = false;
    const on = (e: WindowEventMap['rapport-identity-change']) => (ended = e.detail.session === null);
    addEventListener('rapport-identity-change', on);
    store.set(session('short', 80));
    expect(store.get()?.sessionToken).to.equal('short');
    await new Promise((r) => setTimeout(r, 150));
    removeEventListener('rapport-identity-change', on);
    expect(store.get()).to.equal(null);
    expect(ended).to.equal(true);
  });
});
