/**
 * @module <rapport-admin-saved-replies>: the reply box's "Saved replies" button and the
 * dialog it opens — the shop's saved replies to insert, filled in for the item, and to
 * keep (add, rewrite, delete) where they are used.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RapportEvent } from '../../core/events.ts';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import { AdminAction } from '../app/admin-action.ts';
import { untilGiven } from '../app/admin-load.ts';
import { ADMIN_LOCALE_NAMES, AdminLocaleController } from '../app/admin-locale.ts';
import { adminBadges, adminBase, adminControls } from '../app/admin-styles.ts';
import { adminText } from '../app/admin-texts.ts';
import { SAVED_REPLIES_MAX } from '../../../server/feedback/limits.ts';
import type { FeedbackDetail } from './feedback-api.ts';
import { feedbackText } from './feedback-texts.ts';
import { fillSavedReply, orderForCustomer, type SavedRepliesApi, type SavedReply } from './saved-replies.ts';
import type { SavedReplySavedEvent } from './rapport-admin-saved-reply-form.ts';
import './rapport-admin-saved-reply-form.ts';

/** A saved reply was picked: `detail.text` is it, filled in for the item. */
export class SavedReplyPickedEvent extends RapportEvent<{ reply: SavedReply; text: string }> {
  static readonly type = 'rapport-admin-reply-picked';
  constructor(reply: SavedReply, text: string) {
    super(SavedReplyPickedEvent.type, { reply, text });
  }
}

/**
 * A button that opens the shop's saved replies in a dialog, those in the customer's
 * language first, each shown as it would be inserted (the customer's name, order and the
 * reference filled in). "Insert" closes the dialog and reports the filled-in text for the
 * reply box; "Edit", "Delete" (asked once more) and "New saved reply" keep the team's set
 * right there. The list is read again each time the dialog opens.
 *
 * @summary Saved-reply picker and manager.
 * @tag rapport-admin-saved-replies
 * @event rapport-admin-reply-picked - `SavedReplyPickedEvent` with the filled-in text.
 */
export class RapportAdminSavedReplies extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    adminBadges,
    css`
      :host { display: inline-block; }
      dialog {
        width: min(640px, calc(100vw - 24px)); max-width: none; max-height: calc(100dvh - 24px); padding: 0;
        border: 0; border-radius: var(--_radius); color: var(--_text); overflow: auto; overscroll-behavior: contain;
      }
      dialog::backdrop { background: rgb(16 24 40 / 60%); }
      .bar { position: sticky; top: 0; z-index: 1; display: flex; align-items: center; justify-content: space-between; gap: 12px;
        padding: 14px 20px; background: var(--_surface); border-bottom: 1px solid var(--_border); }
      .content { display: grid; gap: 14px; padding: 16px 20px 20px; }
      .tools { display: flex; flex-wrap: wrap; align-items: end; gap: 10px; }
      .tools .field { flex: 1 1 220px; }
      h3 { font-size: 13px; font-weight: 600; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.04em; }
      h3 span { text-transform: none; letter-spacing: normal; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
      li { display: grid; gap: 6px; padding: 12px 14px; border: 1px solid var(--_border); border-radius: var(--_radius); min-width: 0; }
      .head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
      .title { font-weight: 600; overflow-wrap: anywhere; }
      .text { white-space: pre-wrap; overflow-wrap: anywhere; color: var(--_muted); font-size: 13px;
        display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
      .row-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .row-actions p { flex: 1 1 100%; font-weight: 550; overflow-wrap: anywhere; }
      .button.danger { color: var(--_danger); border-color: #f0b4ad; }
      .button.small { min-height: 32px; padding: 0 12px; }
    `,
  ];

  /** The saved-replies calls (`api.area(SavedRepliesApi)`). */
  @property({ attribute: false }) api?: SavedRepliesApi;
  /** The item answered. */
  @property({ attribute: false }) feedback?: FeedbackDetail;
  /** The agent's name, for `{agent}`. */
  @property() agent = '';
  /** The shop's name, for `{shop}`. */
  @property() shop = '';

  /** How many times the dialog was opened: each opening reads the list again. */
  @state() private opened = 0;
  /** Whether the dialog is open (closed, it holds nothing). */
  @state() private shown = false;
  /** The reply in the form, or 'new'; none: the list. */
  @state() private editing?: SavedReply | 'new';
  @state() private filter = '';
  /** The reply whose deletion waits to be confirmed. */
  @state() private confirming = '';
  @state() private said = '';
  @query('dialog') private dialog?: HTMLDialogElement;
  /** Where the keyboard goes once it is rendered. */
  private pendingFocus = '';
  private readonly replies = new LoadController(this, {
    args: () => [this.opened ? this.api : undefined, this.opened] as const,
    load: ([api], signal) => (api ? api.list(signal) : untilGiven<{ items: SavedReply[] }>()),
  });
  private readonly action = new AdminAction<'delete'>(this);
  private readonly i18n = new AdminLocaleController(this);

  /** Opens the dialog (what the button does). */
  async open(): Promise<void> {
    this.opened++;
    this.editing = undefined;
    this.confirming = '';
    this.said = '';
    this.filter = '';
    this.shown = true;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    this.focusIn('#search, .content button');
  }

  override render() {
    if (!this.feedback || !this.api) return nothing;
    return html`<button class="button small" type="button" aria-haspopup="dialog" @click=${() => this.open()}>${feedbackText('saved.open')}</button>
      <dialog aria-labelledby="saved-h" @close=${this.closed}>
        <div class="bar"><h2 id="saved-h">${feedbackText('saved.heading')}</h2>
          <button class="button small" type="button" @click=${() => this.dialog?.close()}>${feedbackText('saved.close')}</button></div>
        <div class="content">${!this.shown ? nothing : this.editing ? this.form(this.editing) : this.list()}</div>
      </dialog>`;
  }

  private closed(): void {
    this.shown = false;
    this.pendingFocus = '';
    this.editing = undefined;
  }

  private form(editing: SavedReply | 'new') {
    return html`<rapport-admin-saved-reply-form .api=${this.api} .reply=${editing === 'new' ? undefined : editing}
      .locale=${this.feedback!.locale} @rapport-admin-saved-reply-saved=${this.saved}
      @rapport-admin-saved-reply-cancel=${() => (editing === 'new' ? this.back(undefined, '.new') : this.back(editing.id))}></rapport-admin-saved-reply-form>`;
  }

  private list() {
    const all = this.replies.value?.items;
    const status = html`<p class="status-line" role="status">${this.said}</p>`;
    if (!all) {
      const { error } = this.replies;
      return error
        ? html`<p class="error" role="alert">${actionError(error)}</p>
            <div><button class="button" type="button" @click=${() => this.replies.reload()}>${adminText('app.retry')}</button></div>`
        : html`<p class="muted" role="status">${feedbackText('saved.loading')}</p>`;
    }
    const f = this.feedback!;
    const shown = orderForCustomer(all, f.locale, this.filter);
    const mine = shown.filter((r) => r.locale === f.locale);
    const others = shown.filter((r) => r.locale !== f.locale);
    const full = all.length >= SAVED_REPLIES_MAX;
    return html`${status}
      <div class="tools">
        ${all.length ? html`<div class="field"><label for="search">${feedbackText('saved.search')}</label>
          <input id="search" type="search" autocomplete="off" .value=${this.filter}
            @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} /></div>` : nothing}
        <button class="button new" type="button" ?disabled=${full} aria-describedby="count" @click=${() => this.edit('new')}>${feedbackText('saved.new')}</button>
      </div>
      <p id="count" class="hint">${!all.length ? feedbackText('saved.none') : full
        ? feedbackText('saved.full', { max: SAVED_REPLIES_MAX })
        : feedbackText('saved.count', { count: all.length, max: SAVED_REPLIES_MAX })}</p>
      ${all.length && !shown.length ? html`<p class="muted">${feedbackText('saved.noMatch', { query: this.filter.trim() })}</p>` : nothing}
      ${this.group('mine', html`${feedbackText('saved.customerLanguage')} · <span lang=${f.locale}>${ADMIN_LOCALE_NAMES[f.locale]}</span>`, mine)}
      ${this.group('others', feedbackText('saved.otherLanguages'), others)}
      ${this.action.error ? html`<p class="error" role="alert">${this.action.error}</p>` : nothing}`;
  }

  private group(id: string, heading: unknown, replies: SavedReply[]) {
    if (!replies.length) return nothing;
    return html`<section aria-labelledby=${`${id}-h`}><h3 id=${`${id}-h`}>${heading}</h3>
      <ul>${replies.map((r) => this.item(r))}</ul></section>`;
  }

  private item(r: SavedReply) {
    const t = `t-${r.id}`;
    const text = fillSavedReply(r.body, { feedback: this.feedback!, agent: this.agent || undefined, shop: this.shop || undefined });
    const confirming = this.confirming === r.id;
    const deleting = this.action.running === 'delete' && confirming;
    return html`<li data-id=${r.id}>
      <div class="head"><span class="title" id=${t} dir="auto">${r.title}</span>
        <span class="badge" lang=${r.locale}>${ADMIN_LOCALE_NAMES[r.locale]}</span></div>
      <p class="text" dir="auto">${text}</p>
      <div class="row-actions">${confirming
        ? html`<p id=${`c-${r.id}`}>${feedbackText('saved.confirmDelete', { title: r.title })}</p>
            <button class="button small danger confirm" type="button" aria-describedby=${`c-${r.id}`} ?disabled=${deleting} @click=${() => this.deleteReply(r)}>${deleting ? feedbackText('saved.deleting') : feedbackText('saved.delete')}</button>
            <button class="button small keep" type="button" @click=${() => this.back(r.id, '.delete')}>${feedbackText('saved.keep')}</button>`
        : html`<button class="button small primary insert" type="button" aria-describedby=${t} @click=${() => this.pick(r, text)}>${feedbackText('saved.insert')}</button>
            <button class="button small edit" type="button" aria-describedby=${t} @click=${() => this.edit(r)}>${feedbackText('saved.edit')}</button>
            <button class="button small delete" type="button" aria-describedby=${t} @click=${() => this.ask(r)}>${feedbackText('saved.delete')}</button>`}
      </div>
    </li>`;
  }

  private pick(reply: SavedReply, text: string): void {
    // Closed first: the dialog gives the keyboard back to its button, then the reply box takes it.
    this.dialog?.close();
    this.dispatchEvent(new SavedReplyPickedEvent(reply, text));
  }

  private async edit(reply: SavedReply | 'new'): Promise<void> {
    this.said = '';
    this.action.clear();
    this.editing = reply;
    await this.updateComplete;
    this.renderRoot.querySelector('rapport-admin-saved-reply-form')?.focus();
  }

  private ask(r: SavedReply): void {
    this.said = '';
    this.action.clear();
    this.confirming = r.id;
    this.focusIn(`li[data-id="${r.id}"] .confirm`);
  }

  private async deleteReply(r: SavedReply): Promise<void> {
    const api = this.api;
    // A delete answers nothing (204): `true` tells it apart from a failure.
    const done = api && (await this.action.run('delete', async () => {
      const res = await api.remove(r.id);
      return res.ok ? { ok: true as const, value: true } : res;
    }));
    if (!done) return;
    this.keep((this.replies.value?.items ?? []).filter((x) => x.id !== r.id));
    this.confirming = '';
    this.said = feedbackText('saved.deleted', { title: r.title });
    this.focusIn('#search, .content button');
  }

  private saved(e: SavedReplySavedEvent): void {
    const { reply } = e.detail;
    const items = this.replies.value?.items ?? [];
    this.keep(items.some((x) => x.id === reply.id) ? items.map((x) => (x.id === reply.id ? reply : x)) : [...items, reply]);
    this.filter = '';
    this.said = feedbackText('saved.saved', { title: reply.title });
    this.back(reply.id);
  }

  /** Back to the list, the keyboard on `selector` — in the row of `id` when given (its Insert button by default). */
  private back(id?: string, selector = '.insert'): void {
    this.editing = undefined;
    this.confirming = '';
    this.focusIn(id ? `li[data-id="${id}"] ${selector}` : selector);
  }

  private keep(items: SavedReply[]): void {
    this.replies.value = { items };
    this.requestUpdate();
  }

  /** Puts the keyboard on `selector` once it is rendered (the list may still be loading). */
  private focusIn(selector: string): void {
    this.pendingFocus = selector;
    this.requestUpdate();
  }

  override updated(): void {
    const target = this.pendingFocus && this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (!target) return;
    this.pendingFocus = '';
    target.focus();
  }
}

defineElement('rapport-admin-saved-replies', RapportAdminSavedReplies);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-saved-replies': RapportAdminSavedReplies;
  }
  interface HTMLElementEventMap {
    'rapport-admin-reply-picked': SavedReplyPickedEvent;
  }
}
