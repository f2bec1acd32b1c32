/**
 * @module <rapport-admin-inbox-filters>: the inbox's toolbar (search, more filters,
 * resolved shown or not, sort) and its folded panel of filters.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import type { StaffMember } from './feedback-api.ts';
import { InboxFilterEvent } from './feedback-events.ts';
import { kindLabel, statusLabel } from './feedback-format.ts';
import { funnelIcon, searchIcon } from '../app/admin-icons.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import { feedbackText } from './feedback-texts.ts';
import { KINDS, SORTS, STATUSES, isFiltered, type InboxFilter } from './inbox-filter.ts';

/** How long the search and tag fields wait after the last keystroke before they filter. */
export const SEARCH_DEBOUNCE_MS = 300;
const SCORES = Array.from({ length: 11 }, (_, i) => i);
/** The filters in the folded panel (search, resolved and sort sit in the toolbar). */
const PANEL = ['kind', 'status', 'assignee', 'minScore', 'maxScore', 'tag', 'from', 'to', 'hasOrder'] as const;
/** The fields typed into: they filter after a pause (or at once on Enter), and are not re-bound while typed in. */
type Typed = 'q' | 'tag';

/**
 * The inbox toolbar: the text search (filtered as the staff member types, after a short
 * pause), a button that unfolds the other filters (kind, status, assignee, score range,
 * tag, date range, with or without an order; it says how many are on), "Show resolved"
 * (the inbox hides resolved items unless asked), the sort order and "Clear filters".
 * It shows `filter` and reports each change; the page owns the filter (and keeps it in
 * the URL). Whatever is slotted into `end` (the count, the export) ends the toolbar.
 *
 * @summary Inbox toolbar and filters.
 * @tag rapport-admin-inbox-filters
 * @slot end - Shown at the end of the toolbar.
 * @event rapport-admin-filter - `InboxFilterEvent` with the fields that changed (`undefined` clears one).
 */
export class RapportAdminInboxFilters extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      form { display: grid; gap: 12px; }
      .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
      .search { flex: 1 1 240px; position: relative; }
      .search .icon { position: absolute; left: 10px; top: 8px; color: var(--_muted); pointer-events: none; }
      .search input[type='search'] { padding-left: 36px; }
      .toggle .count { min-width: 20px; padding: 0 6px; border-radius: 999px; background: var(--_accent); color: #fff; font-size: 12px; line-height: 18px; }
      .toggle[aria-expanded='true'] { background: var(--_accent-soft); border-color: var(--_accent); color: var(--_accent); }
      .check { display: inline-flex; align-items: center; gap: 8px; min-height: 36px; font-weight: 550; white-space: nowrap; }
      .sort { width: auto; }
      .end { display: flex; align-items: center; gap: 12px; margin-left: auto; }
      .panel {
        display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); align-items: end;
        padding: 16px; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface);
      }
      .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; border: 0; padding: 0; margin: 0; min-width: 0; }
      .pair legend { padding: 0; margin-bottom: 6px; }
      .pair label { font-size: 12px; color: var(--_muted); }
      .wide { grid-column: span 2; }
      @media (max-width: 599px) {
        .wide { grid-column: 1 / -1; }
        .search { flex-basis: 100%; }
        .panel { padding: 12px; }
        .bar { gap: 8px; }
        .toggle, .sort { padding: 0 8px; }
      }
    `,
  ];

  /** The filter shown. */
  @property({ attribute: false }) filter: InboxFilter = {};
  /** The shop's staff, for the assignee choice. */
  @property({ attribute: false }) staff: StaffMember[] = [];

  /** Whether the panel of filters is unfolded. */
  @state() private open = false;
  private typing?: ReturnType<typeof setTimeout>;
  /** What each typed field last reported: a different value in `filter` came from elsewhere (back button, clear). */
  private readonly sent: Partial<Record<Typed, string | undefined>> = {};
  private readonly i18n = new AdminLocaleController(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typing);
  }

  override render() {
    const f = this.filter;
    const on = PANEL.filter((k) => f[k] !== undefined).length;
    const showsResolved = f.status === 'all' || f.status === 'resolved';
    return html`<form role="search" aria-label=${feedbackText('inbox.filters')} @submit=${(e: Event) => e.preventDefault()}>
      <div class="bar">
        <div class="search">
          <label class="visually-hidden" for="q">${feedbackText('filter.search')}</label>
          ${searchIcon}
          <input id="q" type="search" maxlength="200" placeholder=${feedbackText('filter.searchPlaceholder')}
            @input=${(e: Event) => this.typed('q', e)} @keydown=${(e: KeyboardEvent) => this.enter('q', e)} />
        </div>
        <button class="button toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="panel"
          @click=${() => (this.open = !this.open)}>${funnelIcon}${feedbackText('filter.more')}${on
            ? html` <span class="count">${on}</span><span class="visually-hidden"> ${feedbackText('filter.on')}</span>` : nothing}</button>
        <label class="check"><input id="resolved" type="checkbox" .checked=${showsResolved}
          @change=${(e: Event) => this.set({ status: (e.target as HTMLInputElement).checked ? 'all' : undefined })} />
          ${feedbackText('filter.showResolved')}</label>
        <label class="visually-hidden" for="sort">${feedbackText('filter.sort')}</label>
        <select id="sort" class="sort" @change=${(e: Event) => this.set({ sort: value(e) as InboxFilter['sort'] })}>
          ${SORTS.map((s) => html`<option value=${s === 'due' ? '' : s} .selected=${(f.sort ?? 'due') === s}>${feedbackText(`sort.${s}`)}</option>`)}
        </select>
        ${isFiltered(f) ? html`<button class="button" type="button" @click=${this.clearAll}>${feedbackText('filter.clear')}</button>` : nothing}
        <div class="end"><slot name="end"></slot></div>
      </div>
      <div id="panel" class="panel" ?hidden=${!this.open}>
        ${this.select('kind', feedbackText('filter.kind'), [['', feedbackText('filter.anyKind')], ...KINDS.map((k) => [k, kindLabel(k)])])}
        ${this.select('status', feedbackText('filter.status'), [['unresolved', feedbackText('status.unresolved')],
          ['all', feedbackText('filter.anyStatus')], ...STATUSES.map((s) => [s, statusLabel(s)])], 'unresolved')}
        ${this.select('assignee', feedbackText('filter.assignee'), [['', feedbackText('filter.anyone')], ['me', feedbackText('filter.me')],
          ['none', feedbackText('filter.unassigned')], ...this.staff.map((s) => [s.id, s.name])])}
        <fieldset class="pair">
          <legend>${feedbackText('filter.score')}</legend>
          ${this.score('minScore', feedbackText('filter.scoreMin'))}${this.score('maxScore', feedbackText('filter.scoreMax'))}
        </fieldset>
        <div class="field">
          <label for="tag">${feedbackText('filter.tag')}</label>
          <input id="tag" maxlength="50" autocomplete="off" @input=${(e: Event) => this.typed('tag', e)}
            @keydown=${(e: KeyboardEvent) => this.enter('tag', e)} />
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
      </div>
    </form>`;
  }

  override updated(): void {
    // The typed fields are not bound to the filter: a late answer must not undo what is being typed.
    for (const key of ['q', 'tag'] as const) {
      const box = this.renderRoot.querySelector<HTMLInputElement>(`#${key}`);
      if (box && (this.filter[key] ?? '') !== (this.sent[key] ?? '')) {
        box.value = this.filter[key] ?? '';
        this.sent[key] = this.filter[key];
      }
    }
  }

  private select(key: 'kind' | 'status' | 'assignee' | 'hasOrder', label: string, options: string[][], fallback = '') {
    const current = String(this.filter[key] ?? fallback);
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

  private typed(key: Typed, e: Event): void {
    const typed = value(e);
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.set({ [key]: typed }), SEARCH_DEBOUNCE_MS);
  }

  /** Enter filters at once instead of waiting for the pause. */
  private enter(key: Typed, e: KeyboardEvent): void {
    if (e.key !== 'Enter') return;
    clearTimeout(this.typing);
    this.set({ [key]: value(e) });
  }

  private set(change: InboxFilter): void {
    for (const key of ['q', 'tag'] as const) if (key in change) this.sent[key] = change[key];
    this.dispatchEvent(new InboxFilterEvent(change));
  }

  private clearAll(): void {
    clearTimeout(this.typing);
    for (const key of ['q', 'tag'] as const) {
      const box = this.renderRoot.querySelector<HTMLInputElement>(`#${key}`);
      if (box) box.value = '';
    }
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
