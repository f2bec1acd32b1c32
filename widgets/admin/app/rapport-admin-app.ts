/**
 * @module <rapport-admin-app>: the admin page's root — the entry of the admin bundle.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { AdminApi, type AdminSession } from './admin-api.ts';
import type { AdminSignedInEvent } from './admin-events.ts';
import { untilGiven } from './admin-load.ts';
import { AdminLocaleController, applyAdminLocale, preferredAdminLocale } from './admin-locale.ts';
import { adminBase } from './admin-styles.ts';
import { adminLocale } from './admin-i18n.ts';
import { adminText } from './admin-texts.ts';
import './rapport-admin-sign-in.ts';
import './rapport-admin-shell.ts';

type Phase = 'checking' | 'unreachable' | 'signed-out' | 'signed-in';

/**
 * The admin app: speaks the staff member's language (their last choice in this browser,
 * else the browser's), asks the server who is signed in, then shows the sign-in form or
 * the admin shell, and goes back to the form when the session ends or the staff member
 * signs out.
 *
 * @summary Root of the merchant admin page.
 * @tag rapport-admin-app
 * @cssproperty --rapport-admin-accent - Accent colour (buttons, links, active navigation).
 * @cssproperty --rapport-admin-font - Font stack of the whole admin.
 */
export class RapportAdminApp extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host { display: block; min-height: 100vh; background: var(--_bg); }
      .center { min-height: 100vh; display: grid; place-items: center; padding: 24px; }
      .status { display: flex; align-items: center; gap: 12px; color: var(--_muted); }
      .spinner {
        width: 18px; height: 18px; border-radius: 50%; border: 2px solid var(--_border);
        border-top-color: var(--_accent); animation: spin 0.8s linear infinite;
      }
      @keyframes spin { to { transform: rotate(360deg); } }
      @media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 2.4s; } }
      .card { max-width: 420px; display: grid; gap: 16px; justify-items: start; }
    `,
  ];

  /** Origin of the Rapport API; the page's own by default. */
  @property({ attribute: 'api-base' }) apiBase = location.origin;
  /** The admin API; made from `api-base` on first connection unless one is given. */
  @property({ attribute: false }) api?: AdminApi;

  @state() private phase: Phase = 'checking';
  @state() private session?: AdminSession;
  @state() private notice = '';
  /** Failed sign-ins to show once: only just after signing in with the form, never on a reload. */
  @state() private failedSignIns = 0;
  /** Who is signed in: asked as soon as the API is known, and again on "Try again". */
  private readonly who = new LoadController(this, {
    args: () => [this.api] as const,
    load: ([api], signal) => (api ? api.session(signal) : untilGiven<AdminSession>()),
  });
  /** The check's answer that last decided the phase (each answer decides it once). */
  private decided?: unknown;
  /** False until the staff member's language is applied: nothing shows before it (no flash of English). */
  @state() private localeApplied = false;
  private localeReady?: Promise<void>;
  private readonly i18n = new AdminLocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // The language and the session check load side by side; the first screen waits for the language.
    this.localeReady ??= applyAdminLocale(preferredAdminLocale())
      .catch((err) => console.warn('[rapport] could not load the admin texts; showing English', err))
      .then(() => void (this.localeApplied = true));
    this.api ??= new AdminApi(this.apiBase);
    this.api.onUnauthorized = () => void this.signedOut(adminText('app.sessionEnded'));
  }

  /** Resolves once a render in the staff member's language is done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.localeReady;
    return super.getUpdateComplete();
  }

  override willUpdate(): void {
    this.lang = adminLocale();
    // While checking, the check's answer decides: signed in, nobody (401), or unreachable.
    const { status, value, error } = this.who;
    const answer = status === 'done' ? value : status === 'error' ? error : undefined;
    if (this.phase !== 'checking' || !answer || answer === this.decided) return;
    this.decided = answer;
    if (value && status === 'done') {
      this.session = value;
      this.phase = 'signed-in';
    } else {
      this.notice = '';
      this.phase = error?.status === 401 ? 'signed-out' : 'unreachable';
    }
  }

  override render() {
    if (!this.localeApplied) return nothing;
    switch (this.phase) {
      case 'checking':
        return html`<main class="center"><p class="status" role="status">
          <span class="spinner" aria-hidden="true"></span>${adminText('app.loading')}</p></main>`;
      case 'unreachable':
        return html`<main class="center"><div class="card">
          <h1>${adminText('app.title')}</h1>
          <p role="alert">${adminText('app.unreachable')}</p>
          <button class="button primary" @click=${this.retry}>${adminText('app.retry')}</button>
        </div></main>`;
      case 'signed-out':
        return html`<rapport-admin-sign-in .api=${this.api} .notice=${this.notice}
          @rapport-admin-signed-in=${this.signedIn}></rapport-admin-sign-in>`;
      case 'signed-in':
        return html`<rapport-admin-shell .api=${this.api} .session=${this.session} .failedSignIns=${this.failedSignIns}
          @rapport-admin-signed-out=${() => this.signedOut('')}></rapport-admin-shell>`;
    }
  }

  override updated(): void {
    if (this.localeApplied && this.phase !== 'signed-in') document.title = adminText('app.title');
  }

  private retry(): void {
    this.phase = 'checking';
    this.who.reload();
  }

  private async signedIn(e: AdminSignedInEvent): Promise<void> {
    this.session = e.detail.session;
    this.failedSignIns = e.detail.session.failedSignIns;
    this.notice = '';
    this.phase = 'signed-in';
    await this.updateComplete;
    this.renderRoot.querySelector('rapport-admin-shell')?.focusPage();
  }

  private async signedOut(notice: string): Promise<void> {
    const wasSignedIn = this.phase === 'signed-in';
    this.session = undefined;
    this.failedSignIns = 0;
    this.notice = notice;
    this.phase = 'signed-out';
    await this.updateComplete;
    if (wasSignedIn) this.renderRoot.querySelector('rapport-admin-sign-in')?.focus();
  }
}

defineElement('rapport-admin-app', RapportAdminApp);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-app': RapportAdminApp;
  }
}
