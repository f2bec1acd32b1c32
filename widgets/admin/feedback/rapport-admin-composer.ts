/**
 * @module <rapport-admin-composer>: the reply box and the note box of a feedback item,
 * with the shop's saved replies to insert.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { AdminAction } from '../app/admin-action.ts';
import type { FeedbackApi, FeedbackDetail } from './feedback-api.ts';
import { FeedbackChangedEvent } from './feedback-events.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import { withBdi } from '../app/admin-format.ts';
import { feedbackText } from './feedback-texts.ts';
import type { SavedReplyPickedEvent } from './rapport-admin-saved-replies.ts';
import type { SavedRepliesApi } from './saved-replies.ts';
import './rapport-admin-saved-replies.ts';

type Mode = 'reply' | 'note';
/** What the form is doing: a reply, a reply then resolving the item, or a note. */
type Running = Mode | 'resolve';

/** The address a reply goes to: the one the shopper gave, else the customer's. */
export const replyAddress = (f: FeedbackDetail): string | null => f.contactEmail ?? f.customer?.email ?? null;

/**
 * One box to answer with: "Reply by email" (sent to the customer; the item then waits
 * on them — or "Send and resolve": the reply, then the item resolved, in one click) or
 * "Internal note" (seen by the team only). Without an address to write to, only notes
 * are possible, and it says why. "Saved replies" beside the box inserts one of the shop's
 * saved replies where the cursor is, filled in for the item.
 *
 * @summary Reply and note box.
 * @tag rapport-admin-composer
 * @event rapport-admin-feedback-changed - `FeedbackChangedEvent` once the reply or note is saved.
 */
export class RapportAdminComposer extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      form { display: grid; gap: 12px; }
      fieldset { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; border: 0; }
      fieldset label {
        display: inline-flex; align-items: center; gap: 8px; padding: 6px 12px; border: 1px solid var(--_border);
        border-radius: 999px; cursor: pointer; font-weight: 550;
      }
      fieldset label:has(input:checked) { border-color: var(--_accent); background: var(--_accent-soft); color: var(--_accent); }
      fieldset label:has(input:disabled) { cursor: not-allowed; opacity: 0.6; }
      textarea.note { background: #fffdf5; border-style: dashed; }
      .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 8px; }
      .box-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 6px 12px; }
    `,
  ];

  /** The admin API (`reply`, `addNote`, and `updateFeedback` to resolve after a reply). */
  @property({ attribute: false }) api?: Pick<FeedbackApi, 'reply' | 'addNote' | 'updateFeedback'>;
  /** The item answered. */
  @property({ attribute: false }) feedback?: FeedbackDetail;
  /** The saved-replies calls; without them there is no "Saved replies" button. */
  @property({ attribute: false }) savedReplies?: SavedRepliesApi;
  /** The agent's name, for a saved reply's `{agent}`. */
  @property() agent = '';
  /** The shop's name, for a saved reply's `{shop}`. */
  @property() shop = '';

  @state() private mode: Mode = 'reply';
  /** What was done to the box that a screen reader would not otherwise hear (a saved reply inserted). */
  @state() private said = '';
  @query('textarea') private box?: HTMLTextAreaElement;
  private readonly action = new AdminAction<Running>(this);
  private readonly i18n = new AdminLocaleController(this);

  override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('feedback') as FeedbackDetail | undefined;
    if (changed.has('feedback') && this.feedback && before?.id !== this.feedback.id) {
      this.mode = replyAddress(this.feedback) ? 'reply' : 'note';
    }
  }

  override render() {
    const f = this.feedback;
    if (!f) return nothing;
    const to = replyAddress(f);
    const busy = this.action.running !== '';
    const reply = this.mode === 'reply';
    return html`<form @submit=${this.send} aria-busy=${busy ? 'true' : 'false'}>
      <fieldset>
        <legend class="visually-hidden">${feedbackText('compose.mode')}</legend>
        <label><input type="radio" name="mode" value="reply" .checked=${reply} ?disabled=${!to}
          @change=${() => this.switch('reply')} />${feedbackText('compose.reply')}</label>
        <label><input type="radio" name="mode" value="note" .checked=${!reply}
          @change=${() => this.switch('note')} />${feedbackText('compose.note')}</label>
      </fieldset>
      <div class="field">
        <div class="box-head"><label for="body">${reply ? feedbackText('compose.replyLabel') : feedbackText('compose.noteLabel')}</label>
          ${this.savedReplies ? html`<rapport-admin-saved-replies .api=${this.savedReplies} .feedback=${f} .agent=${this.agent}
            .shop=${this.shop} @rapport-admin-reply-picked=${this.insert}></rapport-admin-saved-replies>` : nothing}</div>
        <textarea id="body" name="body" class=${this.mode} required maxlength="10000" aria-describedby="hint"
          @input=${() => this.edited()}></textarea>
        <p id="hint" class="hint">${reply
          ? withBdi((p) => feedbackText('compose.replyHint', p), { email: to ?? '' }, ['email'])
          : to ? feedbackText('compose.noteHint') : feedbackText('compose.noAddress')}</p>
      </div>
      <p class="status-line visually-hidden" role="status">${this.said}</p>
      ${this.action.error ? html`<p class="error" role="alert">${this.action.error}</p>` : nothing}
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${busy}>${busy && this.action.running !== 'resolve'
          ? feedbackText(reply ? 'compose.sending' : 'compose.saving')
          : feedbackText(reply ? 'compose.send' : 'compose.add')}</button>
        ${reply ? html`<button class="button" type="submit" value="resolve" ?disabled=${busy}>${this.action.running === 'resolve'
          ? feedbackText('compose.sending') : feedbackText('compose.sendResolve')}</button>` : nothing}
      </div>
    </form>`;
  }

  private switch(mode: Mode): void {
    this.mode = mode;
    this.action.clear();
  }

  private edited(): void {
    this.action.clear();
    this.said = '';
  }

  /** A saved reply goes where the cursor is (in place of a selection; the whole box when it is empty), and the box takes the keyboard. */
  private insert(e: SavedReplyPickedEvent): void {
    const box = this.box;
    if (!box) return;
    box.setRangeText(e.detail.text, box.selectionStart, box.selectionEnd, 'end');
    box.focus();
    this.action.clear();
    this.said = feedbackText('saved.inserted', { title: e.detail.reply.title });
  }

  private async send(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const f = this.feedback;
    const body = this.box?.value.trim() ?? '';
    if (!f || !this.api || !body) return;
    this.said = '';
    const mode = this.mode;
    const resolve = mode === 'reply' && (e.submitter as HTMLButtonElement | null)?.value === 'resolve';
    const api = this.api;
    const saved = await this.action.run(resolve ? 'resolve' : mode, () => (mode === 'reply' ? api.reply(f.id, body) : api.addNote(f.id, body)));
    if (!saved) return;
    if (this.box) this.box.value = '';
    const email = replyAddress(f) ?? '';
    if (!resolve) {
      this.dispatchEvent(new FeedbackChangedEvent(saved, mode === 'reply' ? sent('compose.sent', email) : feedbackText('compose.added')));
      return;
    }
    // The reply is out whatever happens next: the thread shows it, and a failure to resolve says so.
    const done = await this.action.run('resolve', () => api.updateFeedback(f.id, { status: 'resolved' }));
    if (done) {
      this.dispatchEvent(new FeedbackChangedEvent(done, sent('compose.sentResolved', email)));
      return;
    }
    const error = this.action.error;
    this.dispatchEvent(new FeedbackChangedEvent(saved, sent('compose.sent', email)));
    this.action.fail(feedbackText('compose.resolveFailed', { error }));
  }
}

defineElement('rapport-admin-composer', RapportAdminComposer);

/** "Reply sent to {email}…", the address isolated. */
const sent = (key: 'compose.sent' | 'compose.sentResolved', email: string) => withBdi((p) => feedbackText(key, p), { email }, ['email']);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-composer': RapportAdminComposer;
  }
}
