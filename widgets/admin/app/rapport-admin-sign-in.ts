/**
 * @module <rapport-admin-sign-in>: the staff sign-in form.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import type { AdminApi } from './admin-api.ts';
import { AdminSignedInEvent } from './admin-events.ts';
import { rapportMark } from './admin-icons.ts';
import { AdminLocaleController } from './admin-locale.ts';
import { adminBase } from './admin-styles.ts';
import { adminText } from './admin-texts.ts';
import './rapport-admin-locale-menu.ts';
import { secondsLeft, signInMessage, signInProblem, type SignInProblem } from './sign-in-errors.ts';

/**
 * The staff sign-in form: email and password with the browser's own validation, the
 * server's refusal as a plain sentence in an alert region, a live countdown while the
 * account is locked after repeated failures, and the language menu in the corner.
 *
 * @summary Staff sign-in form.
 * @tag rapport-admin-sign-in
 * @event rapport-admin-signed-in - `AdminSignedInEvent` with the new session.
 * @csspart card - The box around the form.
 */
export class RapportAdminSignIn extends LitElement {
  /** `focus()` on the element lands in the email field. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    adminBase,
    css`
      :host { display: block; }
      main {
        position: relative; min-height: 100vh; display: grid; place-items: center; padding: 64px 16px 24px;
        background: var(--_bg);
      }
      /* After the form in the DOM (focus() lands in the email field, Tab reaches it last), top-right on screen. */
      rapport-admin-locale-menu { position: absolute; top: 12px; right: 12px; font-size: 13px; }
      .card { width: 100%; max-width: 400px; padding: 32px; box-shadow: 0 1px 2px rgb(16 24 40 / 6%); }
      .brand { display: flex; align-items: center; gap: 10px; margin-bottom: 24px; font-weight: 650; font-size: 16px; }
      .intro { margin: 6px 0 24px; }
      form { display: grid; gap: 16px; }
      label { display: block; font-weight: 550; margin-bottom: 6px; }
      input {
        display: block; width: 100%; height: 40px; padding: 0 12px; font: inherit; font-size: 15px;
        color: var(--_text); background: var(--_surface); border: 1px solid #7b8597; border-radius: 6px;
      }
      input:focus-visible { border-color: var(--_accent); }
      .button { width: 100%; min-height: 40px; margin-top: 4px; }
      .notice { margin-bottom: 16px; padding: 10px 12px; border-radius: 6px; background: var(--_accent-soft); }
    `,
  ];

  /** The admin API (only `signIn` is used). */
  @property({ attribute: false }) api?: Pick<AdminApi, 'signIn'>;
  /** A notice shown above the form, e.g. that the previous session has ended. */
  @property() notice = '';

  @state() private submitting = false;
  @state() private problem?: SignInProblem;
  @state() private now = Date.now();
  @query('#password') private password!: HTMLInputElement;
  @query('button') private button!: HTMLButtonElement;
  private ticker?: ReturnType<typeof setInterval>;
  private readonly i18n = new AdminLocaleController(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  override render() {
    const message = this.problem ? signInMessage(this.problem, this.now) : undefined;
    return html`<main>
      <div class="card" part="card">
        <div class="brand">${rapportMark}<span>Rapport</span></div>
        <h1>${adminText('signIn.heading')}</h1>
        <p class="intro muted">${adminText('signIn.intro')}</p>
        ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
        <form @submit=${this.submit}>
          <div class="error" id="problem" role="alert">${message
            ? html`${message.text}${message.countdown ? html` <span role="timer">${message.countdown}</span>` : nothing}`
            : nothing}</div>
          <div>
            <label for="email">${adminText('signIn.email')}</label>
            <input id="email" name="email" type="email" autocomplete="username" required spellcheck="false" />
          </div>
          <div>
            <label for="password">${adminText('signIn.password')}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required />
          </div>
          <button class="button primary" type="submit" ?disabled=${this.submitting || this.locked}
            aria-busy=${this.submitting ? 'true' : 'false'}>
            ${this.submitting ? adminText('signIn.submitting') : adminText('signIn.submit')}
          </button>
        </form>
      </div>
      <rapport-admin-locale-menu></rapport-admin-locale-menu>
    </main>`;
  }

  private get locked(): boolean {
    return this.problem?.kind === 'locked' && secondsLeft(this.problem.until, this.now) > 0;
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.submitting || this.locked || !this.api) return;
    const form = new FormData(e.currentTarget as HTMLFormElement);
    this.submitting = true;
    this.problem = undefined;
    const res = await this.api.signIn(String(form.get('email') ?? '').trim(), String(form.get('password') ?? ''));
    this.submitting = false;
    if (res.ok) {
      this.dispatchEvent(new AdminSignedInEvent(res.value));
      return;
    }
    this.show(signInProblem(res.error));
  }

  private show(problem: SignInProblem): void {
    this.problem = problem;
    this.now = Date.now();
    clearInterval(this.ticker);
    if (problem.kind === 'locked') {
      this.ticker = setInterval(() => {
        this.now = Date.now();
        if (!this.locked) clearInterval(this.ticker);
      }, 250);
    }
    // The button was disabled while the request ran, which took focus from it: put the
    // keyboard where the next step is.
    void this.updateComplete.then(() => {
      if (problem.kind === 'wrong-credentials') this.password.select();
      else if (!this.locked) this.button.focus();
      else this.password.focus();
    });
  }
}

defineElement('rapport-admin-sign-in', RapportAdminSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-sign-in': RapportAdminSignIn;
  }
}
