/**
 * @module <rapport-admin-saved-replies>: picks a saved reply for the reply box, filled in
 * for the item. Not linked into the admin until the server keeps saved replies (see
 * saved-replies.ts).
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RapportEvent } from '../../core/events.ts';
import { defineElement } from '../../core/define.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import type { FeedbackDetail } from './feedback-api.ts';
import { feedbackText } from './feedback-texts.ts';
import { fillSavedReply, type SavedReply } from './saved-replies.ts';

/** A saved reply was picked: `detail.text` is it, filled in for the item. */
export class SavedReplyPickedEvent extends RapportEvent<{ reply: SavedReply; text: string }> {
  static readonly type = 'rapport-admin-reply-picked';
  constructor(reply: SavedReply, text: string) {
    super(SavedReplyPickedEvent.type, { reply, text });
  }
}

/**
 * The saved replies as one labelled choice, those in the customer's language first;
 * picking one reports its text with the customer's name, order and the reference filled
 * in, for the reply box to insert, and the choice goes back to "Choose…".
 *
 * @summary Saved-reply picker.
 * @tag rapport-admin-saved-replies
 * @event rapport-admin-reply-picked - `SavedReplyPickedEvent` with the filled-in text.
 */
export class RapportAdminSavedReplies extends LitElement {
  static override styles = [adminBase, adminControls, css`:host { display: block; }`];

  /** The shop's saved replies. */
  @property({ attribute: false }) replies: SavedReply[] = [];
  /** The item answered. */
  @property({ attribute: false }) feedback?: FeedbackDetail;
  /** The agent's name, for `{agent}`. */
  @property() agent = '';
  /** The shop's name, for `{shop}`. */
  @property() shop = '';
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const f = this.feedback;
    if (!f) return nothing;
    if (this.replies.length === 0) return html`<p class="hint">${feedbackText('saved.none')}</p>`;
    const mine = (r: SavedReply) => (r.locale === f.locale ? 0 : 1);
    const sorted = [...this.replies].sort((a, b) => mine(a) - mine(b) || a.title.localeCompare(b.title));
    return html`<div class="field">
      <label for="saved">${feedbackText('saved.label')}</label>
      <select id="saved" @change=${this.pick}>
        <option value="">${feedbackText('saved.choose')}</option>
        ${sorted.map((r) => html`<option value=${r.id}>${r.title}</option>`)}
      </select>
    </div>`;
  }

  private pick(e: Event): void {
    const select = e.target as HTMLSelectElement;
    const reply = this.replies.find((r) => r.id === select.value);
    select.value = '';
    if (!reply || !this.feedback) return;
    const text = fillSavedReply(reply.body, { feedback: this.feedback, agent: this.agent || undefined, shop: this.shop || undefined });
    this.dispatchEvent(new SavedReplyPickedEvent(reply, text));
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
