/**
 * @module <rapport-admin-tags>: the tags of a feedback item, to add and remove.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { AdminAction } from '../app/admin-action.ts';
import type { FeedbackApi, FeedbackDetail } from './feedback-api.ts';
import { FeedbackChangedEvent } from './feedback-events.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import { withBdi, type AdminText } from '../app/admin-format.ts';
import { feedbackText } from './feedback-texts.ts';

/** As many tags as the server keeps on one item. */
export const MAX_TAGS = 20;

/**
 * The tags editor: each tag with a remove button, and a field to add one (Enter or
 * the button). Each change is saved at once and reported; a failed one says why and
 * leaves the tags as they were.
 *
 * @summary Tags editor.
 * @tag rapport-admin-tags
 * @event rapport-admin-feedback-changed - `FeedbackChangedEvent` once a tag is added or removed.
 */
export class RapportAdminTags extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      ul { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; padding: 0; list-style: none; }
      li {
        display: inline-flex; align-items: center; gap: 2px; padding: 0 2px 0 8px; border: 1px solid var(--_border);
        border-radius: 4px; font-size: 13px; line-height: 24px; background: var(--_bg);
      }
      li button {
        display: grid; place-items: center; width: 22px; height: 22px; padding: 0; border: 0; border-radius: 3px;
        background: none; color: var(--_muted); font: inherit; font-size: 16px; cursor: pointer;
      }
      li button:hover { background: var(--_danger-soft); color: var(--_danger); }
      form { display: flex; gap: 8px; }
      .error { margin-top: 8px; }
    `,
  ];

  /** The admin API (only `updateFeedback` is used). */
  @property({ attribute: false }) api?: Pick<FeedbackApi, 'updateFeedback'>;
  /** The item tagged. */
  @property({ attribute: false }) feedback?: FeedbackDetail;

  private readonly action = new AdminAction<'add' | 'remove'>(this);
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const tags = this.feedback?.tags ?? [];
    const busy = this.action.running !== '';
    return html`<div class="field">
      <span class="label" id="tags-label">${feedbackText('tags.label')}</span>
      ${tags.length
        ? html`<ul aria-labelledby="tags-label">${tags.map((t) => html`<li><bdi>${t}</bdi><button type="button" ?disabled=${busy}
            aria-label=${feedbackText('tags.remove', { tag: t })} @click=${() => this.removeTag(t)}>×</button></li>`)}</ul>`
        : html`<p class="hint">${feedbackText('tags.none')}</p>`}
      <form @submit=${this.add}>
        <label class="visually-hidden" for="new-tag">${feedbackText('tags.new')}</label>
        <input id="new-tag" name="tag" maxlength="50" autocomplete="off" placeholder=${feedbackText('tags.placeholder')}
          ?disabled=${tags.length >= MAX_TAGS} @input=${() => this.action.clear()} />
        <button class="button" type="submit" ?disabled=${busy || tags.length >= MAX_TAGS}>
          ${this.action.running === 'add' ? feedbackText('tags.adding') : feedbackText('tags.add')}</button>
      </form>
      ${this.action.error ? html`<p class="error" role="alert">${this.action.error}</p>` : nothing}
    </div>`;
  }

  private async add(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('tag') as HTMLInputElement;
    const tag = input.value.trim();
    const tags = this.feedback?.tags ?? [];
    if (!tag) return;
    if (tags.includes(tag)) {
      input.value = '';
      return;
    }
    if (await this.save('add', [...tags, tag], withBdi((p) => feedbackText('tags.added', p), { tag }, ['tag']))) {
      input.value = '';
      input.focus();
    }
  }

  private async removeTag(tag: string): Promise<void> {
    const tags = (this.feedback?.tags ?? []).filter((t) => t !== tag);
    // The button is gone once removed: keep the keyboard in the editor.
    if (await this.save('remove', tags, withBdi((p) => feedbackText('tags.removed', p), { tag }, ['tag']))) {
      this.renderRoot.querySelector<HTMLInputElement>('#new-tag')?.focus();
    }
  }

  private async save(name: 'add' | 'remove', tags: string[], message: AdminText): Promise<boolean> {
    const f = this.feedback;
    if (!f || !this.api) return false;
    const saved = await this.action.run(name, () => this.api!.updateFeedback(f.id, { tags }));
    if (!saved) return false;
    this.dispatchEvent(new FeedbackChangedEvent(saved, message));
    return true;
  }
}

defineElement('rapport-admin-tags', RapportAdminTags);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-tags': RapportAdminTags;
  }
}
