/**
 * @module <rapport-admin-feedback>: one inbox item — the detail view at `/admin/inbox/<id>`.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import { AdminAction } from '../app/admin-action.ts';
import type { AdminSession } from '../app/admin-api.ts';
import { untilGiven } from '../app/admin-load.ts';
import type { FeedbackApi, FeedbackChange, FeedbackDetail, StaffList } from './feedback-api.ts';
import type { FeedbackChangedEvent } from './feedback-events.ts';
import type { SavedRepliesApi } from './saved-replies.ts';
import { fullTimeLabel, timeLabel, withBdi, type AdminText } from '../app/admin-format.ts';
import { isLowScore, kindLabel, scoreLabel, statusLabel } from './feedback-format.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { ADMIN_BASE, pathForPage } from '../app/admin-routes.ts';
import { adminText } from '../app/admin-texts.ts';
import { feedbackText } from './feedback-texts.ts';
import { STATUSES } from './inbox-filter.ts';
import { CLOCK_TICK_MS, responseClock } from './response-clock.ts';
import { feedbackStyles } from './rapport-admin-feedback.styles.ts';
import './rapport-admin-composer.ts';
import './rapport-admin-feedback-context.ts';
import './rapport-admin-tags.ts';
import './rapport-admin-thread.ts';

type DetailApi = Pick<FeedbackApi, 'feedback' | 'staff' | 'updateFeedback' | 'reply' | 'addNote'>;

/**
 * The detail view of a feedback item: a link back to the list (with its filter), the
 * kind, score, response clock and satisfaction, the thread with photos, the reply and
 * note box; beside it the status, the assignee, the tags and the context (page, order,
 * product, customer). Every change shows its progress, says what happened in a live
 * region, and says why when it fails.
 *
 * @summary Feedback detail view.
 * @tag rapport-admin-feedback
 */
export class RapportAdminFeedback extends LitElement {
  static override styles = feedbackStyles;

  /** The feedback calls (`api.area(FeedbackApi)`). */
  @property({ attribute: false }) api?: DetailApi;
  /** The signed-in staff member. */
  @property({ attribute: false }) session?: AdminSession;
  /** The saved-replies calls (`api.area(SavedRepliesApi)`), for the reply box. */
  @property({ attribute: false }) savedReplies?: SavedRepliesApi;
  /** The id of the item shown. */
  @property({ attribute: 'feedback-id' }) feedbackId = '';
  /** The list's URL query, for the way back. */
  @property() search = '';
  /** Where the admin lives. */
  @property() base = ADMIN_BASE;

  @state() private now = Date.now();
  @state() private notice: AdminText = '';
  /**
   * The item, loaded again when the API or the id changes (a newer load supersedes an
   * older one); each change's answer from the server replaces it.
   */
  private readonly item = new LoadController(this, {
    args: () => [this.api, this.feedbackId] as const,
    load: ([api, id], signal) => (api && id ? api.feedback(id, signal) : untilGiven<FeedbackDetail>()),
  });
  /** The shop's staff, to assign to. */
  private readonly staffList = new LoadController(this, {
    args: () => [this.api] as const,
    load: ([api], signal) => (api ? api.staff(signal) : untilGiven<StaffList>()),
  });
  private readonly action = new AdminAction<'status' | 'assignee'>(this);
  private ticker?: ReturnType<typeof setInterval>;
  private readonly i18n = new AdminLocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), CLOCK_TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Another item: the one shown before goes (its load follows), and what was said about it.
    if (changed.has('feedbackId')) this.item.value = undefined;
    if (changed.has('api') || changed.has('feedbackId')) this.notice = '';
  }

  private get feedback(): FeedbackDetail | undefined {
    return this.item.value;
  }

  private get staff() {
    return this.staffList.value?.items ?? [];
  }

  override render() {
    const back = html`<a class="back" href=${pathForPage('inbox', this.base, undefined, this.search)} data-page="inbox">
      <span aria-hidden="true">←</span> ${feedbackText('detail.back')}</a>`;
    const f = this.feedback;
    if (!f) {
      const { error } = this.item;
      // Loading again cannot bring back an item that does not exist.
      const retryable = error?.status !== 404;
      return html`${back}${error
        ? html`<div class="card nothing"><p role="alert">${actionError(error)}</p>
            ${retryable ? html`<button class="button" type="button" @click=${() => this.item.reload()}>${adminText('app.retry')}</button>` : nothing}</div>`
        : html`<p class="muted" role="status">${feedbackText('detail.loading')}</p>`}`;
    }
    return html`${back}
      <p class="notice" role="status">${this.notice}</p>
      <div class="layout" @rapport-admin-feedback-changed=${this.changed}>
        <div class="column">
          ${this.summary(f)}
          <section class="card" aria-labelledby="thread-h"><h2 id="thread-h" class="section">${feedbackText('detail.thread')}</h2>
            <rapport-admin-thread .feedback=${f}></rapport-admin-thread></section>
          <section class="card" aria-labelledby="answer-h"><h2 id="answer-h" class="section">${feedbackText('detail.answer')}</h2>
            <rapport-admin-composer .api=${this.api} .feedback=${f} .savedReplies=${this.savedReplies}
              .agent=${this.session?.staff.name ?? ''} .shop=${this.session?.shop.name ?? ''}></rapport-admin-composer></section>
        </div>
        <div class="column">
          <section class="card manage" aria-labelledby="manage-h"><h2 id="manage-h" class="section">${feedbackText('detail.manage')}</h2>
            ${this.fields(f)}
            <rapport-admin-tags .api=${this.api} .feedback=${f}></rapport-admin-tags>
          </section>
          <section class="card" aria-labelledby="context-h"><h2 id="context-h" class="section">${feedbackText('detail.context')}</h2>
            <rapport-admin-feedback-context .feedback=${f} .search=${this.search} .base=${this.base}></rapport-admin-feedback-context>
          </section>
        </div>
      </div>`;
  }

  private summary(f: FeedbackDetail) {
    const clock = responseClock(f, this.now);
    const score = scoreLabel(f);
    return html`<section class="card summary" aria-labelledby="summary-h">
      <div class="meta"><span class="badge ${f.kind}">${kindLabel(f.kind)}</span>
        <span class="badge ${f.status}">${statusLabel(f.status)}</span></div>
      <h2 id="summary-h">${feedbackText('detail.heading', { reference: f.reference, kind: kindLabel(f.kind) })}</h2>
      <dl class="facts">
        <div><dt>${feedbackText('detail.received')}</dt><dd><time datetime=${f.createdAt} title=${fullTimeLabel(f.createdAt)}>
          ${timeLabel(f.createdAt)}</time></dd></div>
        <div><dt>${feedbackText('detail.score')}</dt><dd class="score ${isLowScore(f) ? 'low' : ''}">${score || feedbackText('detail.noScore')}</dd></div>
        <div><dt>${feedbackText('detail.response')}</dt><dd class="clock ${clock.state}">${clock.text}</dd></div>
        ${f.satisfaction !== null
          ? html`<div><dt>${feedbackText('detail.satisfaction')}</dt><dd>${feedbackText('detail.satisfactionScore', { score: f.satisfaction })}</dd></div>`
          : nothing}
      </dl>
    </section>`;
  }

  private fields(f: FeedbackDetail) {
    const running = this.action.running;
    return html`<div class="field"><label for="status">${feedbackText('detail.status')}</label>
        <select id="status" ?disabled=${running !== ''} @change=${(e: Event) => this.change(e, 'status')}>
          ${STATUSES.map((s) => html`<option value=${s} .selected=${s === f.status}>${statusLabel(s)}</option>`)}
        </select>${running === 'status' ? html`<span class="saving">${feedbackText('detail.saving')}</span>` : nothing}</div>
      <div class="field"><label for="assignee">${feedbackText('detail.assignee')}</label>
        <select id="assignee" ?disabled=${running !== ''} @change=${(e: Event) => this.change(e, 'assignee')}>
          <option value="" .selected=${f.assigneeId === null}>${feedbackText('inbox.unassigned')}</option>
          ${f.assigneeId && !this.staff.some((s) => s.id === f.assigneeId)
            ? html`<option value=${f.assigneeId} .selected=${true}>${f.assigneeName ?? f.assigneeId}</option>`
            : nothing}
          ${this.staff.map((s) => html`<option value=${s.id} .selected=${s.id === f.assigneeId}>${s.name}</option>`)}
        </select>${running === 'assignee' ? html`<span class="saving">${feedbackText('detail.saving')}</span>` : nothing}</div>
      ${this.action.error ? html`<p class="error" role="alert">${this.action.error}</p>` : nothing}`;
  }

  private async change(e: Event, what: 'status' | 'assignee'): Promise<void> {
    const select = e.target as HTMLSelectElement;
    const f = this.feedback;
    if (!f || !this.api) return;
    const value = select.value;
    const change: FeedbackChange = what === 'status' ? { status: value as FeedbackDetail['status'] } : { assigneeId: value || null };
    const saved = await this.action.run(what, () => this.api!.updateFeedback(f.id, change));
    if (!saved) {
      select.value = what === 'status' ? f.status : (f.assigneeId ?? ''); // show what is really saved
      return;
    }
    const name = this.staff.find((s) => s.id === saved.assigneeId)?.name ?? saved.assigneeName;
    this.show(saved, what === 'status'
      ? feedbackText('detail.statusChanged', { status: statusLabel(saved.status) })
      : name ? withBdi((p) => feedbackText('detail.assigned', p), { name }, ['name']) : feedbackText('detail.unassigned'));
  }

  private changed(e: FeedbackChangedEvent): void {
    this.show(e.detail.feedback, e.detail.message);
  }

  /** Shows the server's new state of the item and says what changed. */
  private show(feedback: FeedbackDetail, message: AdminText): void {
    this.item.value = feedback;
    this.notice = message;
  }
}

defineElement('rapport-admin-feedback', RapportAdminFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-feedback': RapportAdminFeedback;
  }
}
