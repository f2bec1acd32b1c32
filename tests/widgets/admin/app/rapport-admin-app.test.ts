import { expect } from '@esm-bundle/chai';
import { AdminApi } from '../../../../widgets/admin/app/admin-api.ts';
import '../../../../widgets/admin/app/rapport-admin-app.ts';
import { applyAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import type { RapportAdminApp } from '../../../../widgets/admin/app/rapport-admin-app.ts';
import { AXE_MS, UNREACHABLE, adminShop, mount, text, unmountAll, type AdminShop } from '../helpers.ts';
import { SETUP_MS, expectAccessible, waitFor } from '../../helpers.ts';

const original = location.href;
const child = (el: RapportAdminApp, tag: string) => el.shadowRoot!.querySelector(tag);
const shellOf = (el: RapportAdminApp) => child(el, 'rapport-admin-shell') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;

describe('<rapport-admin-app>', () => {
  let shop: AdminShop;

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
  });
  beforeEach(async () => {
    history.replaceState(null, '', '/admin');
    await shop.endSessions(); // nobody is signed in until a test signs in
  });
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', original);
  });

  it('has no axe violations while checking and when Rapport cannot be reached', async function () {
    this.timeout(AXE_MS);
    const el = await mount('rapport-admin-app', { apiBase: UNREACHABLE });
    expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.equal('Loading your admin…');
    await waitFor(() => el.shadowRoot!.querySelector('[role=alert]') !== null, 'the unreachable alert', 4000);
    expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.equal('Can’t reach Rapport. Check your connection and try again.');
    await expectAccessible(el);
  });

  it('shows the sign-in form when nobody is signed in', async () => {
    const el = await mount('rapport-admin-app', { apiBase: location.origin });
    await waitFor(() => child(el, 'rapport-admin-sign-in') !== null, 'the sign-in form');
  });

  it('shows the shell for a signed-in staff member, and the form again after signing out', async () => {
    await shop.signIn();
    const el = await mount('rapport-admin-app', { apiBase: location.origin });
    await waitFor(() => shellOf(el) !== null, 'the shell');
    const shell = shellOf(el)!;
    await shell.updateComplete;
    expect(text(shell.shadowRoot!.querySelector('header'))).to.contain(shop.owner.name);
    shell.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
    await waitFor(() => child(el, 'rapport-admin-sign-in') !== null, 'the sign-in form');
    // Signed out on the server too: the cookie no longer opens a session.
    expect((await new AdminApi(location.origin).session()).ok).to.equal(false);
  });

  it('shows the shell once the form signs in', async function () {
    this.timeout(15_000); // the server checks the password with scrypt
    const el = await mount('rapport-admin-app', { apiBase: location.origin });
    await waitFor(() => child(el, 'rapport-admin-sign-in') !== null, 'the sign-in form');
    const form = child(el, 'rapport-admin-sign-in')!.shadowRoot!;
    form.querySelector<HTMLInputElement>('#email')!.value = shop.owner.email;
    form.querySelector<HTMLInputElement>('#password')!.value = shop.password;
    form.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(() => shellOf(el) !== null, 'the shell', 10_000);
  });

  it('says once, just after signing in, how many sign-ins to the account failed, with a way to the activity log', async function () {
    this.timeout(30_000); // three passwords checked with scrypt
    for (const guess of ['guess-one-wrong', 'guess-two-wrong']) {
      const wrong = await new AdminApi(location.origin).signIn(shop.owner.email, guess);
      expect(wrong.ok || wrong.error.code).to.equal('invalid-credentials');
    }
    const el = await mount('rapport-admin-app', { apiBase: location.origin });
    await waitFor(() => child(el, 'rapport-admin-sign-in') !== null, 'the sign-in form');
    const form = child(el, 'rapport-admin-sign-in')!.shadowRoot!;
    form.querySelector<HTMLInputElement>('#email')!.value = shop.owner.email;
    form.querySelector<HTMLInputElement>('#password')!.value = shop.password;
    form.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(() => shellOf(el) !== null, 'the shell', 10_000);
    const shell = shellOf(el)!;
    const warning = await waitFor(() => shell.shadowRoot!.querySelector('.warning'), 'the failed sign-ins notice');
    expect(warning.getAttribute('role')).to.equal('alert');
    expect(text(warning.querySelector('p'))).to.equal('2 failed sign-in attempts to your account since your last visit.');
    await expectAccessible(warning);
    const link = warning.querySelector<HTMLAnchorElement>('a')!;
    expect([text(link), link.getAttribute('href')]).to.deep.equal(['Review the activity log', '/admin/settings#activity']);
    link.click();
    await waitFor(() => location.pathname + location.hash === '/admin/settings#activity', 'the settings page');
    const settings = await waitFor(() => shell.shadowRoot!.querySelector('rapport-admin-settings'), 'the settings');
    const activity = await waitFor(() => settings.shadowRoot!.querySelector('rapport-admin-activity'), 'the activity log');
    await waitFor(() => activity.shadowRoot!.activeElement?.id === 'activity-heading', 'the keyboard on the activity log');
    await waitFor(() => text(activity.shadowRoot!.querySelector('tbody')).includes('Failed sign-in attempt'), 'the failed attempts listed');
    expect(shell.shadowRoot!.querySelector('.warning')).to.equal(null);

    // Coming back to the admin later in this session (a reload) says nothing more.
    unmountAll();
    history.replaceState(null, '', '/admin');
    const again = await mount('rapport-admin-app', { apiBase: location.origin });
    await waitFor(() => shellOf(again) !== null, 'the shell');
    await shellOf(again)!.updateComplete;
    expect(shellOf(again)!.shadowRoot!.querySelector('.warning')).to.equal(null);
  });

  it('words the failed sign-ins notice in Chinese too', async () => {
    const { api, session } = await shop.signIn();
    for (const [locale, said] of [['zh-Hans', '自你上次访问以来，你的账号有 3 次登录失败。'], ['zh-Hant', '自您上次造訪以來，您的帳號有 3 次登入失敗。']] as const) {
      await applyAdminLocale(locale);
      const shell = await mount('rapport-admin-shell', { api, session, failedSignIns: 3 });
      expect(text(shell.shadowRoot!.querySelector('.warning p'))).to.equal(said);
      shell.shadowRoot!.querySelector<HTMLButtonElement>('.warning button')!.click();
      await shell.updateComplete;
      expect(shell.shadowRoot!.querySelector('.warning')).to.equal(null);
      unmountAll();
    }
    await applyAdminLocale('en');
  });

  it('goes back to the form, saying why, when the session ends', async () => {
    await shop.signIn();
    const el = await mount('rapport-admin-app', { apiBase: location.origin });
    await waitFor(() => shellOf(el) !== null, 'the shell');
    const shell = shellOf(el)!;
    await shell.updateComplete;
    await shop.endSessions();
    // The next call after the session ended (opening another page) is answered 401.
    [...shell.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => text(a) === 'Settings')!.click();
    const notice = () => text(child(el, 'rapport-admin-sign-in')?.shadowRoot?.querySelector('[role=status]'));
    await waitFor(() => notice() !== '', 'the session-ended notice', 5000);
    expect(notice()).to.equal('Your session has ended. Sign in again to continue.');
  });
});
