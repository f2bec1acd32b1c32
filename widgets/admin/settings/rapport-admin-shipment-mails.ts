/**
 * @module <rapport-admin-shipment-mails>: which shipment emails the shop sends shoppers
 * (shipped, out for delivery, delivered, delayed) and the order-status page they link to.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import { AdminAction } from '../app/admin-action.ts';
import { untilGiven } from '../app/admin-load.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import type { SettingsApi, ShipmentMailSettings } from './settings-api.ts';
import { settingsText } from './settings-texts.ts';

/** The switches, in the order a parcel goes through them. */
export const SHIPMENT_MAIL_SWITCHES = ['shipped', 'outForDelivery', 'delivered', 'delayed'] as const;

/** An absolute http(s) address, as the server accepts it. */
export function isPageUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Shipment emails: four switches (each off until the owner turns it on) and the store's
 * order-status page the emails link back to. Saved together with one button.
 *
 * @summary Shipment email switches.
 * @tag rapport-admin-shipment-mails
 */
export class RapportAdminShipmentMails extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      .card > p { margin: 4px 0 20px; }
      form { display: grid; gap: 20px; }
      fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
      legend { margin-bottom: 10px; padding: 0; }
      .switches { display: flex; flex-wrap: wrap; gap: 10px 24px; }
      .switches label { display: inline-flex; align-items: center; gap: 8px; }
      .field input { max-width: 480px; }
      .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
    `,
  ];

  /** The settings calls (`shipmentMails`, `saveShipmentMails`). */
  @property({ attribute: false }) api?: Pick<SettingsApi, 'shipmentMails' | 'saveShipmentMails'>;

  @state() private saved = '';
  /** The settings as saved on the server: loaded for each API, then replaced by each save's answer. */
  private readonly settings = new LoadController(this, {
    args: () => [this.api] as const,
    load: ([api], signal) => (api ? api.shipmentMails(signal) : untilGiven<ShipmentMailSettings>()),
  });
  private readonly action = new AdminAction<'save'>(this);
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const { value, error } = this.settings;
    return html`<section class="card" aria-labelledby="ship-heading">
      <h2 id="ship-heading">${settingsText('ship.heading')}</h2>
      <p class="muted">${settingsText('ship.intro')}</p>
      ${value ? this.form(value)
        : error ? html`<p class="error" role="alert">${actionError(error)}</p>`
        : html`<p class="muted" role="status">${settingsText('ship.loading')}</p>`}
    </section>`;
  }

  private form(s: ShipmentMailSettings) {
    const busy = this.action.running !== '';
    return html`<form @submit=${this.save} @input=${this.edited} aria-busy=${busy ? 'true' : 'false'} novalidate>
      <fieldset><legend>${settingsText('ship.which')}</legend><div class="switches">
        ${SHIPMENT_MAIL_SWITCHES.map((k) => html`<label><input type="checkbox" role="switch" name="on" value=${k}
          .checked=${s[k]} />${settingsText(`ship.${k}`)}</label>`)}
      </div></fieldset>
      <div class="field">
        <label for="page-url">${settingsText('ship.pageUrl')}</label>
        <input id="page-url" name="pageUrl" type="url" inputmode="url" maxlength="2000" placeholder="https://"
          .value=${s.trackingPageUrl ?? ''} aria-describedby="page-hint" />
        <p id="page-hint" class="hint">${settingsText('ship.pageHint')}</p>
      </div>
      ${this.action.error ? html`<p class="error" role="alert">${this.action.error}</p>` : nothing}
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${busy}>${busy ? settingsText('ship.saving') : settingsText('ship.save')}</button>
        <span class="status-line" role="status">${this.saved}</span>
      </div>
    </form>`;
  }

  private edited(): void {
    this.saved = '';
    this.action.clear();
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (!this.api) return;
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const on = data.getAll('on').map(String);
    const pageUrl = String(data.get('pageUrl') ?? '').trim();
    if (pageUrl && !isPageUrl(pageUrl)) {
      this.action.fail(settingsText('ship.badUrl', { https: 'https://', http: 'http://' }));
      return;
    }
    const next: ShipmentMailSettings = {
      shipped: on.includes('shipped'), outForDelivery: on.includes('outForDelivery'),
      delivered: on.includes('delivered'), delayed: on.includes('delayed'),
      ...(pageUrl ? { trackingPageUrl: pageUrl } : {}),
    };
    const res = await this.action.run('save', () => this.api!.saveShipmentMails(next));
    if (!res) return;
    this.settings.value = res; // the server's answer is what is saved now
    this.saved = settingsText('ship.saved');
  }
}

defineElement('rapport-admin-shipment-mails', RapportAdminShipmentMails);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-shipment-mails': RapportAdminShipmentMails;
  }
}
