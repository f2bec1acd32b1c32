import { expect } from '@esm-bundle/chai';
import { AdminApi, type AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import { SettingsApi } from '../../../../widgets/admin/settings/settings-api.ts';
import '../../../../widgets/admin/settings/rapport-admin-settings.ts';
import type { RapportAdminSettings } from '../../../../widgets/admin/settings/rapport-admin-settings.ts';
import { AXE_MS, UNREACHABLE, adminShop, mount, text, unmountAll, type AdminShop } from '../helpers.ts';
import { SETUP_MS, expectAccessible, waitFor } from '../../helpers.ts';

const activity = (el: RapportAdminSettings) => el.shadowRoot!.querySelector('rapport-admin-activity')!.shadowRoot!;

describe('<rapport-admin-settings>', () => {
  let shop: AdminShop;
  let api: SettingsApi;
  let session: AdminSession;

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
    // Someone tried the owner's account with a wrong password before the owner signed in.
    const wrong = await new AdminApi(location.origin).signIn(shop.owner.email, 'not-the-password');
    expect(wrong.ok || wrong.error.code).to.equal('invalid-credentials');
    const signedIn = await shop.signIn();
    api = signedIn.api.area(SettingsApi);
    session = signedIn.session;
  });
  afterEach(unmountAll);

  it('has no axe violations, with the activity loaded or failed', async function () {
    this.timeout(AXE_MS);
    const el = await mount('rapport-admin-settings', { api, session });
    await waitFor(() => activity(el).querySelector('table') !== null, 'the activity table');
    await expectAccessible(el);
    const failed = await mount('rapport-admin-settings', { api: new AdminApi(UNREACHABLE).area(SettingsApi), session });
    await waitFor(() => activity(failed).querySelector('[role=alert]') !== null, 'the activity error', 4000);
    await expectAccessible(failed);
  });

  it('shows the public key and the exact script tag to paste', async () => {
    const el = await mount('rapport-admin-settings', { api, session });
    expect(text(el.shadowRoot!.querySelector('dl'))).to.contain(shop.key);
    expect(el.shadowRoot!.querySelector('#snippet')!.textContent).to.equal(
      `<script type="module" src="${location.origin}/widgets/rapport.js" data-shop="${shop.key}"></script>`,
    );
  });

  it('copies the tag, or selects it where the clipboard is refused', async () => {
    const el = await mount('rapport-admin-settings', { api, session });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.copy button')!.click();
    const status = () => text(el.shadowRoot!.querySelector('.copy [role=status]'));
    await waitFor(() => status() !== '', 'the copy status');
    if (status() === 'Copied to the clipboard.') return;
    expect(status()).to.match(/^The tag is selected/);
    expect(String(getSelection())).to.contain(`data-shop="${shop.key}"`);
  });

  it('lists the activity newest first: time, action, actor', async () => {
    const el = await mount('rapport-admin-settings', { api, session });
    await waitFor(() => activity(el).querySelector('table') !== null, 'the activity table');
    const head = [...activity(el).querySelectorAll('th')].map(text);
    expect(head).to.deep.equal(['Time', 'Action', 'By']);
    const rows = [...activity(el).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(rows.map((r) => r.slice(1))).to.deep.equal([
      ['Signed in', 'You (Ana Lima)'],
      ['Failed sign-in attempt', 'You (Ana Lima)'],
      ['Staff member added', 'Rapport'],
      ['Staff member added', 'Rapport'],
      ['Shop created', 'Rapport'],
    ]);
    const log = await api.audit();
    expect(activity(el).querySelector('time')!.getAttribute('datetime')).to.equal(log.ok && log.value.items[0].createdAt);
  });

  it('says when there is no activity yet', async function () {
    this.timeout(SETUP_MS);
    const fresh = await adminShop({ quiet: true });
    const signedIn = await fresh.signIn('owner', { quiet: true });
    const el = await mount('rapport-admin-settings', { api: signedIn.api.area(SettingsApi), session: signedIn.session });
    await waitFor(() => text(activity(el)).includes('No activity yet.'), 'the empty activity message');
    ({ api, session } = await shop.signIn().then((s) => ({ api: s.api.area(SettingsApi), session: s.session })));
  });

  it('says when the activity cannot be loaded, and loads it again on refresh', async () => {
    const el = await mount('rapport-admin-settings', { api: new AdminApi(UNREACHABLE).area(SettingsApi), session });
    await waitFor(() => activity(el).querySelector('[role=alert]') !== null, 'the activity error', 4000);
    expect(text(activity(el).querySelector('[role=alert]'))).to.equal('Couldn’t load the activity. Try again in a moment.');
    const act = el.shadowRoot!.querySelector('rapport-admin-activity')!;
    act.api = api;
    const log = await api.audit();
    const count = log.ok ? log.value.items.length : -1;
    await waitFor(() => activity(el).querySelectorAll('tbody tr').length === count, `${count} activity rows`);
  });
});
