/**
 * @module <rapport-feedback> follows the shop's settings: kinds the owner hid in the admin
 * are not offered, whatever the page asks for.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportFeedback } from '../../../widgets/elements/rapport-feedback.ts';
import { cleanup, expectAccessible, fixture, startLoader, waitFor } from '../helpers.ts';
import { $$ } from './rapport-feedback-helpers.ts';

const kinds = (el: Element) => $$<HTMLInputElement>(el, 'input[name=kind]').map((i) => i.value);

describe('<rapport-feedback> and the shop settings', () => {
  before(async () => {
    await startLoader('pk_nopraiseshop01');
    await import('../../../widgets/elements/rapport-feedback.ts');
  });
  afterEach(cleanup);

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
