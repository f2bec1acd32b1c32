/**
 * @module <rapport-admin-inbox-filters>: the inbox's filter bar and sort order.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import type { StaffMember } from './feedback-api.ts';
import { InboxFilterEvent } from './feedback-events.ts';
import { kindLabel, statusLabel } from './feedback-format.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import { feedbackText } from './feedback-texts.ts';
import { KINDS, SORTS, STATUSES, isFiltered, type InboxFilter } from './inbox-filter.ts';

/** How long the search waits after the last keystroke before it filters. */
export const SEARCH_DEBOUNCE_MS = 300;
const SCORES = Array.from({ length: 11 }, (_, i) => i);

/**
 * The filter bar: text search (filtered as the staff member types, after a short
 * pause), kind, status, score range, assignee ("me", "unassigned" or a colleague), tag,
 * date range, with or without an order, and the sort order. It shows `filter` and
 * reports each change; the page owns the filter (and keeps it in the URL).
 *
 * @summary Inbox filter bar.
 * @tag rapport-admin-inbox-filters
 * @event rapport-admin-filter - `InboxFilterEvent` with the fields that changed (`undefined` clears one).
 */
export class RapportAdminInboxFilters extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      form { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); align-items: end; }
      .search { grid-column: 1 / -1; }
      .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; border: 0; padding: 0; margin: 0; min-width: 0; }
      .pair legend { padding: 0; margin-bottom: 6px; }
      .pair label { font-size: 12px; color: var(--_muted); }
      .wide { grid-column: span 2; }
      @media (max-width: 599px) { .wide { grid-column: 1 / -1; } }
    `,
  ];

  /** The filter shown. */
  @property({ attribute: false }) filter: InboxFilter = {};
  /** The shop's staff, for the assignee choice. */
  @property({ attribute: false }) staff: StaffMember[] = [];

  private typing?: ReturnType<typeof setTimeout>;
  /** The search this bar last reported: a different one in `filter` came from elsewhere (back button). */
  private sentQ?: string;
  private readonly i18n = new AdminLocaleController(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typing);
  }

  override render() {
    const f = this.filter;
    return html`<form role="search" aria-label=${feedbackText('inbox.filters')} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field search">
        <label for="q">${feedbackText('filter.search')}</label>
        <input id="q" type="search" placeholder=${feedbackText('filter.searchPlaceholder')}
          @input=${this.typed} @keydown=${this.searchKey} />
      </div>
      ${this.select('kind', feedbackText('filter.kind'), [['', feedbackText('filter.anyKind')], ...KINDS.map((k) => [k, kindLabel(k)])])}
      ${this.select('status', feedbackText('filter.status'), [['', feedbackText('filter.anyStatus')],
        ['unresolved', feedbackText('status.unresolved')], ...STATUSES.map((s) => [s, statusLabel(s)])])}
      ${this.select('assignee', feedbackText('filter.assignee'), [['', feedbackText('filter.anyone')], ['me', feedbackText('filter.me')],
        ['none', feedbackText('filter.unassigned')], ...this.staff.map((s) => [s.id, s.name])])}
      <fieldset class="pair">
        <legend>${feedbackText('filter.score')}</legend>
        ${this.score('minScore', feedbackText('filter.scoreMin'))}${this.score('maxScore', feedbackText('filter.scoreMax'))}
      </fieldset>
      <div class="field">
        <label for="tag">${feedbackText('filter.tag')}</label>
        <input id="tag" .value=${f.tag ?? ''} maxlength="50" @change=${(e: Event) => this.set({ tag: value(e) })} />
      </div>
      <fieldset class="pair wide">
        <legend>${feedbackText('filter.date')}</legend>
        <div class="field"><label for="from">${feedbackText('filter.from')}</label>
          <input id="from" type="date" .value=${f.from ?? ''} max=${f.to ?? nothing} @change=${(e: Event) => this.set({ from: value(e) })} /></div>
        <div class="field"><label for="to">${feedbackText('filter.to')}</label>
          <input id="to" type="date" .value=${f.to ?? ''} min=${f.from ?? nothing} @change=${(e: Event) => this.set({ to: value(e) })} /></div>
      </fieldset>
      ${this.select('hasOrder', feedbackText('filter.order'), [['', feedbackText('filter.anyOrder')],
        ['true', feedbackText('filter.withOrder')], ['false', feedbackText('filter.withoutOrder')]])}
      ${this.select('sort', feedbackText('filter.sort'), SORTS.map((s) => [s === 'due' ? '' : s, feedbackText(`sort.${s}`)]))}
      ${isFiltered(f)
        ? html`<button class="button" type="button" @click=${this.clearAll}>${feedbackText('filter.clear')}</button>`
        : nothing}
    </form>`;
  }

  override updated(): void {
    // The search box is not bound to `filter.q`: a late answer must not undo what is being typed.
    const box = this.renderRoot.querySelector<HTMLInputElement>('#q');
    if (box && (this.filter.q ?? '') !== (this.sentQ ?? '')) {
      box.value = this.filter.q ?? '';
      this.sentQ = this.filter.q;
    }
  }

  private select(key: 'kind' | 'status' | 'assignee' | 'hasOrder' | 'sort', label: string, options: string[][]) {
    const current = String(this.filter[key] ?? '');
    return html`<div class="field">
      <label for=${key}>${label}</label>
      <select id=${key} @change=${(e: Event) => this.set({ [key]: value(e) })}>
        ${options.map(([v, text]) => html`<option value=${v} .selected=${v === current}>${text}</option>`)}
      </select>
    </div>`;
  }

  private score(key: 'minScore' | 'maxScore', label: string) {
    const current = this.filter[key];
    return html`<div class="field"><label for=${key}>${label}</label>
      <select id=${key} @change=${(e: Event) => this.set({ [key]: value(e) === undefined ? undefined : Number(value(e)) })}>
        <option value="" .selected=${current === undefined}>${feedbackText('filter.anyScore')}</option>
        ${SCORES.map((n) => html`<option value=${n} .selected=${n === current}>${n}</option>`)}
      </select></div>`;
  }

  private typed(e: InputEvent): void {
    const q = value(e);
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.set({ q }), SEARCH_DEBOUNCE_MS);
  }

  /** Enter searches at once instead of waiting for the pause. */
  private searchKey(e: KeyboardEvent): void {
    if (e.key !== 'Enter') return;
    clearTimeout(this.typing);
    this.set({ q: value(e) });
  }

  private set(change: InboxFilter): void {
    if ('q' in change) this.sentQ = change.q;
    this.dispatchEvent(new InboxFilterEvent(change));
  }

  private clearAll(): void {
    clearTimeout(this.typing);
    const box = this.renderRoot.querySelector<HTMLInputElement>('#q');
    if (box) box.value = '';
    this.set({ kind: undefined, status: undefined, assignee: undefined, minScore: undefined, maxScore: undefined,
      tag: undefined, from: undefined, to: undefined, hasOrder: undefined, q: undefined });
  }
}

defineElement('rapport-admin-inbox-filters', RapportAdminInboxFilters);

/** A control's value, or undefined when empty (the filter then leaves the field out). */
function value(e: Event): string | undefined {
  const v = (e.target as HTMLInputElement | HTMLSelectElement).value.trim();
  return v === '' ? undefined : v;
}

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-inbox-filters': RapportAdminInboxFilters;
  }
}
