/**
 * @module <rapport-admin-thread>: one feedback item's conversation — the customer's
 * message with its photos first, then replies, customer replies and internal notes.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import type { FeedbackDetail } from './feedback-api.ts';
import { emailLabel, fullTimeLabel, sizeLabel, timeLabel, withBdi } from '../app/admin-format.ts';
import { adminLocale } from '../app/admin-i18n.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBadges, adminBase } from '../app/admin-styles.ts';
import { feedbackText } from './feedback-texts.ts';

type Message = FeedbackDetail['messages'][number];
/** A photo: its address, its preview's (`previewUrl`, null where it has none) and its size in pixels when known. */
type Photo = FeedbackDetail['photos'][number];

/**
 * Past this many pixels a photo without a preview is not drawn as a thumbnail (a browser
 * decodes every pixel of it, whatever size it is shown at): 12 MP is about 48 MB decoded.
 */
export const THUMBNAIL_MAX_PIXELS = 12_000_000;

/**
 * The thread, oldest first: the customer's message (with small previews that open the
 * photo full size on request), then each staff reply (emailed), customer reply and internal note,
 * each styled and labelled for what it is — notes are marked "Internal", since the
 * customer never sees them.
 *
 * @summary Feedback conversation.
 * @tag rapport-admin-thread
 */
export class RapportAdminThread extends LitElement {
  static override styles = [
    adminBase,
    adminBadges,
    css`
      :host { display: block; }
      ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
      article { padding: 14px 16px; border-radius: var(--_radius); border: 1px solid var(--_border); background: var(--_surface); }
      article.customer { background: #f8f9fb; }
      article.staff { background: var(--_accent-soft); border-color: #c8cff3; margin-left: 32px; }
      article.note { background: #fffaeb; border: 1px dashed #e0b252; margin-left: 32px; }
      header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin-bottom: 6px; font-size: 13px; }
      header .who { font-weight: 600; }
      header time { color: var(--_muted); margin-left: auto; }
      .body { white-space: pre-wrap; overflow-wrap: anywhere; }
      .photos { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; padding: 0; list-style: none; }
      .photos button { padding: 0; border: 1px solid var(--_border); border-radius: 6px; background: none; cursor: zoom-in; }
      .photos img { display: block; width: 96px; height: 96px; object-fit: cover; border-radius: 5px; }
      .photos .large {
        display: grid; place-items: center; width: 96px; height: 96px; padding: 6px; font-size: 11px; line-height: 14px;
        color: var(--_muted); text-align: center;
      }
      @media (max-width: 599px) { article.staff, article.note { margin-left: 12px; } }
      dialog { max-width: min(92vw, 1000px); max-height: 92vh; padding: 12px; border: 0; border-radius: var(--_radius); }
      dialog::backdrop { background: rgb(16 24 40 / 70%); }
      dialog img { display: block; max-width: 100%; max-height: calc(92vh - 80px); margin: 0 auto 12px; }
      .dialog-bar { display: flex; justify-content: space-between; align-items: center; gap: 12px; }
    `,
  ];

  /** The item whose thread is shown. */
  @property({ attribute: false }) feedback?: FeedbackDetail;

  @state() private open?: Photo;
  @query('dialog') private dialog?: HTMLDialogElement;
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const f = this.feedback;
    if (!f) return nothing;
    const messages = [...f.messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return html`<ol aria-label=${feedbackText('thread.label')}>
        <li>${this.first(f)}</li>
        ${messages.map((m) => html`<li>${this.message(m)}</li>`)}
      </ol>
      <dialog aria-label=${feedbackText('photo.dialog')} @close=${() => (this.open = undefined)}>
        ${this.open ? html`<img src=${this.open.url} alt=${this.photoAlt(this.open)} decoding="async" />` : nothing}
        <div class="dialog-bar">
          ${this.open ? html`<a href=${this.open.url} target="_blank" rel="noopener">${feedbackText('photo.newTab')}</a>` : nothing}
          <button class="button" type="button" @click=${() => this.dialog?.close()}>${feedbackText('photo.close')}</button>
        </div>
      </dialog>`;
  }

  private first(f: FeedbackDetail) {
    const who = f.customerName ?? f.customer?.name ?? f.contactEmail ?? feedbackText('thread.customer');
    return html`<article class="customer" data-author="customer">
      <header><span class="who"><bdi>${who}</bdi></span>
        ${f.contactEmail && f.contactEmail !== who ? html`<span class="muted">${emailLabel(f.contactEmail)}</span>` : nothing}
        ${this.time(f.createdAt)}</header>
      <p class="body" dir="auto">${f.body}</p>
      ${f.photos.length
        ? html`<ul class="photos" aria-label=${feedbackText('photo.list', { count: f.photos.length })}>${f.photos.map((p) => html`<li>
            <button type="button" @click=${() => this.show(p)}>${this.thumbnail(p)}</button></li>`)}</ul>`
        : nothing}
    </article>`;
  }

  private message(m: Message) {
    const name = m.staffName ?? feedbackText('thread.staff');
    const by = (key: 'thread.noteBy' | 'thread.replyBy') => withBdi((p) => feedbackText(key, p), { name }, ['name']);
    const head =
      m.authorType === 'note'
        ? html`<span class="badge internal">${feedbackText('thread.internal')}</span>
            <span class="who">${by('thread.noteBy')}</span>`
        : m.authorType === 'staff'
          ? html`<span class="who">${by('thread.replyBy')}</span>
              <span class="muted">${feedbackText('thread.emailed')}</span>`
          : html`<span class="who">${feedbackText('thread.customerReply')}</span>`;
    return html`<article class=${m.authorType} data-author=${m.authorType}>
      <header>${head} ${this.time(m.createdAt)}</header>
      <p class="body" dir="auto">${m.body}</p>
    </article>`;
  }

  private time(iso: string) {
    return html`<time datetime=${iso} title=${fullTimeLabel(iso)}>${timeLabel(iso)}</time>`;
  }

  /**
   * A small preview (the one the shopper's browser drew), drawn only when it scrolls into
   * view and off the main thread. Without one, the photo itself is drawn small only when its
   * size in pixels is known and at most THUMBNAIL_MAX_PIXELS; otherwise the button says why
   * there is no thumbnail. The photo itself loads only when opened.
   */
  private thumbnail(p: Photo) {
    const count = this.feedback?.photos.length ?? 1;
    const n = this.photoNumber(p);
    const src = p.previewUrl ?? (p.width && p.height && p.width * p.height <= THUMBNAIL_MAX_PIXELS ? p.url : undefined);
    if (src) return html`<img src=${src} alt=${this.photoAlt(p)} loading="lazy" decoding="async" width="96" height="96" />`;
    if (!p.width || !p.height) return html`<span class="large">${feedbackText('photo.noPreview', { n, count })}</span>`;
    const number = new Intl.NumberFormat(adminLocale());
    const pixels = `${number.format(p.width)} × ${number.format(p.height)}`;
    return html`<span class="large">${feedbackText('photo.tooLarge', { n, count, pixels })}</span>`;
  }

  /** Which photo of the item `p` is, from 1. */
  private photoNumber(p: Photo): number {
    return (this.feedback?.photos.findIndex((q) => q.id === p.id) ?? 0) + 1;
  }

  private photoAlt(p: Photo): string {
    const n = this.photoNumber(p);
    return feedbackText('photo.alt', { n, count: this.feedback?.photos.length ?? 1, size: sizeLabel(p.size) });
  }

  private async show(p: Photo): Promise<void> {
    this.open = p;
    await this.updateComplete;
    this.dialog?.showModal();
  }
}

defineElement('rapport-admin-thread', RapportAdminThread);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-thread': RapportAdminThread;
  }
}
