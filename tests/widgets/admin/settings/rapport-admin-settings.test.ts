import { expect } from '@esm-bundle/chai';
import { AdminApi } from '../../../../widgets/admin/app/admin-api.ts';
import { SettingsApi, type AuditItem } from '../../../../widgets/admin/settings/settings-api.ts';
import '../../../../widgets/admin/settings/rapport-admin-settings.ts';
import type { RapportAdminSettings } from '../../../../widgets/admin/settings/rapport-admin-settings.ts';
import { UNREACHABLE, fakeApi, mount, session, text, unmountAll } from '../helpers.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';

const entry = (id: number, action: string, actorType: string, actorId: string | null): AuditItem => ({
  id: String(id), action, actorType, actorId, actorName: null, targetType: null, targetId: null, data: {},
  createdAt: new Date(Date.UTC(2025, 4, 1, 9, id)).toISOString(),
});
const log = [
  entry(3, 'staff.sign_in', 'staff', session.staff.id),
  entry(2, 'staff.sign_in_failed', 'staff', session.staff.id),
  entry(1, 'shop.create', 'system', null),
];
/** An API whose audit log holds `items`. */
const withLog = (items: AuditItem[]) => fakeApi({ audit: async () => ({ ok: true, value: { items } }) });

const activity = (el: RapportAdminSettings) => el.shadowRoot!.querySelector('rapport-admin-activity')!.shadowRoot!;

describe('<rapport-admin-settings>', () => {
  afterEach(unmountAll);

  it('has no axe violations, with the activity loaded or failed', async () => {
    const el = await mount('rapport-admin-settings', { api: withLog(log), session });
    await waitFor(() => activity(el).querySelector('table') !== null, 'the activity table');
    await expectAccessible(el);
    const failed = await mount('rapport-admin-settings', { api: new AdminApi(UNREACHABLE).area(SettingsApi), session });
    await waitFor(() => activity(failed).querySelector('[role=alert]') !== null, 'the activity error', 4000);
    await expectAccessible(failed);
  });

  it('shows the public key and the exact script tag to paste', async () => {
    const el = await mount('rapport-admin-settings', { api: withLog([]), session });
    expect(text(el.shadowRoot!.querySelector('dl'))).to.contain('pk_test_123');
    expect(el.shadowRoot!.querySelector('#snippet')!.textContent).to.equal(
      `<script type="module" src="${location.origin}/widgets/rapport.js" data-shop="pk_test_123"></script>`,
    );
  });

  it('copies the tag, or selects it where the clipboard is refused', async () => {
    const el = await mount('rapport-admin-settings', { api: withLog([]), session });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.copy button')!.click();
    const status = () => text(el.shadowRoot!.querySelector('.copy [role=status]'));
    await waitFor(() => status() !== '', 'the copy status');
    if (status() === 'Copied to the clipboard.') return;
    expect(status()).to.match(/^The tag is selected/);
    expect(String(getSelection())).to.contain('data-shop="pk_test_123"');
  });

  it('lists the activity newest first: time, action, actor', async () => {
    const el = await mount('rapport-admin-settings', { api: withLog(log), session });
    await waitFor(() => activity(el).querySelector('table') !== null, 'the activity table');
    const head = [...activity(el).querySelectorAll('th')].map(text);
    expect(head).to.deep.equal(['Time', 'Action', 'By']);
    const rows = [...activity(el).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(rows.map((r) => r.slice(1))).to.deep.equal([
      ['Signed in', 'You (Ana Lima)'],
      ['Failed sign-in attempt', 'You (Ana Lima)'],
      ['Shop created', 'Rapport'],
    ]);
    expect(activity(el).querySelector('time')!.getAttribute('datetime')).to.equal(log[0].createdAt);
  });

  it('says when there is no activity yet', async () => {
    const el = await mount('rapport-admin-settings', { api: withLog([]), session });
    await waitFor(() => text(activity(el)).includes('No activity yet.'), 'the empty activity message');
  });

  it('says when the activity cannot be loaded, and loads it again on refresh', async () => {
    const el = await mount('rapport-admin-settings', { api: new AdminApi(UNREACHABLE).area(SettingsApi), session });
    await waitFor(() => activity(el).querySelector('[role=alert]') !== null, 'the activity error', 4000);
    expect(text(activity(el).querySelector('[role=alert]'))).to.equal('Couldn’t load the activity. Try again in a moment.');
    const act = el.shadowRoot!.querySelector('rapport-admin-activity')!;
    act.api = withLog(log);
    await waitFor(() => activity(el).querySelectorAll('tbody tr').length === 3, 'three activity rows');
  });
});
