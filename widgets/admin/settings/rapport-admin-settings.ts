/**
 * @module <rapport-admin-settings>: the Settings page — install tag, response times,
 * shipment emails, delivery estimates, mail log and activity.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import type { AdminSession } from '../app/admin-api.ts';
import type { SettingsApi } from './settings-api.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase } from '../app/admin-styles.ts';
import { settingsText } from './settings-texts.ts';
import './rapport-admin-activity.ts';
import './rapport-admin-mail-log.ts';
import './rapport-admin-response-times.ts';
import './rapport-admin-shipment-mails.ts';
import './rapport-admin-delivery-rules.ts';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The one tag a shop owner pastes into their theme to get every widget. */
export function installSnippet(origin: string, publicKey: string): string {
  return `<script type="module" src="${attr(origin)}/widgets/rapport.js" data-shop="${attr(publicKey)}"></script>`;
}

/**
 * The Settings page: the shop's public key with the exact script tag to paste into the
 * store's theme (and a copy button), the response-time targets and the kinds the
 * feedback form offers, the mail log, then the shop's activity log.
 *
 * @summary Admin settings page.
 * @tag rapport-admin-settings
 */
export class RapportAdminSettings extends LitElement {
  static override styles = [
    adminBase,
    css`
      /* minmax(0, …): a wide table (the mail log) scrolls in its card instead of widening the page. */
      :host { display: grid; gap: 24px; grid-template-columns: minmax(0, 1fr); }
      .card > p { margin: 4px 0 20px; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 8px 24px; margin: 0 0 20px; }
      dt { color: var(--_muted); }
      dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
      code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace; font-size: 13px; }
      figure { margin: 0; }
      .label { display: block; font-weight: 550; margin-bottom: 6px; }
      pre {
        margin: 0 0 12px; padding: 14px 16px; border-radius: 6px; background: #f1f3f7; border: 1px solid var(--_border);
        white-space: pre-wrap; overflow-wrap: anywhere; line-height: 20px;
      }
      .copy { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
      .copied { color: var(--_ok); }
    `,
  ];

  /** The settings calls (`api.area(SettingsApi)`), passed on to the sections below the install tag. */
  @property({ attribute: false }) api?: Pick<SettingsApi, 'audit' | 'mail' | 'feedbackSettings' | 'saveFeedbackSettings' | 'shipmentMails' | 'saveShipmentMails' | 'deliveryRules' | 'saveDeliveryRules'>;
  /** The signed-in staff member and their shop. */
  @property({ attribute: false }) session?: AdminSession;
  /** Origin the widgets are served from; the admin's own by default. */
  @property() origin = location.origin;
  /** The section to go to (`activity`: the activity log), from the address's `#…`. */
  @property() section = '';

  @state() private copied: 'copied' | 'manual' | '' = '';
  @query('#snippet') private snippetEl!: HTMLElement;
  private clearCopied?: ReturnType<typeof setTimeout>;
  private readonly i18n = new AdminLocaleController(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.clearCopied);
  }

  override render() {
    const shop = this.session?.shop;
    if (!shop) return nothing;
    return html`<section class="card" aria-labelledby="install-heading">
        <h2 id="install-heading">${settingsText('settings.install')}</h2>
        <p class="muted">${settingsText('settings.installIntro')}</p>
        <dl>
          <dt>${settingsText('settings.shop')}</dt><dd>${shop.name}</dd>
          <dt>${settingsText('settings.publicKey')}</dt><dd><code>${shop.publicKey}</code></dd>
        </dl>
        <figure>
          <figcaption class="label">${settingsText('settings.snippet')}</figcaption>
          <pre><code id="snippet">${installSnippet(this.origin, shop.publicKey)}</code></pre>
        </figure>
        <div class="copy">
          <button class="button primary" type="button" @click=${this.copy}>${settingsText('settings.copy')}</button>
          <span role="status" class=${this.copied === 'copied' ? 'copied' : 'muted'}>${this.copied === 'copied'
            ? settingsText('settings.copied')
            : this.copied === 'manual' ? settingsText('settings.copyManually') : nothing}</span>
        </div>
      </section>
      <rapport-admin-response-times .api=${this.api}></rapport-admin-response-times>
      <rapport-admin-shipment-mails .api=${this.api}></rapport-admin-shipment-mails>
      <rapport-admin-delivery-rules .api=${this.api}></rapport-admin-delivery-rules>
      <rapport-admin-mail-log .api=${this.api}></rapport-admin-mail-log>
      <rapport-admin-activity id="activity" .api=${this.api} .session=${this.session}></rapport-admin-activity>`;
  }

  override updated(changed: PropertyValues<this>): void {
    // Opened at /admin/settings#activity (e.g. from the failed sign-ins notice): go to the activity log.
    if (changed.has('section') && this.section === 'activity') void this.renderRoot.querySelector('rapport-admin-activity')?.reveal();
  }

  private async copy(): Promise<void> {
    const text = this.snippetEl.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      this.copied = 'copied';
    } catch {
      // No clipboard access (insecure origin, permission refused): select the tag instead.
      const range = document.createRange();
      range.selectNodeContents(this.snippetEl);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.copied = 'manual';
    }
    clearTimeout(this.clearCopied);
    this.clearCopied = setTimeout(() => (this.copied = ''), 6000);
  }
}

defineElement('rapport-admin-settings', RapportAdminSettings);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-settings': RapportAdminSettings;
  }
}
