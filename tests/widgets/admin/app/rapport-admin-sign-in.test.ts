import { expect } from '@esm-bundle/chai';
import { AdminApi, type AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import type { AdminSignedInEvent } from '../../../../widgets/admin/app/admin-events.ts';
import '../../../../widgets/admin/app/rapport-admin-sign-in.ts';
import type { RapportAdminSignIn } from '../../../../widgets/admin/app/rapport-admin-sign-in.ts';
import type { ApiError, Result } from '../../../../widgets/core/api-client.ts';
import { UNREACHABLE, mount, session, text, unmountAll } from '../helpers.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';

type SignIn = AdminApi['signIn'];

/** An API whose sign-in answers with `answer`, recording what it was asked. */
function api(answer: SignIn) {
  const calls: [string, string][] = [];
  return { calls, signIn: (email: string, password: string) => (calls.push([email, password]), answer(email, password)) };
}
const refuse = (error: Partial<ApiError> & { code: string; status: number }): SignIn =>
  async () => ({ ok: false, error: { title: error.code, ...error } });

const parts = (el: RapportAdminSignIn) => {
  const root = el.shadowRoot!;
  return {
    email: root.querySelector<HTMLInputElement>('#email')!,
    password: root.querySelector<HTMLInputElement>('#password')!,
    button: root.querySelector<HTMLButtonElement>('button[type=submit]')!,
    alert: root.querySelector<HTMLElement>('[role=alert]')!,
  };
};

async function submit(el: RapportAdminSignIn, email = 'ana@example.com', password = 'secret-pass') {
  const p = parts(el);
  p.email.value = email;
  p.password.value = password;
  p.button.click();
  await el.updateComplete;
}

describe('<rapport-admin-sign-in>', () => {
  afterEach(unmountAll);

  it('has no axe violations, empty and showing an error', async () => {
    const el = await mount('rapport-admin-sign-in', { api: api(refuse({ code: 'invalid-credentials', status: 401 })) });
    await expectAccessible(el);
    await submit(el);
    await waitFor(() => text(parts(el).alert) !== '', 'the error message');
    await expectAccessible(el);
  });

  it('labels both fields, asks for them and lets password managers fill them', async () => {
    const el = await mount('rapport-admin-sign-in');
    const { email, password, button } = parts(el);
    const label = (input: HTMLInputElement) => text(input.labels?.[0]);
    expect(label(email)).to.equal('Email');
    expect(label(password)).to.equal('Password');
    expect([email.type, email.autocomplete, email.required]).to.deep.equal(['email', 'username', true]);
    expect([password.type, password.autocomplete, password.required]).to.deep.equal(['password', 'current-password', true]);
    expect(text(button)).to.equal('Sign in');
  });

  it('does not send the form while a field is empty', async () => {
    const fake = api(refuse({ code: 'invalid-credentials', status: 401 }));
    const el = await mount('rapport-admin-sign-in', { api: fake });
    await submit(el, '', '');
    expect(parts(el).email.validity.valueMissing).to.equal(true);
    expect(fake.calls).to.deep.equal([]);
  });

  it('disables the button while signing in, then announces the signed-in session', async () => {
    let answer!: (r: Result<AdminSession>) => void;
    const fake = api(() => new Promise((r) => (answer = r)));
    const el = await mount('rapport-admin-sign-in', { api: fake });
    const signedIn = new Promise<AdminSignedInEvent>((r) => el.addEventListener('rapport-admin-signed-in', r));
    await submit(el, '  ana@example.com ', 'secret-pass');
    expect(fake.calls).to.deep.equal([['ana@example.com', 'secret-pass']]);
    expect(parts(el).button.disabled).to.equal(true);
    expect(text(parts(el).button)).to.equal('Signing in…');
    answer({ ok: true, value: session });
    expect((await signedIn).detail.session).to.equal(session);
  });

  it('says the email or password is wrong and selects the password', async () => {
    const el = await mount('rapport-admin-sign-in', { api: api(refuse({ code: 'invalid-credentials', status: 401 })) });
    await submit(el);
    await waitFor(() => text(parts(el).alert) !== '', 'the error message');
    expect(text(parts(el).alert)).to.equal('Wrong email or password. Check both and try again.');
    expect(parts(el).button.disabled).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(parts(el).password);
  });

  it('counts a lockout down and keeps the button disabled until it ends', async () => {
    const el = await mount('rapport-admin-sign-in', { api: api(refuse({ code: 'locked', status: 429, retryAfter: 2 })) });
    await submit(el);
    await waitFor(() => text(parts(el).alert) !== '', 'the error message');
    expect(text(parts(el).alert)).to.equal('Too many attempts. Try again in 2 seconds.');
    expect(parts(el).alert.querySelector('[role=timer]')).to.exist;
    expect(parts(el).button.disabled).to.equal(true);
    await waitFor(() => text(parts(el).alert) === 'Too many attempts. Try again in 1 second.', 'the countdown at 1 second', 2000);
    await waitFor(() => text(parts(el).alert) === 'You can try again now.', 'the end of the lockout', 2000);
    expect(parts(el).button.disabled).to.equal(false);
  });

  it('says when Rapport cannot be reached', async () => {
    const el = await mount('rapport-admin-sign-in', { api: new AdminApi(UNREACHABLE) });
    await submit(el);
    await waitFor(() => text(parts(el).alert) !== '', 'the error message', 4000);
    expect(text(parts(el).alert)).to.equal('Can’t reach Rapport. Check your connection and try again.');
  });

  it('shows a notice above the form', async () => {
    const el = await mount('rapport-admin-sign-in', { notice: 'Your session has ended. Sign in again to continue.' });
    expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.equal('Your session has ended. Sign in again to continue.');
  });
});
