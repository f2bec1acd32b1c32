/**
 * @module <rapport-admin-app>: the admin page's root — the entry of the admin bundle.
 */
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { AdminApi, type AdminSession } from './admin-api.ts';
import type { AdminSignedInEvent } from './admin-events.ts';
import { AdminLocaleController, applyAdminLocale, preferredAdminLocale } from './admin-locale.ts';
import { adminBase } from './admin-styles.ts';
import { adminLocale, adminText } from './admin-texts.ts';
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
  private checking?: AbortController;
  private readonly i18n = new AdminLocaleController(this);
  /** The staff member's language, being applied; nothing renders before it (no flash of English). */
  private localeReady?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.localeReady ??= applyAdminLocale(preferredAdminLocale()).catch((err) => {
      console.warn('[rapport] could not load the admin texts; showing English', err);
    });
    this.api ??= new AdminApi(this.apiBase);
    this.api.onUnauthorized = () => void this.signedOut(adminText('app.sessionEnded'));
    if (this.phase === 'checking') void this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.checking?.abort();
  }

  protected override async scheduleUpdate(): Promise<void> {
    await this.localeReady;
    super.scheduleUpdate();
  }

  override willUpdate(): void {
    this.lang = adminLocale();
  }

  override render() {
    switch (this.phase) {
      case 'checking':
        return html`<main class="center"><p class="status" role="status">
          <span class="spinner" aria-hidden="true"></span>${adminText('app.loading')}</p></main>`;
      case 'unreachable':
        return html`<main class="center"><div class="card">
          <h1>${adminText('app.title')}</h1>
          <p role="alert">${adminText('app.unreachable')}</p>
          <button class="button primary" @click=${this.check}>${adminText('app.retry')}</button>
        </div></main>`;
      case 'signed-out':
        return html`<rapport-admin-sign-in .api=${this.api} .notice=${this.notice}
          @rapport-admin-signed-in=${this.signedIn}></rapport-admin-sign-in>`;
      case 'signed-in':
        return html`<rapport-admin-shell .api=${this.api} .session=${this.session}
          @rapport-admin-signed-out=${() => this.signedOut('')}></rapport-admin-shell>`;
    }
  }

  override updated(): void {
    if (this.phase !== 'signed-in') document.title = adminText('app.title');
  }

  private readonly check = async (): Promise<void> => {
    this.checking?.abort();
    const ctl = (this.checking = new AbortController());
    this.phase = 'checking';
    const res = await this.api!.session(ctl.signal);
    if (ctl.signal.aborted) return;
    if (res.ok) {
      this.session = res.value;
      this.phase = 'signed-in';
    } else if (res.error.status === 401) {
      this.signedOut('');
    } else {
      this.phase = 'unreachable';
    }
  };

  private async signedIn(e: AdminSignedInEvent): Promise<void> {
    this.session = e.detail.session;
    this.notice = '';
    this.phase = 'signed-in';
    await this.updateComplete;
    this.renderRoot.querySelector('rapport-admin-shell')?.focusPage();
  }

  private async signedOut(notice: string): Promise<void> {
    const wasSignedIn = this.phase === 'signed-in';
    this.session = undefined;
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
