/**
 * @module <rapport-admin-webhook-deliveries>: what each platform sent and what became of
 * it — accepted, duplicate, stale, refused and why (the reason and the payload path).
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import { untilGiven } from '../app/admin-load.ts';
import { fullTimeLabel, timeLabel } from '../app/admin-format.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBadges, adminBase, adminControls, adminTable } from '../app/admin-styles.ts';
import { DELIVERY_OUTCOMES, DELIVERY_PLATFORMS, type DeliveryItem, type DeliveryPage, type Outcome, type OrdersApi, type Platform } from './orders-api.ts';
import { ordersBadges } from './orders-styles.ts';
import { ordersLabel, ordersText } from './orders-texts.ts';

/** The platforms' own names (brands, never translated); a custom store's is a text. */
const PLATFORM_NAMES: Partial<Record<Platform, string>> = { shopify: 'Shopify', woocommerce: 'WooCommerce', medusa: 'Medusa' };
const platformName = (p: Platform) => PLATFORM_NAMES[p] ?? ordersLabel('platform', p);

/**
 * The webhook deliveries (`GET /v1/admin/webhook-deliveries`), newest first, filtered by
 * platform and outcome as the selects change: when, platform, topic (or "import"),
 * outcome, and for a refusal or a stale delivery why (and where in the payload).
 *
 * @summary Admin webhook delivery log.
 * @tag rapport-admin-webhook-deliveries
 */
export class RapportAdminWebhookDeliveries extends LitElement {
  static override styles = [
    adminBase, adminControls, adminTable, adminBadges, ordersBadges,
    css`
      :host { display: block; }
      .card > p { margin: 4px 0 16px; }
      .filters { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 16px; }
      .filters .field { flex: 0 1 220px; }
      .why { overflow-wrap: anywhere; }
      .why .detail { display: block; color: var(--_muted); font-size: 13px; }
      code { font-size: 13px; }
      @media (max-width: 599px) {
        thead { display: none; }
        table, tbody, tr, td { display: block; }
        tr { border-top: 1px solid var(--_border); padding: 8px 0; }
        td { border: 0; padding: 2px 0; }
      }
    `,
  ];

  /** The area's calls (only `deliveries` is used). */
  @property({ attribute: false }) api?: Pick<OrdersApi, 'deliveries'>;
  @state() private platform?: Platform;
  @state() private outcome?: Outcome;

  private readonly log = new LoadController(this, {
    args: () => [this.api, this.platform, this.outcome] as const,
    load: ([api, platform, outcome], signal) => (api ? api.deliveries({ platform, outcome }, signal) : untilGiven<DeliveryPage>()),
  });
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const { value, error, status } = this.log;
    return html`<section class="card" aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading">${ordersText('deliveries.heading')}</h2>
      <p class="muted">${ordersText('deliveries.intro')}</p>
      <div class="filters">
        <div class="field"><label for="deliveries-platform">${ordersText('deliveries.platform')}</label>
          <select id="deliveries-platform" @change=${(e: Event) => (this.platform = ((e.target as HTMLSelectElement).value || undefined) as Platform | undefined)}>
            <option value="">${ordersText('deliveries.all')}</option>
            ${DELIVERY_PLATFORMS.map((p) => html`<option value=${p} ?selected=${p === this.platform}>${platformName(p)}</option>`)}
          </select></div>
        <div class="field"><label for="deliveries-outcome">${ordersText('deliveries.outcome')}</label>
          <select id="deliveries-outcome" @change=${(e: Event) => (this.outcome = ((e.target as HTMLSelectElement).value || undefined) as Outcome | undefined)}>
            <option value="">${ordersText('deliveries.all')}</option>
            ${DELIVERY_OUTCOMES.map((o) => html`<option value=${o} ?selected=${o === this.outcome}>${ordersLabel('outcome', o)}</option>`)}
          </select></div>
      </div>
      ${error ? html`<p class="error" role="alert">${actionError(error)}</p>`
        : !value ? (status === 'loading' ? html`<p class="muted" role="status">${ordersText('deliveries.loading')}</p>` : nothing)
        : value.items.length === 0 ? html`<p class="muted" role="status">${ordersText('deliveries.none')}</p>`
        : html`<div class="table-wrap" aria-busy=${status === 'loading' ? 'true' : 'false'}><table>
            <caption class="visually-hidden">${ordersText('deliveries.caption')}</caption>
            <thead><tr>
              <th scope="col">${ordersText('deliveries.received')}</th><th scope="col">${ordersText('deliveries.platform')}</th>
              <th scope="col">${ordersText('deliveries.topic')}</th><th scope="col">${ordersText('deliveries.outcome')}</th>
              <th scope="col">${ordersText('deliveries.why')}</th>
            </tr></thead>
            <tbody>${value.items.map((d) => this.row(d))}</tbody>
          </table></div>`}
    </section>`;
  }

  private row(d: DeliveryItem) {
    return html`<tr data-outcome=${d.outcome}>
      <td class="time"><time datetime=${d.receivedAt} title=${fullTimeLabel(d.receivedAt)}>${timeLabel(d.receivedAt)}</time></td>
      <td>${platformName(d.platform)}</td>
      <td>${d.source === 'import' ? ordersText('deliveries.import') : d.topic ? html`<code><bdi>${d.topic}</bdi></code>` : nothing}</td>
      <td><span class="badge ${d.outcome}">${ordersLabel('outcome', d.outcome)}</span></td>
      <td class="why">${d.reason ? html`<code><bdi>${d.reason}</bdi></code>` : nothing}
        ${d.path ? html` ${ordersText('deliveries.at', { path: d.path })}` : nothing}
        ${d.detail ? html`<span class="detail"><bdi>${d.detail}</bdi></span>` : nothing}</td>
    </tr>`;
  }
}

defineElement('rapport-admin-webhook-deliveries', RapportAdminWebhookDeliveries);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-webhook-deliveries': RapportAdminWebhookDeliveries;
  }
}
