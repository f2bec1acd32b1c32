/**
 * @module <rapport-admin-order-detail>: one order for the merchant — who, what, the total,
 * and per parcel the very timeline, estimate and checkpoints the shopper's tracker shows
 * (the server's `trackingView`).
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import { untilGiven } from '../app/admin-load.ts';
import { dateLabel, emailLabel, fullTimeLabel, moneyLabel, timeLabel } from '../app/admin-format.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBadges, adminBase, adminControls } from '../app/admin-styles.ts';
import type { AdminOrderDetail, OrdersApi, Parcel } from './orders-api.ts';
import { ordersBadges } from './orders-styles.ts';
import { ordersLabel, ordersText } from './orders-texts.ts';

/** A calendar day `YYYY-MM-DD` as the admin reads dates (taken at noon UTC, so no zone moves it to another day). */
const dayLabel = (day: string) => dateLabel(`${day}T12:00:00Z`);

/**
 * One order (`GET /v1/admin/orders/{id}`): number, date, customer, status and total, its
 * items, and each parcel's carrier, tracking number (a link when there is one), estimate,
 * late and exception flags, the seven steps with their state and time, and the
 * checkpoints. "Back to orders" fires `rapport-admin-order-back`. The heading takes focus
 * once the order is shown.
 *
 * @summary Admin order detail.
 * @tag rapport-admin-order-detail
 * @fires rapport-admin-order-back - "Back to orders" was chosen.
 */
export class RapportAdminOrderDetail extends LitElement {
  static override styles = [
    adminBase, adminControls, adminBadges, ordersBadges,
    css`
      :host { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
      .head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
      h2 { margin: 0; overflow-wrap: anywhere; }
      h2:focus { outline: none; }
      h3 { margin: 0 0 8px; font-size: 15px; }
      h4 { margin: 12px 0 4px; font-size: 14px; }
      dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 6px 16px; margin: 12px 0 0; }
      dt { color: var(--_muted); }
      dd { margin: 0; overflow-wrap: anywhere; }
      ul, ol { margin: 0; padding: 0; list-style: none; }
      .lines li { padding: 6px 0; border-top: 1px solid var(--_border); overflow-wrap: anywhere; }
      .parcel { border-top: 1px solid var(--_border); padding-top: 12px; margin-top: 12px; }
      .steps { display: grid; gap: 4px; }
      .steps li { display: flex; flex-wrap: wrap; gap: 2px 8px; align-items: baseline; }
      .steps li::before { content: '○'; color: var(--_muted); }
      .steps li.done::before { content: '●'; color: #05603a; }
      .steps li.current::before { content: '◉'; color: #283aa8; }
      .steps li.current { font-weight: 600; }
      .steps time, .events time { color: var(--_muted); font-size: 13px; font-variant-numeric: tabular-nums; }
      .events li { display: flex; flex-wrap: wrap; gap: 2px 12px; padding: 6px 0; border-top: 1px solid var(--_border); overflow-wrap: anywhere; }
      .events time { flex: 0 0 150px; }
      .back { justify-self: start; }
      @media (max-width: 599px) { .events time { flex-basis: 100%; } dl { grid-template-columns: minmax(0, 1fr); } dd { margin-bottom: 6px; } }
    `,
  ];

  /** The area's calls (only `order` is used). */
  @property({ attribute: false }) api?: Pick<OrdersApi, 'order'>;
  @property({ attribute: false }) orderId?: string;

  private readonly detail = new LoadController(this, {
    args: () => [this.api, this.orderId] as const,
    load: ([api, id], signal) => (api && id ? api.order(id, signal) : untilGiven<AdminOrderDetail>()),
  });
  private readonly i18n = new AdminLocaleController(this);
  private focused?: string;

  override render() {
    const { value, error, status } = this.detail;
    const back = html`<button class="button back" type="button" @click=${() => this.dispatchEvent(new Event('rapport-admin-order-back', { bubbles: true, composed: true }))}>
      ${ordersText('order.back')}</button>`;
    if (error) {
      return html`${back}<p class="error" role="alert">${error.status === 404 ? ordersText('order.notFound') : actionError(error)}</p>`;
    }
    if (!value || value.order.id !== this.orderId) {
      return html`${back}${status === 'loading' ? html`<p class="muted" role="status">${ordersText('order.loading')}</p>` : nothing}`;
    }
    const { order, lines, tracking } = value;
    return html`${back}
      <section class="card" aria-labelledby="order-heading">
        <div class="head">
          <h2 id="order-heading" tabindex="-1">${ordersText('order.heading', { number: '\u2068' + order.number + '\u2069' })}</h2>
          <span class="badge ${order.status}">${ordersLabel('status', order.status)}</span>
          ${tracking.late ? html`<span class="badge late">${ordersText('order.late')}</span>` : nothing}
        </div>
        <p class="muted"><time datetime=${order.placedAt} title=${fullTimeLabel(order.placedAt)}>${ordersText('order.placed', { date: timeLabel(order.placedAt) })}</time></p>
        <dl>
          ${order.customerName ? html`<dt>${ordersText('order.customer')}</dt><dd><bdi>${order.customerName}</bdi></dd>` : nothing}
          <dt>${ordersText('order.email')}</dt><dd>${emailLabel(order.email)}</dd>
          <dt>${ordersText('order.total')}</dt><dd>${moneyLabel(order.totalAmount, order.currency)}</dd>
          ${tracking.shippingMethod ? html`<dt>${ordersText('order.shippingMethod')}</dt><dd><bdi>${tracking.shippingMethod}</bdi></dd>` : nothing}
          ${tracking.estimatedDelivery ? html`<dt>${ordersText('order.estimate')}</dt>
            <dd>${ordersText('order.estimateShop', { date: dayLabel(tracking.estimatedDelivery) })}</dd>` : nothing}
        </dl>
      </section>
      <section class="card" aria-labelledby="order-lines">
        <h3 id="order-lines">${ordersText('order.lines')}</h3>
        <ul class="lines">${lines.map((l) => html`<li><bdi>${l.title}</bdi> × ${l.quantity} · ${moneyLabel(l.unitAmount, order.currency)}</li>`)}</ul>
      </section>
      <section class="card" aria-labelledby="order-parcels">
        <h3 id="order-parcels">${ordersText('order.parcels')}</h3>
        ${tracking.parcels.length === 0 ? html`<p class="muted">${ordersText('order.noParcels')}</p>`
          : tracking.parcels.map((p, i) => this.parcel(p, i, tracking.parcels.length))}
      </section>`;
  }

  private parcel(p: Parcel, i: number, count: number) {
    const id = `parcel-${i + 1}`;
    return html`<div class="parcel" role="group" aria-labelledby=${id}>
      <div class="head">
        <h4 id=${id}>${ordersText('order.parcel', { index: i + 1, count })}</h4>
        <span class="badge ${p.status}">${ordersLabel('status', p.status)}</span>
        ${p.exception ? html`<span class="badge exception">${ordersLabel('exception', p.exception)}</span>` : nothing}
        ${p.late ? html`<span class="badge late">${ordersText('order.late')}</span>` : nothing}
      </div>
      <dl>
        ${p.carrier ? html`<dt>${ordersText('order.carrier')}</dt><dd><bdi>${p.carrier}</bdi></dd>` : nothing}
        ${p.trackingNumber ? html`<dt>${ordersText('order.tracking')}</dt><dd>${p.trackingUrl
          ? html`<a href=${p.trackingUrl} target="_blank" rel="noopener noreferrer"><bdi>${p.trackingNumber}</bdi></a>`
          : html`<bdi>${p.trackingNumber}</bdi>`}</dd>` : nothing}
        ${p.deliveredAt ? html`<dt>${ordersLabel('status', 'delivered')}</dt><dd>${timeLabel(p.deliveredAt)}</dd>`
          : p.estimatedDelivery ? html`<dt>${ordersText('order.estimate')}</dt><dd>${ordersText(
            p.estimateSource === 'carrier' ? 'order.estimateCarrier' : 'order.estimateShop', { date: dayLabel(p.estimatedDelivery) })}</dd>` : nothing}
      </dl>
      <h4 id="${id}-steps">${ordersText('order.timeline')}</h4>
      <ol class="steps" aria-labelledby="${id}-steps">${p.steps.map((s) => html`<li class=${s.state} aria-current=${s.state === 'current' ? 'step' : nothing}>
        <span>${ordersLabel('step', s.step)}</span><span class="visually-hidden">(${ordersText(`stepState.${s.state}`)})</span>
        ${s.at ? html`<time datetime=${s.at} title=${fullTimeLabel(s.at)}>${timeLabel(s.at)}</time>` : nothing}
      </li>`)}</ol>
      <h4 id="${id}-events">${ordersText('order.events')}</h4>
      ${p.events.length === 0 ? html`<p class="muted">${ordersText('order.noEvents')}</p>` : html`<ol class="events" aria-labelledby="${id}-events">
        ${[...p.events].reverse().map((e) => html`<li><time datetime=${e.at} title=${fullTimeLabel(e.at)}>${timeLabel(e.at)}</time>
          <span>${ordersLabel('status', e.status)}</span>${e.message ? html`<bdi>${e.message}</bdi>` : nothing}
          ${e.location ? html`<span class="muted"><bdi>${e.location}</bdi></span>` : nothing}</li>`)}</ol>`}
    </div>`;
  }

  protected override updated(): void {
    const value = this.detail.value;
    if (value && value.order.id === this.orderId && this.focused !== this.orderId) {
      this.focused = this.orderId;
      this.renderRoot.querySelector<HTMLElement>('#order-heading')?.focus();
    }
  }
}

defineElement('rapport-admin-order-detail', RapportAdminOrderDetail);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-order-detail': RapportAdminOrderDetail;
  }
}
