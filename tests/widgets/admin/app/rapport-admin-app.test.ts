import { expect } from '@esm-bundle/chai';
import { AdminApi, type AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import '../../../../widgets/admin/app/rapport-admin-app.ts';
import type { RapportAdminApp } from '../../../../widgets/admin/app/rapport-admin-app.ts';
import type { ApiError, Result } from '../../../../widgets/core/api-client.ts';
import { UNREACHABLE, fakeApi, mount, session, text, unmountAll } from '../helpers.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';

const original = location.href;
const nobody: ApiError = { code: 'unauthorized', status: 401, title: 'Authentication is required' };

/** An API that answers "who am I" with `who` and signs out on request. */
function api(who: Result<AdminSession>) {
  return fakeApi({ session: async () => who });
}

const child = (el: RapportAdminApp, tag: string) => el.shadowRoot!.querySelector(tag);

describe('<rapport-admin-app>', () => {
  beforeEach(() => history.replaceState(null, '', '/admin'));
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', original);
  });

  it('has no axe violations while checking and when Rapport cannot be reached', async () => {
    const el = await mount('rapport-admin-app', { apiBase: UNREACHABLE });
    expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.equal('Loading your admin…');
    await waitFor(() => el.shadowRoot!.querySelector('[role=alert]') !== null, 'the unreachable alert', 4000);
    expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.equal('Can’t reach Rapport. Check your connection and try again.');
    await expectAccessible(el);
  });

  it('shows the sign-in form when nobody is signed in', async () => {
    const el = await mount('rapport-admin-app', { api: api({ ok: false, error: nobody }) });
    await waitFor(() => child(el, 'rapport-admin-sign-in') !== null, 'the sign-in form');
  });

  it('shows the shell for a signed-in staff member, and the form again after signing out', async () => {
    const el = await mount('rapport-admin-app', { api: api({ ok: true, value: session }) });
    await waitFor(() => child(el, 'rapport-admin-shell') !== null, 'the shell');
    const shell = child(el, 'rapport-admin-shell')!;
    await (shell as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    shell.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
    await waitFor(() => child(el, 'rapport-admin-sign-in') !== null, 'the sign-in form');
  });

  it('shows the shell once the form signs in', async () => {
    const el = await mount('rapport-admin-app', { api: api({ ok: false, error: nobody }) });
    await waitFor(() => child(el, 'rapport-admin-sign-in') !== null, 'the sign-in form');
    const form = child(el, 'rapport-admin-sign-in')!.shadowRoot!;
    form.querySelector<HTMLInputElement>('#email')!.value = 'ana@example.com';
    form.querySelector<HTMLInputElement>('#password')!.value = 'secret-pass';
    form.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(() => child(el, 'rapport-admin-shell') !== null, 'the shell');
  });

  it('goes back to the form, saying why, when the session ends', async () => {
    const fake = api({ ok: true, value: session });
    const el = await mount('rapport-admin-app', { api: fake });
    await waitFor(() => child(el, 'rapport-admin-shell') !== null, 'the shell');
    fake.onUnauthorized!();
    const notice = () => text(child(el, 'rapport-admin-sign-in')?.shadowRoot?.querySelector('[role=status]'));
    await waitFor(() => notice() !== '', 'the session-ended notice');
    expect(notice()).to.equal('Your session has ended. Sign in again to continue.');
  });
});
