/**
 * @module <rapport-admin-response-times>: the shop's first-response targets and the
 * kinds of feedback its form offers.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import type { FeedbackKind } from '../../../server/feedback/contract.ts';
import { FEEDBACK_KINDS as KINDS } from '../../../server/feedback/limits.ts';
import { actionError } from '../app/action-errors.ts';
import { AdminAction } from '../app/admin-action.ts';
import { untilGiven } from '../app/admin-load.ts';
import type { FeedbackSettings, SettingsApi } from './settings-api.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import { settingsText } from './settings-texts.ts';

/** The longest target the server accepts: 30 days. */
export const MAX_HOURS = 24 * 30;

/**
 * Response times: per kind, the hours within which the team promises a first answer
 * (the inbox counts down to it, the feedback form and auto-reply promise it), and
 * which kinds the feedback form offers. Saved together with one button.
 *
 * @summary Response-time targets form.
 * @tag rapport-admin-response-times
 */
export class RapportAdminResponseTimes extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      .card > p { margin: 4px 0 20px; }
      form { display: grid; gap: 20px; }
      fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
      legend { margin-bottom: 10px; padding: 0; }
      .hours { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); }
      .unit { display: flex; align-items: center; gap: 8px; }
      .unit input { width: 96px; }
      /* CJK may break between any two characters: keep the unit (小时) on one line. */
      .unit > span { flex: none; }
      .kinds { display: flex; flex-wrap: wrap; gap: 10px 24px; }
      .kinds label { display: inline-flex; align-items: center; gap: 8px; }
      .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
    `,
  ];

  /** The settings calls (`feedbackSettings`, `saveFeedbackSettings`). */
  @property({ attribute: false }) api?: Pick<SettingsApi, 'feedbackSettings' | 'saveFeedbackSettings'>;

  @state() private saved = '';
  /** The settings as saved on the server: loaded for each API, then replaced by each save's answer. */
  private readonly settings = new LoadController(this, {
    args: () => [this.api] as const,
    load: ([api], signal) => (api ? api.feedbackSettings(signal) : untilGiven<FeedbackSettings>()),
  });
  private readonly action = new AdminAction<'save'>(this);
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const { value, error } = this.settings;
    return html`<section class="card" aria-labelledby="times-heading">
      <h2 id="times-heading">${settingsText('times.heading')}</h2>
      <p class="muted">${settingsText('times.intro')}</p>
      ${value ? this.form(value)
        : error ? html`<p class="error" role="alert">${actionError(error)}</p>`
        : html`<p class="muted" role="status">${settingsText('times.loading')}</p>`}
    </section>`;
  }

  private form(s: FeedbackSettings) {
    const busy = this.action.running !== '';
    return html`<form @submit=${this.save} @input=${this.edited} aria-busy=${busy ? 'true' : 'false'}>
      <fieldset><legend>${settingsText('times.targets')}</legend><div class="hours">
        ${KINDS.map((k) => html`<div class="field"><label for="hours-${k}">${settingsText(`times.kind.${k}`)}</label>
          <div class="unit"><input id="hours-${k}" name=${k} type="number" inputmode="numeric" min="1" max=${MAX_HOURS} step="1"
            required .value=${String(s.responseTargets[k])} aria-describedby="unit-${k}" />
            <span id="unit-${k}" class="muted">${settingsText('times.hours')}</span></div></div>`)}
      </div></fieldset>
      <fieldset><legend>${settingsText('times.kinds')}</legend><div class="kinds">
        ${KINDS.map((k) => html`<label><input type="checkbox" name="shown" value=${k}
          .checked=${!s.hiddenKinds.includes(k)} />${settingsText(`times.kind.${k}`)}</label>`)}
      </div><p class="hint">${settingsText('times.kindsHint')}</p></fieldset>
      ${this.action.error ? html`<p class="error" role="alert">${this.action.error}</p>` : nothing}
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${busy}>${busy ? settingsText('times.saving') : settingsText('times.save')}</button>
        <span class="status-line" role="status">${this.saved}</span>
      </div>
    </form>`;
  }

  private edited(): void {
    this.saved = '';
    this.action.clear();
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (!this.api) return;
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const shown = data.getAll('shown').map(String);
    if (shown.length === 0) {
      this.action.fail(settingsText('times.noneShown'));
      return;
    }
    const hours = (k: FeedbackKind) => Math.round(Number(data.get(k)));
    const next: FeedbackSettings = {
      responseTargets: { complaint: hours('complaint'), suggestion: hours('suggestion'), praise: hours('praise'), question: hours('question') },
      hiddenKinds: KINDS.filter((k) => !shown.includes(k)),
    };
    const res = await this.action.run('save', () => this.api!.saveFeedbackSettings(next));
    if (!res) return;
    this.settings.value = res; // the server's answer is what is saved now
    this.saved = settingsText('times.saved');
  }
}

defineElement('rapport-admin-response-times', RapportAdminResponseTimes);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-response-times': RapportAdminResponseTimes;
  }
}
