/**
 * @module <rapport-admin-inbox>: the Inbox page — filter bar, list, bulk bar, pages, export.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Result } from '../../core/api-client.ts';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import type { AdminSession } from '../app/admin-api.ts';
import { untilGiven } from '../app/admin-load.ts';
import type { FeedbackApi, InboxResult, StaffList, StaffMember } from './feedback-api.ts';
import { AdminNavigateEvent } from '../app/admin-events.ts';
import type { InboxBulkDoneEvent, InboxFilterEvent, InboxSelectEvent } from './feedback-events.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { ADMIN_BASE, pathForPage } from '../app/admin-routes.ts';
import { adminBase } from '../app/admin-styles.ts';
import type { AdminText } from '../app/admin-format.ts';
import { adminText } from '../app/admin-texts.ts';
import { feedbackText } from './feedback-texts.ts';
import { PAGE_SIZE, changeFilter, filterFromSearch, isDefaultView, isFiltered, searchFromFilter, type InboxFilter } from './inbox-filter.ts';
import { CLOCK_TICK_MS } from './response-clock.ts';
import './rapport-admin-bulk-bar.ts';
import '../app/rapport-admin-empty-page.ts';
import './rapport-admin-inbox-filters.ts';
import './rapport-admin-inbox-table.ts';

/** A page of the inbox, and — when the inbox as it opens shows nothing — how many resolved items it hides. */
type InboxPage = InboxResult & { resolved?: number };

/**
 * The Inbox page: one toolbar (search, the folded filters, resolved shown or not, sort,
 * the count and the CSV export of the current filter), the items matching the filter
 * (what is not resolved, due first, unless asked otherwise), a bulk bar while items are
 * selected, and previous/next pages. The filter lives in `search` — the URL query, so a
 * reload or the back button shows the same list; each change is reported as an
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
      :host { display: grid; gap: 12px; grid-template-columns: minmax(0, 1fr); }
      .count { white-space: nowrap; }
      .list.card { padding: 4px 12px 0; }
      .pages { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; padding: 12px 0; }
      .pages div { display: flex; gap: 8px; }
      .notice { color: var(--_ok); font-weight: 550; }
      /* Out of the flow while empty, but still in the page so screen readers hear what fills it. */
      .notice:empty { position: absolute; }
      .nothing { padding: 32px 0; text-align: center; display: grid; gap: 12px; justify-items: center; }
      @media (max-width: 599px) { .list.card { padding: 0 12px; } }
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

  @state() private selected: ReadonlySet<string> = new Set();
  @state() private now = Date.now();
  @state() private notice: AdminText = '';
  /** The page of items for the filter, loaded again when it changes (a newer load supersedes an older one). */
  private readonly list = new LoadController(this, {
    args: () => [this.api, this.search] as const,
    load: ([api, search], signal) => (api ? loadPage(api, filterFromSearch(search), signal) : untilGiven<InboxPage>()),
  });
  /** The shop's staff, to filter by and assign to. */
  private readonly staffList = new LoadController(this, {
    args: () => [this.api] as const,
    load: ([api], signal) => (api ? api.staff(signal) : untilGiven<StaffList>()),
  });
  /** The page the selection was last checked against. */
  private shownPage?: InboxPage;
  private ticker?: ReturnType<typeof setInterval>;
  private readonly i18n = new AdminLocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), CLOCK_TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  override willUpdate(): void {
    // Keep only what is still on screen selected: a bulk action must never touch an unseen item.
    const page = this.list.value;
    if (page && page !== this.shownPage) {
      this.shownPage = page;
      const shown = new Set(page.items.map((i) => i.id));
      this.selected = new Set([...this.selected].filter((id) => shown.has(id)));
    }
  }

  private get filter(): InboxFilter {
    return filterFromSearch(this.search);
  }

  private get page(): InboxPage {
    return this.list.value ?? { items: [], total: 0 };
  }

  private get staff(): StaffMember[] {
    return this.staffList.value?.items ?? [];
  }

  override render() {
    const filter = this.filter;
    return html`<rapport-admin-inbox-filters .filter=${filter} .staff=${this.staff} @rapport-admin-filter=${this.filtered}>
        <p slot="end" class="count muted">${this.list.status === 'done' ? feedbackText('inbox.count', { count: this.page.total }) : nothing}</p>
        ${this.api ? html`<a slot="end" class="button" href=${this.api.inboxCsvUrl(filter)} download>${feedbackText('inbox.export')}</a>` : nothing}
      </rapport-admin-inbox-filters>
      <p class="notice" role="status">${this.notice}</p>
      ${this.selected.size
        ? html`<rapport-admin-bulk-bar .api=${this.api} .ids=${[...this.selected]} .staff=${this.staff}
            @rapport-admin-bulk-done=${this.bulkDone}></rapport-admin-bulk-bar>`
        : nothing}
      ${this.items(filter)}`;
  }

  private items(filter: InboxFilter) {
    const { status, error } = this.list;
    if ((status === 'idle' || status === 'loading') && this.page.items.length === 0) {
      return html`<p class="muted" role="status">${feedbackText('inbox.loading')}</p>`;
    }
    if (error) {
      return html`<div class="card nothing"><p role="alert">${actionError(error)}</p>
        <button class="button" type="button" @click=${() => this.list.reload()}>${adminText('app.retry')}</button></div>`;
    }
    if (this.page.items.length === 0 && isDefaultView(filter) && !filter.offset) {
      const resolved = this.page.resolved ?? 0;
      if (resolved === 0) return html`<rapport-admin-empty-page page="inbox" .message=${feedbackText('empty.inbox')}></rapport-admin-empty-page>`;
      return html`<div class="card nothing"><p>${feedbackText('inbox.allResolved', { count: resolved })}</p>
        <button class="button" type="button" @click=${() => this.filtered({ detail: { change: { status: 'all' } } })}>
          ${feedbackText('filter.showResolved')}</button></div>`;
    }
    if (this.page.items.length === 0) {
      return html`<div class="card nothing"><p>${feedbackText('inbox.noMatch')}</p>
        <a class="button" href=${pathForPage('inbox', this.base)} data-page="inbox">${feedbackText('filter.clear')}</a></div>`;
    }
    return html`<section class="card list" aria-label=${feedbackText('inbox.results')} aria-busy=${this.list.status === 'loading'}>
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
    return html`<nav class="pages" aria-label=${feedbackText('inbox.pages')}>
      <p class="muted">${feedbackText('inbox.range', { first: offset + 1, last, total })}</p>
      <div>
        ${offset > 0 ? html`<a class="button" href=${to(Math.max(0, offset - size))} data-page="inbox">${feedbackText('inbox.previous')}</a>` : nothing}
        ${last < total ? html`<a class="button" href=${to(offset + size)} data-page="inbox">${feedbackText('inbox.next')}</a>` : nothing}
      </div>
    </nav>`;
  }

  private filtered(e: Pick<InboxFilterEvent, 'detail'>): void {
    this.notice = '';
    this.search = searchFromFilter(changeFilter(this.filter, e.detail.change));
    this.dispatchEvent(new AdminNavigateEvent(pathForPage('inbox', this.base, undefined, this.search), true));
  }

  private bulkDone(e: InboxBulkDoneEvent): void {
    this.notice = e.detail.message;
    this.selected = new Set();
    this.list.reload();
  }
}

defineElement('rapport-admin-inbox', RapportAdminInbox);

/** A page of the inbox; when the inbox as it opens is empty, also how many resolved items it hides. */
async function loadPage(api: Pick<FeedbackApi, 'inbox'>, filter: InboxFilter, signal: AbortSignal): Promise<Result<InboxPage>> {
  const page = await api.inbox(filter, signal);
  if (!page.ok || page.value.total > 0 || !isDefaultView(filter) || filter.offset) return page;
  const resolved = await api.inbox({ status: 'resolved', limit: 1 }, signal);
  return { ok: true, value: { ...page.value, resolved: resolved.ok ? resolved.value.total : 0 } };
}

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-inbox': RapportAdminInbox;
  }
}
