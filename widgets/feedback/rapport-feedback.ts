/**
 * @module <rapport-feedback>: the shopper's feedback form (complaint, suggestion, praise,
 * question; CSAT or NPS; text; photos), with the page, order and product attached and the
 * order shown. Every submission goes to the outbox first, so a flaky network never loses
 * or duplicates it. A message past the limit is kept whole and the form says so.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedbackKind, FeedbackReceipt } from '../../server/feedback/contract.ts';
import type { OrderSummaryView } from '../../server/orders/contract.ts';
import { FEEDBACK_KINDS, PHOTOS_MAX } from '../../server/feedback/limits.ts';
import { UPLOAD_MAX_BYTES } from '../../server/uploads/limits.ts';
import type { ApiError } from '../core/api-client.ts';
import { SETUP_ERROR, apiGet, rapport } from '../core/config.ts';
import { defineElement } from '../core/define.ts';
import { outbox } from '../core/durable-queue.ts';
import { deliver, newKey, watchOutbox, type Progress } from '../core/durable-send.ts';
import { RapportEvent } from '../core/events.ts';
import { fieldError, formStyles, ids } from '../core/form-parts.ts';
import { LoadController } from '../core/load-controller.ts';
import { addPhotos, photoList, previewBlob, type Photo } from '../core/photo-picker.ts';
import { RapportElement } from '../core/rapport-element.ts';
import { shopSettings } from '../core/shop-settings.ts';
import { baseStyles } from '../core/styles.ts';
import { kindGroup, orderView, queuedView, scoreGroup, thanksView, type OrderState, type ScoreMode } from './feedback-fields.ts';
import { submission } from './feedback-submission.ts';
import { TEXT_MAX, TEXT_NEAR, problemFields, textLength, validate, type Field, type FieldErrors } from './feedback-validate.ts';
import { feedbackStyles } from './rapport-feedback.styles.ts';
import { feedbackTexts, type FeedbackKey } from './texts.ts';

const KINDS: FeedbackKind[] = [...FEEDBACK_KINDS];
const PHOTO_LIMITS = { max: PHOTOS_MAX, maxBytes: UPLOAD_MAX_BYTES };
/** Where a submission is posted, and the queue entry that carries it there. */
const PATH = '/v1/feedback';

/** Sent feedback (`queued: false`, with its reference) or feedback saved to send later (`queued: true`). */
export class RapportFeedbackSubmitEvent extends RapportEvent<{ reference: string | null; queued: boolean }> {
  static readonly type = 'rapport-feedback-submit';
  constructor(reference: string | null, queued: boolean) {
    super(RapportFeedbackSubmitEvent.type, { reference, queued });
  }
}

/**
 * @summary Feedback form: complaint, suggestion, praise or question, a CSAT (1–5) or NPS
 * (0–10) score, a text and up to 3 photos, with the page, order, product and verified
 * customer attached; the order it is about shown at the top. Queued in IndexedDB and
 * retried until the server confirms it.
 *
 * @tag rapport-feedback
 *
 * @event rapport-feedback-submit - Confirmed by the server (`detail.queued` false, `detail.reference`), or saved on the device to be sent later (`detail.queued` true, `detail.reference` null).
 * @event rapport-error - The widget switched to its error state; `detail.error` is the `ApiError`.
 *
 * @csspart base - The titled container (a labelled region).
 * @csspart title - The heading.
 * @csspart order - The order the feedback is about (its number; for a verified customer its date and items).
 * @csspart form - The form.
 * @csspart submit - The submit button.
 * @csspart photos - The list of photo previews.
 * @csspart thanks - The thank-you panel shown once the server confirmed.
 * @csspart queued - The "saved, will be sent later" panel.
 * @csspart faq - The list of matching FAQ answers in the thank-you panel.
 * @csspart error - The error state (e.g. the page has no shop key).
 *
 * @cssproperty --rapport-feedback-color-primary - Accent color (falls back to `--rapport-color-primary`).
 * @cssproperty --rapport-feedback-color-on-primary - Text on the accent color (falls back to `--rapport-color-on-primary`).
 * @cssproperty --rapport-feedback-color-text - Text color (falls back to `--rapport-color-text`).
 * @cssproperty --rapport-feedback-color-muted - Hints and counters (falls back to `--rapport-color-muted`).
 * @cssproperty --rapport-feedback-color-bg - Background (falls back to `--rapport-color-bg`).
 * @cssproperty --rapport-feedback-color-border - Border color (falls back to `--rapport-color-border`).
 * @cssproperty --rapport-feedback-color-danger - Error color (falls back to `--rapport-color-danger`).
 * @cssproperty --rapport-feedback-radius - Corner radius in px (falls back to `--rapport-radius`).
 * @cssproperty --rapport-feedback-font-family - Font (falls back to `--rapport-font-family`).
 * @cssproperty --rapport-feedback-font-size - Base font size in px (falls back to `--rapport-font-size`).
 * @cssproperty --rapport-feedback-spacing - Base spacing in px (falls back to `--rapport-spacing`).
 * @cssproperty --rapport-feedback-min-height - The height it reserves from the start (default 852 px, more for NPS or an order), so the page below never moves; the page's `rapport-feedback:not(:defined)` rule gives the empty tag the same.
 *
 * @slot title - Replaces the heading text.
 */
export class RapportFeedback extends RapportElement<FeedbackKey> {
  static override styles = [baseStyles, formStyles, feedbackStyles];
  static override texts = feedbackTexts;

  /** The score asked for: `csat` (1–5), `nps` (0–10) or `none`. */
  @property() mode: ScoreMode = 'csat';
  /** Comma-separated kinds to offer (complaint, suggestion, praise, question); empty offers all. */
  @property() kinds = '';
  /** The order number this feedback is about: shown at the top; a guest confirms it with the order's email. */
  @property() order = '';
  /** The product id (uuid) this feedback is about. */
  @property() product = '';

  @state() private kind?: FeedbackKind;
  @state() private score?: number;
  @state() private text = '';
  @state() private email = '';
  @state() private photos: Photo[] = [];
  @state() private errors: FieldErrors = {};
  @state() private problem?: ApiError;
  @state() private phase: 'form' | 'sending' | 'pow' | 'queued' | 'thanks' = 'form';
  /** The kinds the shop takes (the owner may hide some in the admin); unknown until loaded. */
  @state() private shopKinds?: FeedbackKind[];
  /** The API refused the order for this customer when sending: the next send goes without it. */
  @state() private orderRefused = false;
  private receipt?: { kind: FeedbackKind; value: FeedbackReceipt };
  private shownAt = 0;

  /**
   * The verified customer's order in brief (`GET /v1/orders/{number}`); a guest's is checked
   * only when sent. Loaded again for another customer, not for the same one's new session.
   */
  private orderSummary = new LoadController<OrderSummaryView | undefined, readonly [string, string | undefined]>(this, {
    args: () => [this.order.trim(), this.session?.customer.id] as const,
    load: ([number, customer], signal) =>
      number && customer ? apiGet<OrderSummaryView>(`/v1/orders/${encodeURIComponent(number)}`, signal) : Promise.resolve({ ok: true, value: undefined }),
  });

  private get orderState(): OrderState {
    if (!this.session) return 'guest';
    const load = this.orderSummary;
    if (this.orderRefused || (load.status === 'error' && load.error!.status === 404)) return 'missing';
    if (load.status === 'error') return 'unknown';
    return load.status === 'done' && load.value?.number === this.order.trim() ? load.value : 'loading';
  }

  private get offered(): FeedbackKind[] {
    const wanted = this.kinds.split(',').map((k) => k.trim());
    const list = KINDS.filter((k) => wanted.includes(k));
    const mine = list.length ? list : KINDS;
    if (!this.shopKinds) return mine;
    // What the page asks for, among what the shop takes; the shop's list when none overlap.
    const taken = mine.filter((k) => this.shopKinds!.includes(k));
    return taken.length ? taken : this.shopKinds.length ? this.shopKinds : mine;
  }

  private get scoreMode(): ScoreMode {
    return this.mode === 'nps' || this.mode === 'none' ? this.mode : 'csat';
  }

  /** The verified customer's email: prefilled and locked. */
  private get lockedEmail() {
    return this.session?.customer.email ?? undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.shownAt ||= Date.now();
    if (rapport()?.shop) {
      watchOutbox(); // a previous page's unsent feedback goes now
      void shopSettings().then((s) => (this.shopKinds = s?.feedback?.kinds?.filter((k): k is FeedbackKind => (KINDS as string[]).includes(k))));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('order')) this.orderRefused = false;
  }

  protected renderContent() {
    const title = this.t('feedback.title');
    if (!rapport()?.shop) return this.renderPanel(title, this.renderError(SETUP_ERROR));
    if (this.phase === 'thanks' && this.receipt) return this.renderPanel(title, thanksView(this.t.bind(this), this.receipt.kind, this.receipt.value));
    if (this.phase === 'queued') return this.renderPanel(title, queuedView(this.t.bind(this)));
    return this.renderPanel(title, this.renderForm());
  }

  private renderForm() {
    const t = this.t.bind(this);
    const err = this.errors;
    const kinds = this.offered;
    const busy = this.phase !== 'form';
    const email = this.lockedEmail;
    const order = this.order.trim();
    const length = textLength(this.text);
    const limit = length > TEXT_MAX ? 'over' : length >= TEXT_NEAR ? 'near' : '';
    return html`<form part="form" novalidate @submit=${this.submit} aria-busy=${busy ? 'true' : 'false'}>
      ${order ? orderView(t, this.i18n.locale, order, this.orderState, err.order) : nothing}
      ${kindGroup(t, kinds, this.kind, err.kind, (k) => (this.kind = k))}
      ${scoreGroup(t, this.scoreMode, this.score, err.score, (n) => (this.score = n))}
      <div class="field grow">
        <label for="text">${t('feedback.text.label')}</label>
        <textarea id="text" rows="5" .value=${this.text} aria-invalid=${err.text || limit === 'over' ? 'true' : 'false'}
          aria-describedby=${ids('text-count', limit && 'text-limit', err.text && 'text-error')} @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}></textarea>
        <p id="text-count" class="hint count ${limit}">${t('feedback.text.count', { count: length, max: TEXT_MAX })}</p>
        <p id="text-limit" class="hint ${limit}" aria-live="polite">${limit ? t(`feedback.text.${limit}`, { max: TEXT_MAX }) : ''}</p>
        ${fieldError(t, 'text', err.text)}
      </div>
      <div class="field">
        <label for="photos">${t('feedback.photos.label')}</label>
        <input id="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple ?disabled=${this.photos.length >= PHOTOS_MAX}
          aria-describedby=${ids('photos-hint', err.photos && 'photos-error')} @change=${this.addPhotos} />
        <p id="photos-hint" class="hint">${t('feedback.photos.hint')}</p>
        ${photoList(t, this.photos, (p) => this.removePhoto(p))} ${fieldError(t, 'photos', err.photos)}
      </div>
      <div class="field">
        <label for="email">${t('feedback.email.label')}</label>
        <input id="email" type="email" autocomplete="email" .value=${email ?? this.email} ?readonly=${!!email}
          aria-invalid=${err.email ? 'true' : 'false'} aria-describedby=${ids('email-hint', err.email && 'email-error')}
          @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)} />
        <p id="email-hint" class="hint">${t(email ? 'feedback.email.verified' : order ? 'feedback.email.order' : 'feedback.email.hint')}</p>
        ${fieldError(t, 'email', err.email)}
      </div>
      <div class="hp" aria-hidden="true">
        <label for="website">${t('form.honeypot')}</label><input id="website" name="website" tabindex="-1" autocomplete="off" />
      </div>
      ${this.problem ? html`<p class="field-error" role="alert">${this.errorMessage(this.problem)}</p>` : nothing}
      <button part="submit" type="submit">${t('feedback.submit')}</button>
      <p class="hint" role="status">${busy ? t(this.phase === 'pow' ? 'form.pow' : 'form.sending') : ''}</p>
    </form>`;
  }

  private async addPhotos(e: Event) {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // choosing the same file again after removing it must fire `change`
    const { photos, errors } = await addPhotos(this.photos, files, PHOTO_LIMITS);
    this.photos = photos;
    this.errors = { ...this.errors, photos: errors.length ? errors : undefined };
  }

  private async removePhoto(p: Photo) {
    this.photos = this.photos.filter((x) => x !== p);
    await this.updateComplete; // the input may have been disabled (3 photos) until this render
    this.renderRoot.querySelector<HTMLElement>('#photos')?.focus(); // the button is gone: keep focus in the form
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const shop = rapport()?.shop;
    if (this.phase !== 'form' || !shop) return;
    this.problem = undefined;
    const order = this.orderState === 'missing' ? '' : this.order.trim();
    this.errors = validate(this.offered.length === 1 ? this.offered[0] : this.kind, this.text, this.lockedEmail ?? this.email, this.session ? '' : order);
    if (this.focusInvalid()) return;
    const body = submission({
      kind: this.kind ?? this.offered[0], mode: this.scoreMode, score: this.score, text: this.text, email: this.lockedEmail ?? this.email,
      locale: this.i18n.locale, order, product: this.product, shownAt: this.shownAt,
      website: this.renderRoot.querySelector<HTMLInputElement>('#website')?.value,
    });
    const files = this.photos.map((p) => ({ name: p.name, photo: p.file, preview: previewBlob(p) }));
    const entry = { key: newKey(), path: PATH, body, createdAt: Date.now(), files };
    this.phase = 'sending';
    await outbox(shop).put(entry); // before the first send: a closed tab or a dead network loses nothing
    const res = await deliver<FeedbackReceipt>(shop, entry, (p) => this.progress(p));
    if (!res) return;
    if (res.ok) {
      this.receipt = { kind: entry.body.kind, value: res.value };
      this.phase = 'thanks';
      this.reset();
      this.dispatchEvent(new RapportFeedbackSubmitEvent(res.value.reference, false));
      void this.focusDone();
      return;
    }
    this.phase = 'form';
    const { fields, complete } = problemFields(res.error, { photos: this.photos.length > 0, order, guest: !this.session });
    // Not one of this customer's orders: they are told so, and the next send goes without it.
    if (fields.order) this.orderRefused = true;
    this.errors = fields;
    this.problem = complete ? undefined : res.error;
    this.focusInvalid();
  }

  private progress(p: Progress) {
    if (p !== 'queued') this.phase = p === 'pow' ? 'pow' : 'sending';
    else if (this.phase !== 'queued') {
      this.phase = 'queued';
      this.dispatchEvent(new RapportFeedbackSubmitEvent(null, true));
      void this.focusDone();
    }
  }

  private reset() {
    Object.assign(this, { kind: undefined, score: undefined, text: '', email: '', photos: [], errors: {}, shownAt: Date.now() });
  }

  /** Moves focus to the first field with an error; true if there was one. */
  private focusInvalid(): boolean {
    const first = (['kind', 'score', 'text', 'photos', 'email'] as Field[]).find((f) => this.errors[f]);
    const selector = first === 'kind' || first === 'score' ? `[name=${first}]` : `#${first}`;
    if (first) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
    return !!first;
  }

  private async focusDone() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#done')?.focus();
  }
}

defineElement('rapport-feedback', RapportFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-feedback': RapportFeedback;
  }
  interface HTMLElementEventMap {
    'rapport-feedback-submit': RapportFeedbackSubmitEvent;
  }
}
