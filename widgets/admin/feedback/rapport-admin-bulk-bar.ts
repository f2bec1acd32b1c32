/**
 * @module <rapport-admin-bulk-bar>: assign, tag or resolve the selected inbox items at once.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { AdminAction } from '../app/admin-action.ts';
import type { BulkRequest, FeedbackApi, StaffMember } from './feedback-api.ts';
import { InboxBulkDoneEvent } from './feedback-events.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import { withBdi, type AdminText } from '../app/admin-format.ts';
import { feedbackText } from './feedback-texts.ts';

type Bulk = BulkRequest['action'];
/** The "nobody" choice: unassigns (the empty value means nothing chosen yet). */
const NOBODY = 'none';

/**
 * The bulk bar, shown while items are selected: how many, then "assign to …", "add
 * tag …" and "resolve", each applied to all of them in one call. It shows its own
 * progress and errors and reports what changed.
 *
 * @summary Bulk actions on selected inbox items.
 * @tag rapport-admin-bulk-bar
 * @event rapport-admin-bulk-done - `InboxBulkDoneEvent` with a sentence saying what changed.
 */
export class RapportAdminBulkBar extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      .bar {
        display: flex; flex-wrap: wrap; align-items: flex-end; gap: 12px 20px; padding: 12px 16px;
        background: var(--_accent-soft); border: 1px solid #c8cff3; border-radius: var(--_radius);
      }
      .count { align-self: center; font-weight: 600; margin-right: auto; }
      form { display: flex; align-items: flex-end; gap: 8px; }
      form .field { width: 180px; }
      .error { margin-top: 8px; }
    `,
  ];

  /** The admin API (only `bulk` is used). */
  @property({ attribute: false }) api?: Pick<FeedbackApi, 'bulk'>;
  /** The selected items' ids. */
  @property({ attribute: false }) ids: readonly string[] = [];
  /** The shop's staff, to assign to. */
  @property({ attribute: false }) staff: StaffMember[] = [];

  @state() private assignee = '';
  private readonly action = new AdminAction<Bulk>(this);
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const running = this.action.running;
    const busy = running !== '';
    const label = (name: Bulk, idle: string) => (running === name ? feedbackText('bulk.working') : idle);
    return html`<section class="bar" aria-label=${feedbackText('bulk.label')} aria-busy=${busy ? 'true' : 'false'}>
        <p class="count">${feedbackText('bulk.selected', { count: this.ids.length })}</p>
        <form @submit=${this.assign}>
          <div class="field"><label for="assignee">${feedbackText('bulk.assignTo')}</label>
            <select id="assignee" required @change=${(e: Event) => (this.assignee = (e.target as HTMLSelectElement).value)}>
              <option value="" .selected=${this.assignee === ''}>${feedbackText('bulk.choose')}</option>
              ${this.staff.map((s) => html`<option value=${s.id} .selected=${this.assignee === s.id}>${s.name}</option>`)}
              <option value=${NOBODY} .selected=${this.assignee === NOBODY}>${feedbackText('bulk.unassign')}</option>
            </select></div>
          <button class="button" type="submit" ?disabled=${busy}>${label('assign', feedbackText('bulk.assign'))}</button>
        </form>
        <form @submit=${this.tag}>
          <div class="field"><label for="tag">${feedbackText('bulk.tag')}</label>
            <input id="tag" name="tag" required maxlength="50" autocomplete="off" /></div>
          <button class="button" type="submit" ?disabled=${busy}>${label('tag', feedbackText('bulk.addTag'))}</button>
        </form>
        <button class="button primary" type="button" ?disabled=${busy} @click=${this.resolve}>
          ${label('resolve', feedbackText('bulk.resolve'))}</button>
      </section>
      ${this.action.error ? html`<p class="error" role="alert">${this.action.error}</p>` : nothing}`;
  }

  private assign(e: SubmitEvent): void {
    e.preventDefault();
    if (!this.assignee) return;
    const assigneeId = this.assignee === NOBODY ? null : this.assignee;
    const name = this.staff.find((s) => s.id === assigneeId)?.name;
    void this.apply('assign', { assigneeId }, (count) =>
      name ? withBdi((p) => feedbackText('bulk.assigned', p), { count, name }, ['name']) : feedbackText('bulk.unassigned', { count }));
  }

  private tag(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('tag') as HTMLInputElement;
    const tag = input.value.trim();
    if (!tag) return;
    void this.apply('tag', { tag }, (count) => withBdi((p) => feedbackText('bulk.tagged', p), { count, tag }, ['tag']))
      .then((ok) => ok && (input.value = ''));
  }

  private resolve(): void {
    void this.apply('resolve', {}, (count) => feedbackText('bulk.resolved', { count }));
  }

  private async apply(action: Bulk, extra: Partial<BulkRequest>, said: (count: number) => AdminText): Promise<boolean> {
    if (!this.api || this.ids.length === 0) return false;
    const res = await this.action.run(action, () => this.api!.bulk({ ids: [...this.ids], action, ...extra }));
    if (!res) return false;
    this.dispatchEvent(new InboxBulkDoneEvent(said(res.updated)));
    return true;
  }
}

defineElement('rapport-admin-bulk-bar', RapportAdminBulkBar);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-bulk-bar': RapportAdminBulkBar;
  }
}
