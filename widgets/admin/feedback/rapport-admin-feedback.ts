/**
 * @module <rapport-admin-feedback>: one inbox item — the detail view at `/admin/inbox/<id>`.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { actionError } from '../app/action-errors.ts';
import { AdminAction } from '../app/admin-action.ts';
import type { AdminSession } from '../app/admin-api.ts';
import type { FeedbackApi, FeedbackChange, FeedbackDetail, StaffMember } from './feedback-api.ts';
import type { FeedbackChangedEvent } from './feedback-events.ts';
import { isLowScore, kindLabel, scoreLabel, statusLabel } from '../app/admin-format.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { ADMIN_BASE, pathForPage } from '../app/admin-routes.ts';
import { adminText } from '../app/admin-texts.ts';
import { fullTimeLabel, timeLabel } from '../settings/activity-labels.ts';
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
  /** The id of the item shown. */
  @property({ attribute: 'feedback-id' }) feedbackId = '';
  /** The list's URL query, for the way back. */
  @property() search = '';
  /** Where the admin lives. */
  @property() base = ADMIN_BASE;

  @state() private feedback?: FeedbackDetail;
  @state() private problem = '';
  /** False when loading again cannot help (the item does not exist). */
  @state() private retryable = true;
  @state() private staff: StaffMember[] = [];
  @state() private now = Date.now();
  @state() private notice = '';
  private readonly action = new AdminAction<'status' | 'assignee'>(this);
  private loading?: AbortController;
  private ticker?: ReturnType<typeof setInterval>;
  private readonly i18n = new AdminLocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), CLOCK_TICK_MS);
    if (this.hasUpdated) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    this.loading?.abort();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) void this.loadStaff();
    if (changed.has('api') || changed.has('feedbackId')) void this.load();
  }

  override render() {
    const back = html`<a class="back" href=${pathForPage('inbox', this.base, undefined, this.search)} data-page="inbox">
      <span aria-hidden="true">←</span> ${adminText('detail.back')}</a>`;
    const f = this.feedback;
    if (!f) {
      return html`${back}${this.problem
        ? html`<div class="card nothing"><p role="alert">${this.problem}</p>
            ${this.retryable ? html`<button class="button" type="button" @click=${this.load}>${adminText('app.retry')}</button>` : nothing}</div>`
        : html`<p class="muted" role="status">${adminText('detail.loading')}</p>`}`;
    }
    return html`${back}
      <p class="notice" role="status">${this.notice}</p>
      <div class="layout" @rapport-admin-feedback-changed=${this.changed}>
        <div class="column">
          ${this.summary(f)}
          <section class="card" aria-labelledby="thread-h"><h2 id="thread-h" class="section">${adminText('detail.thread')}</h2>
            <rapport-admin-thread .feedback=${f}></rapport-admin-thread></section>
          <section class="card" aria-labelledby="answer-h"><h2 id="answer-h" class="section">${adminText('detail.answer')}</h2>
            <rapport-admin-composer .api=${this.api} .feedback=${f}></rapport-admin-composer></section>
        </div>
        <div class="column">
          <section class="card manage" aria-labelledby="manage-h"><h2 id="manage-h" class="section">${adminText('detail.manage')}</h2>
            ${this.fields(f)}
            <rapport-admin-tags .api=${this.api} .feedback=${f}></rapport-admin-tags>
          </section>
          <section class="card" aria-labelledby="context-h"><h2 id="context-h" class="section">${adminText('detail.context')}</h2>
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
      <h2 id="summary-h">${adminText('detail.heading', { reference: f.reference, kind: kindLabel(f.kind) })}</h2>
      <dl class="facts">
        <div><dt>${adminText('detail.received')}</dt><dd><time datetime=${f.createdAt} title=${fullTimeLabel(f.createdAt)}>
          ${timeLabel(f.createdAt)}</time></dd></div>
        <div><dt>${adminText('detail.score')}</dt><dd class="score ${isLowScore(f) ? 'low' : ''}">${score || adminText('detail.noScore')}</dd></div>
        <div><dt>${adminText('detail.response')}</dt><dd class="clock ${clock.state}">${clock.text}</dd></div>
        ${f.satisfaction !== null
          ? html`<div><dt>${adminText('detail.satisfaction')}</dt><dd>${adminText('detail.satisfactionScore', { score: f.satisfaction })}</dd></div>`
          : nothing}
      </dl>
    </section>`;
  }

  private fields(f: FeedbackDetail) {
    const running = this.action.running;
    return html`<div class="field"><label for="status">${adminText('detail.status')}</label>
        <select id="status" ?disabled=${running !== ''} @change=${(e: Event) => this.change(e, 'status')}>
          ${STATUSES.map((s) => html`<option value=${s} .selected=${s === f.status}>${statusLabel(s)}</option>`)}
        </select>${running === 'status' ? html`<span class="saving">${adminText('detail.saving')}</span>` : nothing}</div>
      <div class="field"><label for="assignee">${adminText('detail.assignee')}</label>
        <select id="assignee" ?disabled=${running !== ''} @change=${(e: Event) => this.change(e, 'assignee')}>
          <option value="" .selected=${f.assigneeId === null}>${adminText('inbox.unassigned')}</option>
          ${f.assigneeId && !this.staff.some((s) => s.id === f.assigneeId)
            ? html`<option value=${f.assigneeId} .selected=${true}>${f.assigneeName ?? f.assigneeId}</option>`
            : nothing}
          ${this.staff.map((s) => html`<option value=${s.id} .selected=${s.id === f.assigneeId}>${s.name}</option>`)}
        </select>${running === 'assignee' ? html`<span class="saving">${adminText('detail.saving')}</span>` : nothing}</div>
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
      ? adminText('detail.statusChanged', { status: statusLabel(saved.status) })
      : name ? adminText('detail.assigned', { name }) : adminText('detail.unassigned'));
  }

  private changed(e: FeedbackChangedEvent): void {
    this.show(e.detail.feedback, e.detail.message);
  }

  /** Shows the server's new state of the item and says what changed. */
  private show(feedback: FeedbackDetail, message: string): void {
    this.feedback = feedback;
    this.notice = message;
  }

  /** Loads the item; a newer load (another item) makes an older one's answer irrelevant. */
  readonly load = async (): Promise<void> => {
    if (!this.api || !this.feedbackId) return;
    this.loading?.abort();
    const ctl = (this.loading = new AbortController());
    if (this.feedback?.id !== this.feedbackId) this.feedback = undefined;
    this.problem = '';
    this.notice = '';
    const res = await this.api.feedback(this.feedbackId, ctl.signal);
    if (ctl.signal.aborted) return;
    if (res.ok) this.feedback = res.value;
    else {
      this.problem = actionError(res.error);
      this.retryable = res.error.status !== 404;
    }
  };

  private async loadStaff(): Promise<void> {
    const res = await this.api!.staff();
    if (res.ok) this.staff = res.value.items;
  }
}

defineElement('rapport-admin-feedback', RapportAdminFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-feedback': RapportAdminFeedback;
  }
}
