/**
 * @module <rapport-feedback> follows the shop's settings (the real `GET /v1/shop`): kinds
 * the owner hid in the admin are not offered, whatever the page asks for.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportFeedback } from '../../../widgets/feedback/rapport-feedback.ts';
import { cleanup, expectAccessible, fixture, startLoader, testShop, waitFor, SETUP_MS } from '../helpers.ts';
import { $$ } from './helpers.ts';

const kinds = (el: Element) => $$<HTMLInputElement>(el, 'input[name=kind]').map((i) => i.value);

describe('<rapport-feedback> and the shop settings', () => {
  const pageErrors: string[] = [];
  let early: HTMLElement;
  before(async function () {
    this.timeout(SETUP_MS); // a shop on the real API, the loader and the element's chunk
    window.addEventListener('error', (e) => pageErrors.push(e.message));
    const shop = await testShop({ hiddenKinds: ['praise'] });
    await startLoader(shop.key);
    // As on a storefront: the tag is in the page before its code arrives, and is upgraded at definition.
    early = document.createElement('rapport-feedback');
    early.lang = 'en';
    document.body.append(early);
    await import('../../../widgets/feedback/rapport-feedback.ts');
  });
  afterEach(cleanup);
  after(() => early.remove());

  it('upgrades a form that was on the page before its code loaded, without a page error', async () => {
    await waitFor(() => (kinds(early).length === 3 ? true : undefined), 'the early form');
    expect(pageErrors).to.deep.equal([]);
  });

  it('has no accessibility violations with the shop’s kinds', async () => {
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="en"></rapport-feedback>');
    await waitFor(() => kinds(el).length === 3 || undefined, 'the shop’s kinds');
    await expectAccessible(el);
  });

  it('does not offer a kind the owner hid', async () => {
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="en"></rapport-feedback>');
    await waitFor(() => (kinds(el).length === 3 ? true : undefined), 'the shop’s kinds');
    expect(kinds(el)).to.deep.equal(['complaint', 'suggestion', 'question']);
  });

  it('keeps what the page asks for among what the shop takes', async () => {
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="en" kinds="praise,question"></rapport-feedback>');
    await waitFor(() => (kinds(el).length === 1 ? true : undefined), 'the overlap');
    expect(kinds(el)).to.deep.equal(['question']);
  });
});
