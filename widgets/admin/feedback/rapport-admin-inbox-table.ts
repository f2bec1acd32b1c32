/**
 * @module <rapport-admin-inbox-table>: one page of inbox items as a table with selection.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import type { InboxItem } from './feedback-api.ts';
import { InboxSelectEvent } from './feedback-events.ts';
import { emailLabel, fullTimeLabel, isolate, timeLabel } from '../app/admin-format.ts';
import { isLowScore, kindLabel, scoreLabel, statusLabel } from './feedback-format.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { ADMIN_BASE, pathForPage } from '../app/admin-routes.ts';
import { adminBadges, adminBase, adminTable } from '../app/admin-styles.ts';
import { feedbackText } from './feedback-texts.ts';
import { changeFilter, filterFromSearch, searchFromFilter } from './inbox-filter.ts';
import { responseClock } from './response-clock.ts';

/**
 * The inbox list, two lines per item: its kind, reference and received time, then an
 * excerpt and its tags (each a link to the list filtered by it); beside them the
 * customer, order, score, status, assignee and the response clock. The whole row opens
 * the item. A checkbox per row and one for the whole page select items for the bulk
 * bar. What shoppers wrote is isolated (`<bdi>`), so a right-to-left override in it
 * cannot reorder the row. It only shows what it is given, so it renders without a network.
 *
 * @summary Inbox items table.
 * @tag rapport-admin-inbox-table
 * @event rapport-admin-select - `InboxSelectEvent` with the new selection.
 */
export class RapportAdminInboxTable extends LitElement {
  static override styles = [
    adminBase,
    adminTable,
    adminBadges,
    css`
      :host { display: block; }
      /* The item column takes what the others leave; its text ends in an ellipsis rather than widening the table. */
      table { table-layout: auto; }
      th, td { padding: 8px 10px; }
      th.check, td.check { width: 28px; padding-right: 4px; }
      td.check input, th.check input { margin-top: 2px; }
      /* The whole row opens the item: the item's link covers it; the checkbox and the tags sit above. */
      tbody tr { position: relative; }
      tbody tr:hover td { background: #f8f9fb; }
      tbody tr:has(.excerpt:focus-visible) td { background: var(--_accent-soft); }
      .excerpt::after { content: ''; position: absolute; inset: 0; }
      td.check, .tags a { position: relative; z-index: 1; }
      .item { width: 100%; max-width: 0; min-width: 220px; }
      .meta { display: flex; align-items: center; gap: 4px 8px; margin-bottom: 2px; font-size: 12px; line-height: 18px; white-space: nowrap; overflow: hidden; }
      .line { display: flex; align-items: baseline; gap: 8px; min-width: 0; }
      .excerpt {
        flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
        color: var(--_text); font-weight: 550; text-decoration: none;
      }
      .excerpt:hover { color: var(--_accent); text-decoration: underline; }
      .tags { display: flex; flex: none; gap: 4px; }
      .tags a { text-decoration: none; }
      .tags a:hover { border-color: var(--_accent); color: var(--_accent); }
      .who { max-width: 200px; overflow: hidden; text-overflow: ellipsis; }
      .who > * { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      td.nowrap { white-space: nowrap; }
      td.response { white-space: nowrap; }
      .who .email { font-size: 12px; line-height: 16px; color: var(--_muted); }
      tr.selected td { background: var(--_accent-soft); }
      /* nowrap: Chinese could otherwise break inside a word (未分 / 配). */
      .none { color: var(--_muted); white-space: nowrap; }
      /* Narrow screens: one column per item, its status, clock and customer under the excerpt. */
      .compact { display: none; flex-wrap: wrap; align-items: center; gap: 4px 10px; margin-top: 4px; font-size: 13px; }
      @media (max-width: 699px) {
        .wide { display: none; }
        .compact { display: flex; }
        .item { min-width: 0; }
        .line { flex-wrap: wrap; }
        .excerpt { white-space: normal; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
        .meta { flex-wrap: wrap; }
        /* One line of status, clock, score and customer (the customer's name shortened): more items on a screen. */
        .compact { flex-wrap: nowrap; white-space: nowrap; }
        .compact .who-short { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
        th, td { padding: 8px 6px; }
      }
    `,
  ];

  /** The items shown. */
  @property({ attribute: false }) items: InboxItem[] = [];
  /** Ids of the selected items. */
  @property({ attribute: false }) selected: ReadonlySet<string> = new Set();
  /** The time the response clocks count from (ms since the epoch); the page moves it each minute. */
  @property({ type: Number }) now = Date.now();
  /** The list's URL query, carried to each item's page so its back link returns to this list. */
  @property() search = '';
  /** Where the admin lives. */
  @property() base = ADMIN_BASE;
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const all = this.items.length > 0 && this.items.every((i) => this.selected.has(i.id));
    const some = !all && this.items.some((i) => this.selected.has(i.id));
    return html`<div class="table-wrap"><table>
      <caption class="visually-hidden">${feedbackText('inbox.caption')}</caption>
      <thead><tr>
        <th scope="col" class="check"><input type="checkbox" aria-label=${feedbackText('inbox.selectAll')}
          .checked=${all} .indeterminate=${some} @change=${this.toggleAll} /></th>
        <th scope="col">${feedbackText('inbox.col.item')}</th>
        ${(['customer', 'order', 'score', 'status', 'assignee', 'response'] as const).map((c) =>
          html`<th scope="col" class="wide">${feedbackText(`inbox.col.${c}`)}</th>`)}
      </tr></thead>
      <tbody>${this.items.map((item) => this.row(item))}</tbody>
    </table></div>`;
  }

  private row(item: InboxItem) {
    const selected = this.selected.has(item.id);
    const clock = responseClock(item, this.now);
    const score = scoreLabel(item);
    const who = item.customerName ?? item.contactEmail;
    return html`<tr class=${selected ? 'selected' : ''} data-id=${item.id}>
      <td class="check"><input type="checkbox" aria-label=${feedbackText('inbox.select', { reference: item.reference })}
        .checked=${selected} @change=${(e: Event) => this.toggle(item.id, (e.target as HTMLInputElement).checked)} /></td>
      <td class="item">
        <div class="meta"><span class="badge ${item.kind}">${kindLabel(item.kind)}</span>
          <span class="muted">${item.reference}</span>
          <time class="muted" datetime=${item.createdAt} title=${fullTimeLabel(item.createdAt)}>${timeLabel(item.createdAt)}</time>
          ${item.photoCount ? html`<span class="muted">${feedbackText('inbox.photos', { count: item.photoCount })}</span>` : nothing}
        </div>
        <div class="line">
          <a class="excerpt" href=${pathForPage('inbox', this.base, item.id, this.search)} data-page="inbox"><bdi>${item.excerpt}</bdi></a>
          ${item.tags.length
            ? html`<span class="tags"><span class="visually-hidden">${feedbackText('inbox.tags')}</span>
              ${item.tags.map((t) => html`<a class="tag" href=${this.tagHref(t)} data-page="inbox"
                title=${feedbackText('inbox.tagged', { tag: isolate(t) })}><bdi>${t}</bdi></a> `)}</span>`
            : nothing}
        </div>
        <div class="compact"><span class="badge ${item.status}">${statusLabel(item.status)}</span>
          <span class="clock ${clock.state}">${clock.text}</span>
          ${score ? html`<span class="score ${isLowScore(item) ? 'low' : ''}">${score}</span>` : nothing}
          <span class="muted who-short">${who ? html`<bdi>${who}</bdi>` : feedbackText('inbox.anonymous')}</span></div>
      </td>
      <td class="wide who">${item.customerName ? html`<bdi>${item.customerName}</bdi> ` : nothing}${item.contactEmail
        ? html`<span class=${item.customerName ? 'email' : ''}>${emailLabel(item.contactEmail)}</span>`
        : item.customerName ? nothing : html`<span class="none">${feedbackText('inbox.anonymous')}</span>`}</td>
      <td class="wide nowrap">${item.orderNumber ? html`<bdi>${item.orderNumber}</bdi>` : html`<span class="none">—</span>`}</td>
      <td class="wide nowrap score ${isLowScore(item) ? 'low' : ''}">${score || html`<span class="none">—</span>`}</td>
      <td class="wide nowrap"><span class="badge ${item.status}">${statusLabel(item.status)}</span></td>
      <td class="wide nowrap">${item.assigneeName ? html`<bdi>${item.assigneeName}</bdi>` : html`<span class="none">${feedbackText('inbox.unassigned')}</span>`}</td>
      <td class="wide response"><span class="clock ${clock.state}">${clock.text}</span></td>
    </tr>`;
  }

  /** The list with this tag as its tag filter (the rest of the filter kept). */
  private tagHref(tag: string): string {
    return pathForPage('inbox', this.base, undefined, searchFromFilter(changeFilter(filterFromSearch(this.search), { tag })));
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.setSelection(next);
  }

  private toggleAll(e: Event): void {
    const on = (e.target as HTMLInputElement).checked;
    this.setSelection(new Set(on ? this.items.map((i) => i.id) : []));
  }

  /** Keeps the new selection at once (a second click may come before the page passes it back) and reports it. */
  private setSelection(next: ReadonlySet<string>): void {
    this.selected = next;
    this.dispatchEvent(new InboxSelectEvent(next));
  }
}

defineElement('rapport-admin-inbox-table', RapportAdminInboxTable);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-inbox-table': RapportAdminInboxTable;
  }
}
