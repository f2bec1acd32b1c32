/**
 * @module <rapport-admin-recommendation-model>: when the shop's model was trained and on
 * what, and a way for an owner to train it now.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import { AdminAction } from '../app/admin-action.ts';
import { fullTimeLabel, timeLabel } from '../app/admin-format.ts';
import { untilGiven } from '../app/admin-load.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminControls } from '../app/admin-styles.ts';
import type { ModelInfo, RecommendationsApi } from './recommendations-api.ts';
import { countLabel } from './recommendations-format.ts';
import { recsText } from './recommendations-texts.ts';

/** After "Train now", the model is asked again this often, at most this many times (the runner trains within minutes). */
export const TRAIN_POLL = { everyMs: 4_000, times: 75 };

/**
 * The model: when the version in use was trained, on how many events and shoppers (or
 * that it has not been yet), a Refresh, and — for owners — "Train now"
 * (`POST /v1/admin/recommendations/train`), which says the training was queued, then asks
 * for the model every few seconds until the new one is in use and says that too: the job
 * runner trains it and every API process picks the new version up.
 *
 * @summary Recommendation model status and training.
 * @tag rapport-admin-recommendation-model
 */
export class RapportAdminRecommendationModel extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    css`
      :host { display: block; }
      .head { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between; gap: 12px 24px; }
      .head > div { flex: 1 1 280px; }
      .head p { margin-top: 4px; }
      dl { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px 24px; margin: 20px 0 0; }
      dt { color: var(--_muted); font-size: 13px; }
      dd { margin: 2px 0 0; font-size: 18px; line-height: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
      .never { margin-top: 20px; }
      .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin-top: 20px; }
      .error:not(:empty) { margin-top: 16px; }
    `,
  ];

  /** The area's calls (`model`, `train`). */
  @property({ attribute: false }) api?: Pick<RecommendationsApi, 'model' | 'train'>;
  /** Whether the staff member may train (owners). */
  @property({ type: Boolean }) owner = false;

  @state() private queued = '';
  /** While waiting for a training: when the model in use was trained before it (null: never), and the polls left. */
  private waiting?: { since: string | null; left: number; timer: ReturnType<typeof setInterval> };
  private readonly model = new LoadController(this, {
    args: () => [this.api] as const,
    load: ([api], signal) => (api ? api.model(signal) : untilGiven<ModelInfo>()),
  });
  private readonly action = new AdminAction<'train'>(this);
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const loading = this.model.status === 'loading' || this.model.status === 'idle';
    return html`<section class="card" aria-labelledby="model-heading" aria-busy=${loading ? 'true' : 'false'}>
      <div class="head">
        <div><h2 id="model-heading">${recsText('model.heading')}</h2><p class="muted">${recsText('model.intro')}</p></div>
        <button class="button" type="button" @click=${() => this.model.reload()} ?disabled=${loading}>${recsText('model.refresh')}</button>
      </div>
      ${this.model.value ? this.facts(this.model.value)
        : this.model.error ? html`<p class="error" role="alert">${actionError(this.model.error)}</p>`
        : html`<p class="muted" role="status">${recsText('model.loading')}</p>`}
      <div class="actions">
        ${this.owner ? html`<button class="button primary" type="button" @click=${this.train} ?disabled=${this.action.running !== ''}>
          ${recsText(this.action.running ? 'model.queuing' : 'model.train')}</button>`
          : html`<p class="hint">${recsText('model.ownersOnly')}</p>`}
        <span class="status-line" role="status">${this.queued}</span>
      </div>
      <p class="error" role="alert">${this.action.error}</p>
    </section>`;
  }

  private facts(m: ModelInfo) {
    if (!m.trainedAt) return html`<p class="never">${recsText('model.never')}</p>`;
    return html`<dl>
      <div><dt>${recsText('model.trainedAt')}</dt><dd><time datetime=${m.trainedAt} title=${fullTimeLabel(m.trainedAt)}>${timeLabel(m.trainedAt)}</time></dd></div>
      <div><dt>${recsText('model.interactions')}</dt><dd>${countLabel(m.interactions)}</dd></div>
      <div><dt>${recsText('model.shoppers')}</dt><dd>${countLabel(m.shoppers)}</dd></div>
    </dl>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWaiting();
  }

  override updated(): void {
    const w = this.waiting;
    const trainedAt = this.model.value?.trainedAt ?? null;
    if (w && trainedAt && trainedAt !== w.since) {
      this.stopWaiting();
      this.queued = recsText('model.trained');
    }
  }

  private async train(): Promise<void> {
    this.queued = '';
    this.stopWaiting();
    // A 202 has no body: whether it failed is in the action's error.
    await this.action.run('train', () => this.api!.train());
    if (this.action.error) return;
    this.queued = recsText('model.queued');
    const w = { since: this.model.value?.trainedAt ?? null, left: TRAIN_POLL.times, timer: setInterval(() => {
      if (--w.left <= 0) this.stopWaiting();
      this.model.reload();
    }, TRAIN_POLL.everyMs) };
    this.waiting = w;
  }

  private stopWaiting(): void {
    clearInterval(this.waiting?.timer);
    this.waiting = undefined;
  }
}

defineElement('rapport-admin-recommendation-model', RapportAdminRecommendationModel);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-recommendation-model': RapportAdminRecommendationModel;
  }
}
