/**
 * @module <rapport-order-tracker>: a guest finds an order by number and email, a verified
 * customer picks one of their orders without typing; either sees the order's parcels,
 * timelines, carrier links and estimates, can report a problem about it (the feedback
 * form with the order) and sees products recommended for the tracker.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerOrderList, OrderTrackingView } from '../../server/orders/contract.ts';
import { EMAIL_MAX, ORDER_NUMBER_MAX } from '../../server/orders/limits.ts';
import type { ApiError, Result } from '../core/api-client.ts';
import { SETUP_ERROR, apiGet, rapport, storefrontApi } from '../core/config.ts';
import { defineElement } from '../core/define.ts';
import { RapportEvent } from '../core/events.ts';
import { formStyles } from '../core/form-parts.ts';
import { powChallenge, solvePow } from '../core/proof-of-work.ts';
import { RapportElement } from '../core/rapport-element.ts';
import { baseStyles } from '../core/styles.ts';
import { orderView, statusText } from './order-view.ts';
import { orderTrackerStyles } from './rapport-order-tracker.styles.ts';
import { orderTrackerTexts, type OrderTrackerKey } from './texts.ts';

/** An order was found and shown (`detail.number`). */
export class RapportOrderTrackEvent extends RapportEvent<{ number: string }> {
  static readonly type = 'rapport-order-track';
  constructor(number: string) {
    super(RapportOrderTrackEvent.type, { number });
  }
}

/**
 * @summary Order tracking: a guest looks an order up by number and email, a verified
 * customer picks one of their orders; per parcel the carrier and its link, a timeline
 * (ordered → paid → packed → shipped → in transit → out for delivery → delivered, and
 * exceptions), checkpoint events in the shopper's time zone, the estimated delivery and
 * whether it is late. "Report a problem" opens `<rapport-feedback>` with the order.
 *
 * @tag rapport-order-tracker
 *
 * @event rapport-order-track - An order was found and shown; `detail.number`.
 * @event rapport-error - The widget switched to its error state; `detail.error` is the `ApiError`.
 *
 * @csspart base - The titled container (a labelled region).
 * @csspart title - The heading.
 * @csspart form - The guest's lookup form.
 * @csspart submit - The form's button.
 * @csspart orders - The verified customer's list of orders.
 * @csspart order - The order shown.
 * @csspart status - The order's status.
 * @csspart lines - The order's items.
 * @csspart parcel - One parcel.
 * @csspart timeline - A parcel's steps (an ordered list; the current one has aria-current="step").
 * @csspart events - A parcel's checkpoint events.
 * @csspart carrier-link - The link to the carrier's tracking page.
 * @csspart shipping-method - The shipping method the shopper chose, as the shop names it.
 * @csspart estimate - The estimated (or actual) delivery.
 * @csspart late - The late notice.
 * @csspart exception - A failed attempt, delay or return.
 * @csspart report - The "Report a problem" button.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssproperty --rapport-order-tracker-color-primary - Accent color (falls back to `--rapport-color-primary`).
 * @cssproperty --rapport-order-tracker-color-text - Text color (falls back to `--rapport-color-text`).
 * @cssproperty --rapport-order-tracker-color-muted - Hints and pending steps (falls back to `--rapport-color-muted`).
 * @cssproperty --rapport-order-tracker-color-bg - Background (falls back to `--rapport-color-bg`).
 * @cssproperty --rapport-order-tracker-color-border - Border color (falls back to `--rapport-color-border`).
 * @cssproperty --rapport-order-tracker-color-danger - Late and exception notices (falls back to `--rapport-color-danger`).
 * @cssproperty --rapport-order-tracker-radius - Corner radius in px (falls back to `--rapport-radius`).
 * @cssproperty --rapport-order-tracker-font-family - Font (falls back to `--rapport-font-family`).
 * @cssproperty --rapport-order-tracker-font-size - Base font size in px (falls back to `--rapport-font-size`).
 * @cssproperty --rapport-order-tracker-spacing - Base spacing in px (falls back to `--rapport-spacing`).
 * @cssproperty --rapport-order-tracker-min-height - The height it reserves from the start (default 360 px), so the page below never moves.
 *
 * @slot title - Replaces the heading text.
 * @slot recommendations - Under a shown order; by default `<rapport-recommendations placement="tracker">`.
 */
export class RapportOrderTracker extends RapportElement<OrderTrackerKey> {
  static override texts = orderTrackerTexts;
  static override styles = [baseStyles, formStyles, orderTrackerStyles];

  /** An order number to fill in (e.g. from a link in an email). */
  @property() order = '';

  @state() private number = '';
  @state() private email = '';
  @state() private busy: '' | 'finding' | 'checking' = '';
  @state() private problem?: ApiError | 'notFound' | 'numberMissing' | 'emailMissing';
  @state() private shown?: OrderTrackingView;
  @state() private reporting = false;

  /** A verified customer's orders (none asked for a guest). */
  private mine = this.load<CustomerOrderList | undefined, readonly [string | undefined]>({
    args: () => [this.session?.customer.id] as const,
    load: ([customer], signal) => (customer ? apiGet<CustomerOrderList>('/v1/orders', signal) : Promise.resolve({ ok: true, value: undefined })),
  });
  private shownFor?: string;

  protected renderContent() {
    const title = this.t('orderTracker.title');
    if (!rapport()?.shop) return this.renderPanel(title, this.renderError(SETUP_ERROR));
    // Someone else signed in (or out) since the order was shown: it is not theirs to see.
    if (this.shown && this.shownFor !== this.session?.customer.id) this.shown = undefined;
    return this.renderPanel(title, html`<div aria-live="polite" aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.shown ? this.renderOrder(this.shown) : this.session ? this.renderList() : this.renderForm()}
    </div>`);
  }

  private renderList() {
    const t = this.t.bind(this);
    return this.renderLoad(this.mine, (list) => list!.items.length
      ? html`<h3>${t('orderTracker.yours')}</h3><ul class="orders" part="orders">
          ${list!.items.map((o) => html`<li><button type="button" class="link" @click=${() => this.find(o.number)}>
            <span class="order-number">${t('orderTracker.order', { number: o.number })}</span><span class="sep"> · </span><span class="order-meta">${new Intl.DateTimeFormat(this.i18n.locale, { dateStyle: 'medium' }).format(new Date(o.placedAt))}
            · ${statusText(t, (k) => this.i18n.has(k), o.status)}</span></button></li>`)}
        </ul>${this.renderProblem()}`
      : this.renderEmpty(t('orderTracker.none')), () => false);
  }

  private renderForm() {
    const t = this.t.bind(this);
    const p = this.problem;
    return html`<form part="form" novalidate @submit=${this.submit}>
      <div class="field">
        <label for="number">${t('orderTracker.number')}</label>
        <input id="number" autocomplete="off" maxlength=${ORDER_NUMBER_MAX} .value=${this.number || this.order}
          aria-invalid=${p === 'numberMissing' ? 'true' : 'false'} aria-describedby=${p ? 'lookup-error' : nothing}
          @input=${(e: Event) => (this.number = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="email">${t('orderTracker.email')}</label>
        <input id="email" type="text" inputmode="email" autocomplete="email" spellcheck="false" maxlength=${EMAIL_MAX} .value=${this.email}
          aria-invalid=${p === 'emailMissing' ? 'true' : 'false'} aria-describedby=${p ? 'lookup-error' : nothing}
          @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)} />
      </div>
      ${this.renderProblem()}
      <button part="submit" type="submit" ?disabled=${!!this.busy}>${t('orderTracker.find')}</button>
      <p class="hint" role="status">${this.busy ? t(`orderTracker.${this.busy}`) : ''}</p>
    </form>`;
  }

  private renderProblem() {
    const p = this.problem;
    if (!p) return nothing;
    const text = typeof p === 'string' ? this.t(`orderTracker.${p}`) : this.errorMessage(p);
    return html`<p id="lookup-error" class="field-error" role="alert">${text}</p>`;
  }

  private renderOrder(o: OrderTrackingView) {
    const t = this.t.bind(this);
    return html`<button type="button" class="link" @click=${this.back}>${t('orderTracker.back')}</button>
      ${orderView(t, (k) => this.i18n.has(k), this.i18n.locale, o)}
      <p><button part="report" type="button" aria-expanded=${this.reporting ? 'true' : 'false'} @click=${this.toggleReport}>${t('orderTracker.report')}</button></p>
      ${this.reporting ? html`<rapport-feedback order=${o.number} kinds="complaint,question" lang=${this.i18n.locale}></rapport-feedback>` : nothing}
      <slot name="recommendations"><rapport-recommendations placement="tracker" lang=${this.i18n.locale}></rapport-recommendations></slot>`;
  }

  protected override updated() {
    // The loader's page observer cannot see inside this shadow root: the elements placed here are shown to it.
    if (this.shown) rapport()?.scan(this.renderRoot);
  }

  private async toggleReport() {
    this.reporting = !this.reporting;
  }

  private async back() {
    this.shown = undefined;
    this.reporting = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.session ? '.orders button' : '#number')?.focus();
  }

  private submit(e: SubmitEvent) {
    e.preventDefault();
    const number = (this.number || this.order).trim();
    this.problem = !number ? 'numberMissing' : !this.email.trim() ? 'emailMissing' : undefined;
    if (this.problem) return void this.renderRoot.querySelector<HTMLElement>(number ? '#email' : '#number')?.focus();
    void this.find(number, this.email.trim());
  }

  /** Looks the order up (solving a proof of work when the API asks for one) and shows it. */
  private async find(number: string, email?: string) {
    const api = storefrontApi();
    if (!api || this.busy) return;
    this.problem = undefined;
    this.busy = 'finding';
    const customer = this.session?.customer.id;
    // One field takes either proof: an address has an @, a shipping postcode has none.
    const body = { number, ...(email ? (email.includes('@') ? { email } : { postcode: email }) : {}) };
    let res: Result<OrderTrackingView> = await api.post<OrderTrackingView>('/v1/orders/lookup', body);
    const challenge = !res.ok && res.error.status === 429 ? powChallenge(res.error.extensions) : undefined;
    if (challenge) {
      this.busy = 'checking';
      const pow = await solvePow(challenge);
      if (pow) res = await api.post<OrderTrackingView>('/v1/orders/lookup', body, { headers: { 'x-rapport-pow': pow } });
    }
    this.busy = '';
    if (!res.ok) {
      this.problem = res.error.code === 'not-found' ? 'notFound' : res.error;
      return;
    }
    this.shown = res.value;
    this.shownFor = customer;
    this.dispatchEvent(new RapportOrderTrackEvent(res.value.number));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#order-title')?.focus();
  }
}

defineElement('rapport-order-tracker', RapportOrderTracker);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-order-tracker': RapportOrderTracker;
  }
  interface HTMLElementEventMap {
    'rapport-order-track': RapportOrderTrackEvent;
  }
}
