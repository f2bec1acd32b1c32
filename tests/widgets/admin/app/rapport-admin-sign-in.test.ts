import { expect } from '@esm-bundle/chai';
import { AdminApi } from '../../../../widgets/admin/app/admin-api.ts';
import type { AdminSignedInEvent } from '../../../../widgets/admin/app/admin-events.ts';
import '../../../../widgets/admin/app/rapport-admin-sign-in.ts';
import type { RapportAdminSignIn } from '../../../../widgets/admin/app/rapport-admin-sign-in.ts';
import { UNREACHABLE, adminCalls, adminShop, mount, text, unmountAll, type AdminShop } from '../helpers.ts';
import { SETUP_MS, expectAccessible, waitFor } from '../../helpers.ts';

/** Sign-in checks the password with scrypt on the server: about a second on a busy machine. */
const SIGN_IN_MS = 25_000;

const parts = (el: RapportAdminSignIn) => {
  const root = el.shadowRoot!;
  return {
    email: root.querySelector<HTMLInputElement>('#email')!,
    password: root.querySelector<HTMLInputElement>('#password')!,
    button: root.querySelector<HTMLButtonElement>('button[type=submit]')!,
    alert: root.querySelector<HTMLElement>('[role=alert]')!,
  };
};

async function submit(el: RapportAdminSignIn, email: string, password: string) {
  const p = parts(el);
  p.email.value = email;
  p.password.value = password;
  p.button.click();
  await el.updateComplete;
}

describe('<rapport-admin-sign-in>', () => {
  let shop: AdminShop;
  const form = () => mount('rapport-admin-sign-in', { api: new AdminApi(location.origin) });

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
  });
  afterEach(async () => {
    unmountAll();
    await shop.fault('ok');
  });

  it('has no axe violations, empty and showing an error', async function () {
    this.timeout(SIGN_IN_MS);
    const el = await form();
    await expectAccessible(el);
    await submit(el, shop.agent.email, 'not-the-password');
    await waitFor(() => text(parts(el).alert) !== '', 'the error message', 20_000);
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
    const el = await form();
    const before = adminCalls.length;
    await submit(el, '', '');
    expect(parts(el).email.validity.valueMissing).to.equal(true);
    expect(adminCalls.slice(before)).to.deep.equal([]);
  });

  it('disables the button while signing in, then announces the signed-in session', async function () {
    this.timeout(SIGN_IN_MS);
    await shop.fault('slow', { path: '/v1/admin/session', ms: 1500 });
    const el = await form();
    const signedIn = new Promise<AdminSignedInEvent>((r) => el.addEventListener('rapport-admin-signed-in', r));
    await submit(el, `  ${shop.owner.email} `, shop.password);
    expect(parts(el).button.disabled).to.equal(true);
    expect(text(parts(el).button)).to.equal('Signing in…');
    const { session } = (await signedIn).detail;
    expect(session.staff).to.deep.equal(shop.owner);
    expect(session.shop.publicKey).to.equal(shop.key);
    expect(session).to.not.have.property('csrfToken'); // kept inside the API, never handed to elements
    const sent = (await shop.requests({ method: 'POST', path: '/v1/admin/session' })).at(-1)!;
    expect(sent.body).to.deep.equal({ email: shop.owner.email, password: shop.password });
  });

  it('says the email or password is wrong and selects the password', async function () {
    this.timeout(SIGN_IN_MS);
    const el = await form();
    await submit(el, shop.agent.email, 'not-the-password');
    await waitFor(() => text(parts(el).alert) !== '', 'the error message', 20_000);
    expect(text(parts(el).alert)).to.equal('Wrong email or password. Check both and try again.');
    expect(parts(el).button.disabled).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(parts(el).password);
  });

  it('counts a lockout down and keeps the button disabled until it ends', async () => {
    await shop.fault('rate-once', { path: '/v1/admin/session' }); // 429 with Retry-After: 1
    const el = await form();
    await submit(el, shop.agent.email, shop.password);
    await waitFor(() => text(parts(el).alert) !== '', 'the error message');
    expect(text(parts(el).alert)).to.equal('Too many attempts. Try again in 1 second.');
    expect(parts(el).alert.querySelector('[role=timer]')).to.exist;
    expect(parts(el).button.disabled).to.equal(true);
    await waitFor(() => text(parts(el).alert) === 'You can try again now.', 'the end of the lockout', 2500);
    expect(parts(el).button.disabled).to.equal(false);
  });

  it('says how long the server locks an account that strangers guessed at', async () => {
    await shop.throttleSignIn('agent');
    const el = await form();
    await submit(el, shop.agent.email, shop.password);
    await waitFor(() => text(parts(el).alert) !== '', 'the error message');
    // The server's window may be about to end: "1 second" is as right as "42 seconds".
    expect(text(parts(el).alert)).to.match(/^Too many attempts\. Try again in (1 second|\d+ seconds)\.$/);
    expect(parts(el).button.disabled).to.equal(true);
  });

  it('says when Rapport cannot be reached', async () => {
    const el = await mount('rapport-admin-sign-in', { api: new AdminApi(UNREACHABLE) });
    await submit(el, 'ana@example.com', 'secret-pass');
    await waitFor(() => text(parts(el).alert) !== '', 'the error message', 4000);
    expect(text(parts(el).alert)).to.equal('Can’t reach Rapport. Check your connection and try again.');
  });

  it('shows a notice above the form', async () => {
    const el = await mount('rapport-admin-sign-in', { notice: 'Your session has ended. Sign in again to continue.' });
    expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.equal('Your session has ended. Sign in again to continue.');
  });
});
