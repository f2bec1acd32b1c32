import { expect } from '@esm-bundle/chai';
import { type FeedbackSettings } from '../../../../widgets/admin/settings/settings-api.ts';
import '../../../../widgets/admin/settings/rapport-admin-response-times.ts';
import { sectionBench } from './section-bench.ts';
import type { RapportAdminResponseTimes } from '../../../../widgets/admin/settings/rapport-admin-response-times.ts';
import { AXE_MS, text } from '../helpers.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';

const settings: FeedbackSettings = { responseTargets: { complaint: 24, suggestion: 72, praise: 96, question: 48 }, hiddenKinds: ['praise'] };
const root = (el: RapportAdminResponseTimes) => el.shadowRoot!;
const input = (el: RapportAdminResponseTimes, sel: string) => root(el).querySelector<HTMLInputElement>(sel)!;

describe('<rapport-admin-response-times>', () => {
  const bench = sectionBench('rapport-admin-response-times', (api) => api.saveFeedbackSettings(settings));
  const form = () => bench.form();

  it('has no axe violations', async function () {
    this.timeout(AXE_MS);
    await expectAccessible(await form());
  });

  it('shows the target per kind in hours and which kinds the form offers', async () => {
    const el = await form();
    const labels = [...root(el).querySelectorAll('.hours label')].map(text);
    expect(labels).to.deep.equal(['Complaints', 'Suggestions', 'Praise', 'Questions']);
    expect(['complaint', 'suggestion', 'praise', 'question'].map((k) => input(el, `#hours-${k}`).value)).to.deep.equal(['24', '72', '96', '48']);
    const shown = [...root(el).querySelectorAll<HTMLInputElement>('input[name=shown]')].map((c) => [c.value, c.checked]);
    expect(shown).to.deep.equal([['complaint', true], ['suggestion', true], ['praise', false], ['question', true]]);
  });

  it('saves targets and kinds together and says so', async () => {
    const el = await form();
    input(el, '#hours-complaint').value = '12';
    input(el, 'input[value=question]').click();
    input(el, 'input[value=praise]').click();
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => text(root(el).querySelector('[role=status]')) === 'Saved.', 'the saved notice');
    const expected = { responseTargets: { complaint: 12, suggestion: 72, praise: 96, question: 48 }, hiddenKinds: ['question'] };
    const [saved] = await bench.shop.requests({ method: 'PUT', path: '/v1/admin/settings/feedback' });
    expect(saved.body).to.deep.equal(expected);
    const now = await bench.api.feedbackSettings();
    expect(now.ok && now.value).to.deep.equal(expected);
  });

  it('refuses to hide every kind, and shows why a save failed', async () => {
    const el = await form();
    for (const k of ['complaint', 'suggestion', 'question']) input(el, `input[value=${k}]`).click();
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => root(el).querySelector('[role=alert]'), 'the form error');
    expect(text(root(el).querySelector('[role=alert]'))).to.equal('Offer at least one kind in the feedback form.');
    expect(await bench.shop.requests({ method: 'PUT' })).to.deep.equal([]);
    await bench.shop.fault('down', { path: '/v1/admin/settings/feedback' });
    input(el, 'input[value=complaint]').click();
    input(el, 'input[value=complaint]').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => text(root(el).querySelector('[role=alert]')) === 'Rapport is restarting. Try again in a moment.', 'the server error');
  });
});
