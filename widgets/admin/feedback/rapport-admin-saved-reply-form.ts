/**
 * @module <rapport-admin-saved-reply-form>: writes a new saved reply or rewrites one —
 * title, language, text — and saves it on the server.
 */
import { LitElement, css, html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { RapportEvent } from '../../core/events.ts';
import { defineElement } from '../../core/define.ts';
import { AdminAction } from '../app/admin-action.ts';
import { ADMIN_LOCALE_NAMES, AdminLocaleController } from '../app/admin-locale.ts';
import { ADMIN_LOCALES } from '../app/admin-i18n.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import { MESSAGE_MAX, SAVED_REPLIES_MAX, SAVED_REPLY_TITLE_MAX } from '../../../server/feedback/limits.ts';
import { feedbackText } from './feedback-texts.ts';
import { PLACEHOLDERS, type SavedRepliesApi, type SavedReply, type SavedReplyInput } from './saved-replies.ts';

/** A saved reply was added or rewritten: `detail.reply` is it as the server keeps it. */
export class SavedReplySavedEvent extends RapportEvent<{ reply: SavedReply }> {
  static readonly type = 'rapport-admin-saved-reply-saved';
  constructor(reply: SavedReply) {
    super(SavedReplySavedEvent.type, { reply });
  }
}

/** The form was left without saving. */
export class SavedReplyCancelEvent extends RapportEvent<null> {
  static readonly type = 'rapport-admin-saved-reply-cancel';
  constructor() {
    super(SavedReplyCancelEvent.type, null);
  }
}

/**
 * The form for one saved reply: its title (what agents pick it by), the language it is
 * written in and its text, with the placeholders that are filled in listed under it.
 * Saving shows its progress and says why it failed (a full shop says so).
 *
 * @summary Saved-reply form.
 * @tag rapport-admin-saved-reply-form
 * @event rapport-admin-saved-reply-saved - `SavedReplySavedEvent` once the server kept it.
 * @event rapport-admin-saved-reply-cancel - `SavedReplyCancelEvent` when left unsaved.
 */
export class RapportAdminSavedReplyForm extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      form { display: grid; gap: 14px; }
      h3 { font-size: 15px; font-weight: 600; overflow-wrap: anywhere; }
      textarea { min-height: 160px; }
      dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 4px 0 0; }
      dd { margin: 0; }
      code { font-size: 12px; }
      .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 8px; }
    `,
  ];

  /** The saved-replies calls. */
  @property({ attribute: false }) api?: SavedRepliesApi;
  /** The reply rewritten; none for a new one. */
  @property({ attribute: false }) reply?: SavedReply;
  /** A new reply's language (the customer's). */
  @property() locale: SavedReply['locale'] = 'en';

  @query('#title') private titleInput?: HTMLInputElement;
  private readonly action = new AdminAction<'save'>(this);
  private readonly i18n = new AdminLocaleController(this);

  /** Puts the keyboard on the first field. */
  override focus(): void {
    this.titleInput?.focus();
  }

  override render() {
    const r = this.reply;
    const chosen = r?.locale ?? this.locale;
    const busy = this.action.running !== '';
    return html`<form @submit=${this.save} @input=${() => this.action.clear()} aria-busy=${busy ? 'true' : 'false'}>
      <h3 id="form-h">${r ? feedbackText('saved.editHeading', { title: r.title }) : feedbackText('saved.newHeading')}</h3>
      <div class="field"><label for="title">${feedbackText('saved.title')}</label>
        <input id="title" name="title" required maxlength=${SAVED_REPLY_TITLE_MAX} .value=${r?.title ?? ''} autocomplete="off" /></div>
      <div class="field"><label for="locale">${feedbackText('saved.language')}</label>
        <select id="locale" name="locale">${ADMIN_LOCALES.map((l) => html`<option value=${l} lang=${l} .selected=${l === chosen}>${ADMIN_LOCALE_NAMES[l]}</option>`)}</select></div>
      <div class="field"><label for="text">${feedbackText('saved.text')}</label>
        <textarea id="text" name="body" required maxlength=${MESSAGE_MAX} aria-describedby="fills" .value=${r?.body ?? ''}></textarea>
        <div id="fills" class="hint">${feedbackText('saved.fillsIn')}
          <dl>${PLACEHOLDERS.map((p) => html`<dt><code>{${p}}</code></dt><dd>${feedbackText(`saved.ph.${p}`)}</dd>`)}</dl></div>
      </div>
      ${this.action.error ? html`<p class="error" role="alert">${this.action.error}</p>` : ''}
      <div class="actions">
        <button class="button" type="button" @click=${() => this.dispatchEvent(new SavedReplyCancelEvent())}>${feedbackText('saved.cancel')}</button>
        <button class="button primary" type="submit" ?disabled=${busy}>${busy ? feedbackText('saved.saving') : feedbackText('saved.save')}</button>
      </div>
    </form>`;
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const api = this.api;
    if (!api) return;
    const data = new FormData(e.target as HTMLFormElement);
    const input: SavedReplyInput = {
      title: String(data.get('title') ?? '').trim(),
      body: String(data.get('body') ?? '').trim(),
      locale: String(data.get('locale')) as SavedReply['locale'],
    };
    const id = this.reply?.id;
    let full = false;
    const saved = await this.action.run('save', async () => {
      const res = id ? await api.update(id, input) : await api.create(input);
      full = !res.ok && !id && res.error.code === 'conflict';
      return res;
    });
    if (saved) this.dispatchEvent(new SavedReplySavedEvent(saved));
    else if (full) this.action.fail(feedbackText('saved.full', { max: SAVED_REPLIES_MAX }));
  }
}

defineElement('rapport-admin-saved-reply-form', RapportAdminSavedReplyForm);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-saved-reply-form': RapportAdminSavedReplyForm;
  }
  interface HTMLElementEventMap {
    'rapport-admin-saved-reply-saved': SavedReplySavedEvent;
    'rapport-admin-saved-reply-cancel': SavedReplyCancelEvent;
  }
}
