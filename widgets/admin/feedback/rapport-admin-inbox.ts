/**
 * @module <rapport-admin-inbox>: the Inbox page — filter bar, list, bulk bar, pages, export.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { actionError } from '../app/action-errors.ts';
import type { AdminSession } from '../app/admin-api.ts';
import type { FeedbackApi, InboxResult, StaffMember } from './feedback-api.ts';
import { AdminNavigateEvent } from '../app/admin-events.ts';
import type { InboxBulkDoneEvent, InboxFilterEvent, InboxSelectEvent } from './feedback-events.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { ADMIN_BASE, pathForPage } from '../app/admin-routes.ts';
import { adminBase } from '../app/admin-styles.ts';
import { adminText } from '../app/admin-texts.ts';
import { PAGE_SIZE, changeFilter, filterFromSearch, isFiltered, searchFromFilter, type InboxFilter } from './inbox-filter.ts';
import { CLOCK_TICK_MS } from './response-clock.ts';
import './rapport-admin-bulk-bar.ts';
import '../app/rapport-admin-empty-page.ts';
import './rapport-admin-inbox-filters.ts';
import './rapport-admin-inbox-table.ts';

/**
 * The Inbox page: the filter bar, the items matching the filter (sorted by due time
 * unless asked otherwise), a bulk bar while items are selected, previous/next pages,
 * and a CSV export of the current filter. The filter lives in `search` — the URL query,
 * so a reload or the back button shows the same list; each change is reported as an
 * `AdminNavigateEvent` for the shell to put in the address bar.
 *
 * @summary Merchant inbox page.
 * @tag rapport-admin-inbox
 * @event rapport-admin-navigate - `AdminNavigateEvent` with the list's new address (replacing the current entry).
 */
export class RapportAdminInbox extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
      .head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; }
      .list.card { padding: 8px 16px 4px; }
      .pages { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; padding: 12px 0; }
      .pages div { display: flex; gap: 8px; }
      .notice { color: var(--_ok); font-weight: 550; }
      /* Out of the flow while empty, but still in the page so screen readers hear what fills it. */
      .notice:empty { position: absolute; }
      .nothing { padding: 32px 0; text-align: center; display: grid; gap: 12px; justify-items: center; }
    `,
  ];

  /** The feedback calls (`api.area(FeedbackApi)`): the list, the staff, bulk actions and the export address. */
  @property({ attribute: false }) api?: Pick<FeedbackApi, 'inbox' | 'staff' | 'bulk' | 'inboxCsvUrl'>;
  /** The signed-in staff member. */
  @property({ attribute: false }) session?: AdminSession;
  /** The filter as a URL query (without `?`). */
  @property() search = '';
  /** Where the admin lives. */
  @property() base = ADMIN_BASE;

  @state() private status: 'loading' | 'ready' | 'error' = 'loading';
  @state() private page: InboxResult = { items: [], total: 0 };
  @state() private staff: StaffMember[] = [];
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private now = Date.now();
  @state() private notice = '';
  @state() private problem = '';
  private loading?: AbortController;
  private ticker?: ReturnType<typeof setInterval>;
  private readonly i18n = new AdminLocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), CLOCK_TICK_MS);
    if (this.hasUpdated) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    this.loading?.abort();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) void this.loadStaff();
    if (changed.has('api') || changed.has('search')) void this.load();
  }

  private get filter(): InboxFilter {
    return filterFromSearch(this.search);
  }

  override render() {
    const filter = this.filter;
    return html`<div class="head">
        <p class="muted">${this.status === 'ready' ? adminText('inbox.count', { count: this.page.total }) : nothing}</p>
        ${this.api ? html`<a class="button" href=${this.api.inboxCsvUrl(filter)} download>${adminText('inbox.export')}</a>` : nothing}
      </div>
      <section class="card" aria-label=${adminText('inbox.filters')}>
        <rapport-admin-inbox-filters .filter=${filter} .staff=${this.staff} @rapport-admin-filter=${this.filtered}>
        </rapport-admin-inbox-filters>
      </section>
      <p class="notice" role="status">${this.notice}</p>
      ${this.selected.size
        ? html`<rapport-admin-bulk-bar .api=${this.api} .ids=${[...this.selected]} .staff=${this.staff}
            @rapport-admin-bulk-done=${this.bulkDone}></rapport-admin-bulk-bar>`
        : nothing}
      ${this.list(filter)}`;
  }

  private list(filter: InboxFilter) {
    if (this.status === 'loading' && this.page.items.length === 0) {
      return html`<p class="muted" role="status">${adminText('inbox.loading')}</p>`;
    }
    if (this.status === 'error') {
      return html`<div class="card nothing"><p role="alert">${this.problem}</p>
        <button class="button" type="button" @click=${this.load}>${adminText('app.retry')}</button></div>`;
    }
    if (this.page.items.length === 0 && !isFiltered(filter) && !filter.offset) {
      return html`<rapport-admin-empty-page page="inbox" .message=${adminText('empty.inbox')}></rapport-admin-empty-page>`;
    }
    if (this.page.items.length === 0) {
      return html`<div class="card nothing"><p>${adminText('inbox.noMatch')}</p>
        <a class="button" href=${pathForPage('inbox', this.base)} data-page="inbox">${adminText('filter.clear')}</a></div>`;
    }
    return html`<section class="card list" aria-label=${adminText('inbox.results')} aria-busy=${this.status === 'loading'}>
      <rapport-admin-inbox-table .items=${this.page.items} .selected=${this.selected} .now=${this.now}
        .search=${this.search} .base=${this.base} @rapport-admin-select=${(e: InboxSelectEvent) => (this.selected = e.detail.ids)}>
      </rapport-admin-inbox-table>
      ${this.pages(filter)}
    </section>`;
  }

  private pages(filter: InboxFilter) {
    const offset = filter.offset ?? 0;
    const size = filter.limit ?? PAGE_SIZE;
    const { total } = this.page;
    if (total <= size && offset === 0) return nothing;
    const last = Math.min(offset + this.page.items.length, total);
    const to = (o: number) => pathForPage('inbox', this.base, undefined, searchFromFilter(changeFilter(filter, { offset: o })));
    return html`<nav class="pages" aria-label=${adminText('inbox.pages')}>
      <p class="muted">${adminText('inbox.range', { first: offset + 1, last, total })}</p>
      <div>
        ${offset > 0 ? html`<a class="button" href=${to(Math.max(0, offset - size))} data-page="inbox">${adminText('inbox.previous')}</a>` : nothing}
        ${last < total ? html`<a class="button" href=${to(offset + size)} data-page="inbox">${adminText('inbox.next')}</a>` : nothing}
      </div>
    </nav>`;
  }

  private filtered(e: InboxFilterEvent): void {
    this.notice = '';
    this.search = searchFromFilter(changeFilter(this.filter, e.detail.change));
    this.dispatchEvent(new AdminNavigateEvent(pathForPage('inbox', this.base, undefined, this.search), true));
  }

  private bulkDone(e: InboxBulkDoneEvent): void {
    this.notice = e.detail.message;
    this.selected = new Set();
    void this.load();
  }

  /** Loads the page of items for the current filter; a newer load makes an older one's answer irrelevant. */
  readonly load = async (): Promise<void> => {
    if (!this.api) return;
    this.loading?.abort();
    const ctl = (this.loading = new AbortController());
    this.status = 'loading';
    this.problem = '';
    const res = await this.api.inbox(this.filter, ctl.signal);
    if (ctl.signal.aborted) return;
    if (res.ok) {
      this.page = res.value;
      this.status = 'ready';
      // Keep only what is still on screen selected: a bulk action must never touch an unseen item.
      const shown = new Set(res.value.items.map((i) => i.id));
      this.selected = new Set([...this.selected].filter((id) => shown.has(id)));
    } else {
      this.status = 'error';
      this.problem = actionError(res.error);
    }
  };

  private async loadStaff(): Promise<void> {
    const res = await this.api!.staff();
    if (res.ok) this.staff = res.value.items;
  }
}

defineElement('rapport-admin-inbox', RapportAdminInbox);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-inbox': RapportAdminInbox;
  }
}
