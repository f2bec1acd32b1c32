/**
 * @module <rapport-admin-orders>: Admin → Orders — a search over orders (number, email or
 * customer name) listing late or problem parcels first, one order with the shopper's own
 * timeline, and the platforms' webhook deliveries, on two tabs.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import { untilGiven } from '../app/admin-load.ts';
import { dateLabel, emailLabel, fullTimeLabel, moneyLabel, withBdi } from '../app/admin-format.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBadges, adminBase, adminControls, adminTable } from '../app/admin-styles.ts';
import type { AdminOrderItem, AdminOrderPage, OrdersApi } from './orders-api.ts';
import { ordersBadges } from './orders-styles.ts';
import { ordersLabel, ordersText } from './orders-texts.ts';
import './rapport-admin-order-detail.ts';
import './rapport-admin-webhook-deliveries.ts';

type Tab = 'orders' | 'deliveries';
const TABS: readonly Tab[] = ['orders', 'deliveries'];
const PAGE = 25;

/**
 * The Orders page. The Orders tab searches (`GET /v1/admin/orders?q=`) and lists each
 * order's number, date, customer, status and whether a parcel is late or has a problem —
 * those first — with "Show more" for the next page; choosing an order shows it
 * (`<rapport-admin-order-detail>`), "Back" returns to the list as it was. The Webhook
 * deliveries tab is `<rapport-admin-webhook-deliveries>`. The tabs follow the ARIA tabs
 * pattern (arrow keys, Home, End).
 *
 * @summary Admin orders page.
 * @tag rapport-admin-orders
 */
export class RapportAdminOrders extends LitElement {
  static override styles = [
    adminBase, adminControls, adminTable, adminBadges, ordersBadges,
    css`
      :host { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
      [role='tablist'] { display: flex; gap: 4px; border-bottom: 1px solid var(--_border); overflow-x: auto; }
      [role='tab'] {
        min-height: 44px; padding: 8px 16px; border: 0; border-bottom: 3px solid transparent; background: none;
        font: inherit; font-weight: 600; color: var(--_muted); cursor: pointer; white-space: nowrap;
      }
      [role='tab'][aria-selected='true'] { color: inherit; border-bottom-color: currentColor; }
      [role='tab']:focus-visible { outline: 2px solid var(--_focus, #2f54eb); outline-offset: -2px; }
      .card > p { margin: 4px 0 16px; }
      form { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; margin-bottom: 16px; }
      form .field { flex: 1 1 240px; }
      .open {
        border: 0; background: none; padding: 0; font: inherit; font-weight: 600; color: var(--_link, #1d4ed8);
        text-decoration: underline; cursor: pointer; min-height: 24px; overflow-wrap: anywhere; text-align: left;
      }
      .open:focus-visible { outline: 2px solid var(--_focus, #2f54eb); outline-offset: 2px; }
      .customer { overflow-wrap: anywhere; }
      .customer .email { display: block; color: var(--_muted); font-size: 13px; }
      .more { margin-top: 16px; }
      tr.attention td:first-child { box-shadow: inset 3px 0 0 #d92d20; padding-left: 8px; }
      @media (max-width: 599px) {
        thead { display: none; }
        table, tbody, tr, td { display: block; }
        tr { border-top: 1px solid var(--_border); padding: 8px 0; }
        td { border: 0; padding: 2px 0; }
        td.num { text-align: left; }
      }
    `,
  ];

  /** The area's calls (`api.area(OrdersApi)`). */
  @property({ attribute: false }) api?: OrdersApi;
  /** The order shown (the page's item, `/admin/orders/<id>`); none: the list. */
  @property({ attribute: false }) orderId?: string;
  /** The tab shown first. */
  @property() tab: Tab = 'orders';

  /** The search asked last (trimmed); empty: every order. */
  @state() private q = '';
  /** Pages after the first, as "Show more" fetched them. */
  @state() private more: AdminOrderItem[] = [];
  @state() private nextCursor: string | null = null;
  @state() private moreError = '';
  @state() private loadingMore = false;
  private readonly first = new LoadController(this, {
    args: () => [this.api, this.q] as const,
    load: ([api, q], signal) => (api ? api.search({ q, limit: PAGE }, signal) : untilGiven<AdminOrderPage>()),
  });
  private readonly i18n = new AdminLocaleController(this);
  /** The order whose button to focus again when the list comes back. */
  private returnTo?: string;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('q') || changed.has('api')) {
      this.more = [];
      this.nextCursor = null;
      this.moreError = '';
    }
  }

  override render() {
    return html`<div role="tablist" aria-label=${ordersText('tabs.label')} @keydown=${this.tabKey}>
        ${TABS.map((t) => html`<button role="tab" id="tab-${t}" aria-controls="panel-${t}" aria-selected=${t === this.tab ? 'true' : 'false'}
          tabindex=${t === this.tab ? '0' : '-1'} @click=${() => (this.tab = t)}>${ordersText(`tabs.${t}`)}</button>`)}
      </div>
      <div role="tabpanel" id="panel-${this.tab}" aria-labelledby="tab-${this.tab}">
        ${this.tab === 'deliveries'
          ? html`<rapport-admin-webhook-deliveries .api=${this.api}></rapport-admin-webhook-deliveries>`
          : this.orderId
            ? html`<rapport-admin-order-detail .api=${this.api} .orderId=${this.orderId} @rapport-admin-order-back=${this.back}></rapport-admin-order-detail>`
            : this.list()}
      </div>`;
  }

  private list() {
    const { value, error, status } = this.first;
    const items = value ? [...value.items, ...this.more] : [];
    const cursor = this.more.length ? this.nextCursor : value?.nextCursor ?? null;
    return html`<section class="card" aria-labelledby="orders-heading">
      <h2 id="orders-heading">${ordersText('list.heading')}</h2>
      <p class="muted">${ordersText('list.intro')}</p>
      <form role="search" @submit=${this.search}>
        <div class="field">
          <label for="orders-q">${ordersText('list.search')}</label>
          <input id="orders-q" name="q" type="search" autocomplete="off" spellcheck="false" maxlength="200" .value=${this.q}
            aria-describedby="orders-q-hint" />
          <span class="hint" id="orders-q-hint">${ordersText('list.searchHint')}</span>
        </div>
        <button class="button primary" type="submit">${ordersText('list.submit')}</button>
      </form>
      ${error ? html`<p class="error" role="alert">${actionError(error)}</p>`
        : !value ? (status === 'loading' ? html`<p class="muted" role="status">${ordersText('list.loading')}</p>` : nothing)
        : items.length === 0 ? html`<p class="muted" role="status">${this.q
          ? withBdi((p) => ordersText('list.noMatch', p), { q: this.q }, ['q']) : ordersText('list.none')}</p>`
        : html`<div class="table-wrap"><table>
            <caption class="visually-hidden">${ordersText('list.caption')}</caption>
            <thead><tr>
              <th scope="col">${ordersText('list.number')}</th><th scope="col">${ordersText('list.date')}</th>
              <th scope="col">${ordersText('list.customer')}</th><th scope="col">${ordersText('list.status')}</th>
              <th scope="col">${ordersText('list.attention')}</th><th scope="col" class="num">${ordersText('list.total')}</th>
            </tr></thead>
            <tbody>${items.map((o) => this.row(o))}</tbody>
          </table></div>
          ${cursor ? html`<div class="more"><button class="button" type="button" ?disabled=${this.loadingMore}
            @click=${() => this.loadMore(cursor)}>${ordersText('list.more')}</button></div>` : nothing}
          ${this.moreError ? html`<p class="error" role="alert">${this.moreError}</p>` : nothing}`}
    </section>`;
  }

  private row(o: AdminOrderItem) {
    return html`<tr data-order=${o.id} class=${o.late || o.exception ? 'attention' : ''}>
      <td><button class="open" type="button" aria-label=${ordersText('list.open', { number: o.number })}
        @click=${() => this.open(o.id)}><bdi>${o.number}</bdi></button></td>
      <td class="time"><time datetime=${o.placedAt} title=${fullTimeLabel(o.placedAt)}>${dateLabel(o.placedAt)}</time></td>
      <td class="customer">${o.customerName ? html`<bdi>${o.customerName}</bdi>` : nothing}
        <span class="email">${emailLabel(o.email)}</span></td>
      <td><span class="badge ${o.status}">${ordersLabel('status', o.status)}</span></td>
      <td><span class="flags">${o.late ? html`<span class="badge late">${ordersText('list.late')}</span>` : nothing}${o.exception
        ? html`<span class="badge exception">${ordersText('list.exception')}</span>` : nothing}</span></td>
      <td class="num">${moneyLabel(o.totalAmount, o.currency)}</td>
    </tr>`;
  }

  private search(e: SubmitEvent): void {
    e.preventDefault();
    this.q = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '').trim();
  }

  private async loadMore(cursor: string): Promise<void> {
    if (!this.api) return;
    this.loadingMore = true;
    this.moreError = '';
    const q = this.q;
    const res = await this.api.search({ q, cursor, limit: PAGE });
    this.loadingMore = false;
    if (q !== this.q) return; // a new search replaced this list
    if (!res.ok) {
      this.moreError = actionError(res.error);
      return;
    }
    this.more = [...this.more, ...res.value.items];
    this.nextCursor = res.value.nextCursor;
  }

  private open(id: string): void {
    this.returnTo = id;
    this.orderId = id;
  }

  private async back(): Promise<void> {
    this.orderId = undefined;
    await this.updateComplete;
    const row = this.returnTo ? this.renderRoot.querySelector<HTMLElement>(`tr[data-order="${this.returnTo}"] .open`) : null;
    (row ?? this.renderRoot.querySelector<HTMLElement>('#orders-q'))?.focus();
  }

  private tabKey(e: KeyboardEvent): void {
    const i = TABS.indexOf(this.tab);
    const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length
      : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    this.tab = TABS[next];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }
}

defineElement('rapport-admin-orders', RapportAdminOrders);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-orders': RapportAdminOrders;
  }
}
