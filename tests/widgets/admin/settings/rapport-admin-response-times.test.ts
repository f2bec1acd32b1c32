import { expect } from '@esm-bundle/chai';
import type { FeedbackSettings } from '../../../../widgets/admin/settings/settings-api.ts';
import '../../../../widgets/admin/settings/rapport-admin-response-times.ts';
import type { RapportAdminResponseTimes } from '../../../../widgets/admin/settings/rapport-admin-response-times.ts';
import { fakeApi, mount, text, unmountAll } from '../helpers.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';

const settings: FeedbackSettings = { responseTargets: { complaint: 24, suggestion: 72, praise: 96, question: 48 }, hiddenKinds: ['praise'] };
const root = (el: RapportAdminResponseTimes) => el.shadowRoot!;
const input = (el: RapportAdminResponseTimes, sel: string) => root(el).querySelector<HTMLInputElement>(sel)!;

async function form(api = fakeApi({ feedbackSettings: async () => ({ ok: true, value: settings }) })) {
  const el = await mount('rapport-admin-response-times', { api });
  await waitFor(() => root(el).querySelector('form'), 'the form');
  return el;
}

describe('<rapport-admin-response-times>', () => {
  afterEach(unmountAll);

  it('has no axe violations', async () => {
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
    const api = fakeApi({ feedbackSettings: async () => ({ ok: true, value: settings }) });
    const el = await form(api);
    input(el, '#hours-complaint').value = '12';
    input(el, 'input[value=question]').click();
    input(el, 'input[value=praise]').click();
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => text(root(el).querySelector('[role=status]')) === 'Saved.', 'the saved notice');
    const saved = api.calls.find(([n]) => n === 'saveFeedbackSettings')![1][0];
    expect(saved).to.deep.equal({ responseTargets: { complaint: 12, suggestion: 72, praise: 96, question: 48 }, hiddenKinds: ['question'] });
  });

  it('refuses to hide every kind, and shows why a save failed', async () => {
    const api = fakeApi({
      feedbackSettings: async () => ({ ok: true, value: settings }),
      saveFeedbackSettings: async () => ({ ok: false, error: { code: 'validation', status: 400, title: 'x' } }),
    });
    const el = await form(api);
    for (const k of ['complaint', 'suggestion', 'question']) input(el, `input[value=${k}]`).click();
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => root(el).querySelector('[role=alert]'), 'the form error');
    expect(text(root(el).querySelector('[role=alert]'))).to.equal('Offer at least one kind in the feedback form.');
    expect(api.calls.some(([n]) => n === 'saveFeedbackSettings')).to.equal(false);
    input(el, 'input[value=complaint]').click();
    input(el, 'input[value=complaint]').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => text(root(el).querySelector('[role=alert]')).startsWith('Rapport didn’t accept'), 'the server error');
  });
});
