/**
 * @module <rapport-admin-shipment-mails>: which shipment emails the shop sends shoppers
 * (shipped, out for delivery, delivered, delayed) and the order-status page they link to.
 */
import { css, html } from 'lit';
import { defineElement } from '../../core/define.ts';
import type { SettingsApi, ShipmentMailSettings } from './settings-api.ts';
import { SettingsSection } from './settings-section.ts';
import { settingsText } from './settings-texts.ts';

type Api = Pick<SettingsApi, 'shipmentMails' | 'saveShipmentMails'>;

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
export class RapportAdminShipmentMails extends SettingsSection<ShipmentMailSettings, Api> {
  static override styles = [
    ...SettingsSection.styles,
    css`
      .switches { display: flex; flex-wrap: wrap; gap: 10px 24px; }
      .switches label { display: inline-flex; align-items: center; gap: 8px; }
      .field input { max-width: 480px; }
    `,
  ];

  protected readonly headingId = 'ship-heading';
  protected readonly texts = {
    heading: 'ship.heading', intro: 'ship.intro', loading: 'ship.loading', save: 'ship.save', saving: 'ship.saving', saved: 'ship.saved',
  } as const;
  protected override readonly noValidate = true;

  protected load(api: Api, signal: AbortSignal) {
    return api.shipmentMails(signal);
  }

  protected store(api: Api, next: ShipmentMailSettings) {
    return api.saveShipmentMails(next);
  }

  protected fields(s: ShipmentMailSettings) {
    return html`<fieldset><legend>${settingsText('ship.which')}</legend><div class="switches">
        ${SHIPMENT_MAIL_SWITCHES.map((k) => html`<label><input type="checkbox" role="switch" name="on" value=${k}
          .checked=${s[k]} />${settingsText(`ship.${k}`)}</label>`)}
      </div></fieldset>
      <div class="field">
        <label for="page-url">${settingsText('ship.pageUrl')}</label>
        <input id="page-url" name="pageUrl" type="url" inputmode="url" maxlength="2000" placeholder="https://"
          .value=${s.trackingPageUrl ?? ''} aria-describedby="page-hint" />
        <p id="page-hint" class="hint">${settingsText('ship.pageHint')}</p>
      </div>`;
  }

  protected read(data: FormData): ShipmentMailSettings | { refused: string } {
    const on = data.getAll('on').map(String);
    const pageUrl = String(data.get('pageUrl') ?? '').trim();
    if (pageUrl && !isPageUrl(pageUrl)) return { refused: settingsText('ship.badUrl', { https: 'https://', http: 'http://' }) };
    return {
      shipped: on.includes('shipped'), outForDelivery: on.includes('outForDelivery'),
      delivered: on.includes('delivered'), delayed: on.includes('delayed'),
      ...(pageUrl ? { trackingPageUrl: pageUrl } : {}),
    };
  }
}

defineElement('rapport-admin-shipment-mails', RapportAdminShipmentMails);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-shipment-mails': RapportAdminShipmentMails;
  }
}
