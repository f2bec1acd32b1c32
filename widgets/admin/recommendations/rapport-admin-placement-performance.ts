/**
 * @module <rapport-admin-placement-performance>: impressions, clicks, click-through and
 * attributed purchases per placement over a period, with each placement's switch.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { actionError } from '../app/action-errors.ts';
import { AdminAction } from '../app/admin-action.ts';
import { moneyLabel } from '../app/admin-format.ts';
import { untilGiven } from '../app/admin-load.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { adminBase, adminTable } from '../app/admin-styles.ts';
import type { Placement, RecommendationSettings, RecommendationStats, RecommendationsApi } from './recommendations-api.ts';
import { RecommendationSettingsSavedEvent } from './recommendations-events.ts';
import { countLabel, placementLabel, shareLabel } from './recommendations-format.ts';
import { recsText } from './recommendations-texts.ts';

/** The periods a merchant compares, in days. */
export const PERIODS = [7, 30, 90] as const;
type Row = RecommendationStats['placements'][number];

/**
 * Performance per placement (`GET /v1/admin/recommendations/stats`) for the last 7, 30 or
 * 90 days — impressions, clicks, click-through, purchases attributed to a click and their
 * revenue in the shop's currency, with a total — and a switch per placement: an owner's
 * flip saves at once and says so; an agent sees On or Off.
 *
 * @event rapport-admin-recommendation-settings-saved - `RecommendationSettingsSavedEvent` once a switch is saved.
 *
 * @summary Recommendation performance table with placement switches.
 * @tag rapport-admin-placement-performance
 */
export class RapportAdminPlacementPerformance extends LitElement {
  static override styles = [
    adminBase,
    adminTable,
    css`
      :host { display: block; }
      .head { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between; gap: 12px 24px; margin-bottom: 16px; }
      .head > div { flex: 1 1 280px; }
      .head p { margin-top: 4px; }
      fieldset { display: flex; margin: 0; padding: 0; border: 0; min-width: 0; }
      legend { padding: 0; }
      .periods { display: inline-flex; border: 1px solid var(--_border); border-radius: 6px; overflow: hidden; }
      .periods label { position: relative; display: block; }
      .periods input { position: absolute; opacity: 0; inset: 0; margin: 0; cursor: pointer; }
      .periods span { display: block; padding: 7px 12px; font-weight: 550; color: var(--_muted); white-space: nowrap; }
      .periods label + label span { border-left: 1px solid var(--_border); }
      .periods input:checked + span { background: var(--_accent-soft); color: var(--_accent); }
      .periods input:focus-visible + span { box-shadow: inset 0 0 0 2px var(--_accent); }
      /* On a phone the three periods share the card's width instead of running past it. */
      @media (max-width: 599px) {
        fieldset, .periods { width: 100%; }
        .periods label { flex: 1 1 0; min-width: 0; }
        .periods span { padding: 7px 6px; text-align: center; white-space: normal; }
      }
      .table-wrap:focus-visible { border-radius: 4px; }
      table { min-width: 680px; }
      th[scope='row'] { font-weight: 550; white-space: nowrap; }
      tfoot th, tfoot td { font-weight: 650; border-top: 2px solid var(--_border); }
      .switch {
        display: inline-flex; align-items: center; gap: 8px; padding: 2px; border: 0; border-radius: 999px;
        background: none; font: inherit; color: var(--_text); cursor: pointer;
      }
      .track { position: relative; width: 36px; height: 20px; border-radius: 999px; background: #7b8597; transition: background 0.15s; }
      .thumb { position: absolute; top: 2px; left: 2px; width: 16px; height: 16px; border-radius: 50%; background: #fff; transition: transform 0.15s; }
      [aria-checked='true'] .track { background: var(--_accent); }
      [aria-checked='true'] .thumb { transform: translateX(16px); }
      .switch.pending { opacity: 0.65; cursor: progress; }
      .state { min-width: 2em; font-weight: 550; }
      .badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; background: #f1f3f7; color: #404857; }
      .badge.on { background: #ecfdf3; color: #05603a; }
      .note { margin-top: 12px; font-size: 13px; }
      .status:empty { position: absolute; }
      .status { margin-bottom: 12px; color: var(--_ok); font-weight: 550; }
      .error:not(:empty) { margin-bottom: 12px; }
    `,
  ];

  /** The area's calls (`stats`, and `updateSettings` for the switches). */
  @property({ attribute: false }) api?: Pick<RecommendationsApi, 'stats' | 'updateSettings'>;
  /** The placement settings as saved; until they load, the figures' own on/off shows. */
  @property({ attribute: false }) settings?: RecommendationSettings;
  /** Whether the staff member may switch placements (owners). */
  @property({ type: Boolean }) owner = false;
  /** The period shown, in days. */
  @property({ type: Number }) days: number = 30;

  @state() private said = '';
  private readonly stats = new LoadController(this, {
    args: () => [this.api, this.days] as const,
    load: ([api, days], signal) => (api ? api.stats(days, signal) : untilGiven<RecommendationStats>()),
  });
  private readonly action = new AdminAction<Placement>(this);
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const loading = this.stats.status === 'loading' || this.stats.status === 'idle';
    return html`<section class="card" aria-labelledby="perf-heading" aria-busy=${loading ? 'true' : 'false'}>
      <div class="head">
        <div><h2 id="perf-heading">${recsText('perf.heading')}</h2><p class="muted">${recsText('perf.intro')}</p></div>
        <fieldset><legend class="visually-hidden">${recsText('perf.period')}</legend><div class="periods">
          ${PERIODS.map((d) => html`<label><input type="radio" name="period" .value=${String(d)} .checked=${d === this.days}
            @change=${() => (this.days = d)} /><span>${recsText('perf.days', { count: d })}</span></label>`)}
        </div></fieldset>
      </div>
      <p class="status" role="status">${this.said}</p>
      <p class="error" role="alert">${this.action.error}</p>
      ${this.stats.value ? this.table(this.stats.value)
        : this.stats.error ? html`<p class="error" role="alert">${actionError(this.stats.error)}</p>`
        : html`<p class="muted" role="status">${recsText('perf.loading')}</p>`}
      ${this.owner ? nothing : html`<p class="note muted">${recsText('perf.ownersOnly')}</p>`}
    </section>`;
  }

  private table(stats: RecommendationStats) {
    const sum = (k: 'impressions' | 'clicks' | 'purchases' | 'revenue') => stats.placements.reduce((n, p) => n + p[k], 0);
    const total = { impressions: sum('impressions'), clicks: sum('clicks'), purchases: sum('purchases'), revenue: sum('revenue') };
    const figures = (r: Omit<Row, 'placement' | 'enabled' | 'clickThrough'>, clickThrough: number) => html`
      <td class="num">${countLabel(r.impressions)}</td><td class="num">${countLabel(r.clicks)}</td>
      <td class="num">${shareLabel(clickThrough, r.impressions > 0)}</td><td class="num">${countLabel(r.purchases)}</td>
      <td class="num">${moneyLabel(r.revenue, stats.currency)}</td>`;
    return html`${total.impressions + total.clicks === 0 ? html`<p class="muted">${recsText('perf.none')}</p>` : nothing}
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="perf-caption"><table>
        <caption id="perf-caption" class="visually-hidden">${recsText('perf.caption', { count: stats.days })}</caption>
        <thead><tr>
          <th scope="col">${recsText('perf.placement')}</th><th scope="col">${recsText('perf.shown')}</th>
          <th scope="col" class="num">${recsText('perf.impressions')}</th><th scope="col" class="num">${recsText('perf.clicks')}</th>
          <th scope="col" class="num">${recsText('perf.clickThrough')}</th><th scope="col" class="num">${recsText('perf.purchases')}</th>
          <th scope="col" class="num">${recsText('perf.revenue')}</th>
        </tr></thead>
        <tbody>${stats.placements.map((r) => html`<tr data-placement=${r.placement}>
          <th scope="row">${placementLabel(r.placement)}</th>
          <td>${this.switchFor(r.placement, this.settings?.placements[r.placement].enabled ?? r.enabled)}</td>
          ${figures(r, r.clickThrough)}</tr>`)}</tbody>
        <tfoot><tr><th scope="row">${recsText('perf.total')}</th><td></td>
          ${figures(total, total.impressions ? total.clicks / total.impressions : 0)}</tr></tfoot>
      </table></div>
      <p class="note muted">${recsText('perf.attribution', { count: stats.attributionDays })}</p>`;
  }

  private switchFor(placement: Placement, on: boolean) {
    const state = recsText(on ? 'perf.on' : 'perf.off');
    if (!this.owner || !this.settings) return html`<span class="badge ${on ? 'on' : ''}">${state}</span>`;
    return html`<button class="switch ${this.action.running === placement ? 'pending' : ''}" type="button" role="switch"
      aria-checked=${on ? 'true' : 'false'} aria-label=${recsText('perf.switch', { placement: placementLabel(placement) })}
      @click=${() => this.flip(placement, !on)}><span class="track" aria-hidden="true"><span class="thumb"></span></span>
      <span class="state" aria-hidden="true">${state}</span></button>`;
  }

  private async flip(placement: Placement, enabled: boolean): Promise<void> {
    if (!this.api || this.action.running) return;
    this.said = '';
    const name = placementLabel(placement);
    const saved = await this.action.run(placement, () => this.api!.updateSettings((s) => ({
      ...s, placements: { ...s.placements, [placement]: { ...s.placements[placement], enabled } },
    })));
    if (!saved) return this.action.fail(recsText('perf.switchFailed', { placement: name, error: this.action.error }));
    this.said = recsText(enabled ? 'perf.switchedOn' : 'perf.switchedOff', { placement: name });
    this.dispatchEvent(new RecommendationSettingsSavedEvent(saved));
  }
}

defineElement('rapport-admin-placement-performance', RapportAdminPlacementPerformance);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-placement-performance': RapportAdminPlacementPerformance;
  }
}
