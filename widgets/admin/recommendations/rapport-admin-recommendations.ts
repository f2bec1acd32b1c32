/**
 * @module <rapport-admin-recommendations>: the Recommendations page — performance and a
 * switch per placement, what each placement may show, why a shopper gets a list, and the
 * model — and the placement settings they share.
 */
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import type { AdminSession } from '../app/admin-api.ts';
import { untilGiven } from '../app/admin-load.ts';
import type { RecommendationSettings, RecommendationsApi } from './recommendations-api.ts';
import type { RecommendationSettingsSavedEvent } from './recommendations-events.ts';
import './rapport-admin-placement-performance.ts';
import './rapport-admin-placement-rules.ts';
import './rapport-admin-recommendation-explain.ts';
import './rapport-admin-recommendation-model.ts';

/**
 * The Recommendations page. It loads the placement settings once and hands them to the
 * performance table (the switches) and the rules form (categories, product address); each
 * saves through `RecommendationsApi.updateSettings` (one change after another, each on the
 * document as saved) and says so with `RecommendationSettingsSavedEvent`, whose settings
 * the page hands to both.
 *
 * @summary Admin recommendations page.
 * @tag rapport-admin-recommendations
 */
export class RapportAdminRecommendations extends LitElement {
  /* minmax(0, …): a wide table scrolls in its card instead of widening the page. */
  static override styles = css`:host { display: grid; gap: 24px; grid-template-columns: minmax(0, 1fr); }`;

  /** The area's calls (`api.area(RecommendationsApi)`). */
  @property({ attribute: false }) api?: RecommendationsApi;
  /** The signed-in staff member: owners change settings and train; agents read. */
  @property({ attribute: false }) session?: AdminSession;

  private readonly settings = new LoadController(this, {
    args: () => [this.api] as const,
    load: ([api], signal) => (api ? api.settings(signal) : untilGiven<RecommendationSettings>()),
  });

  constructor() {
    super();
    this.addEventListener('rapport-admin-recommendation-settings-saved', (e: RecommendationSettingsSavedEvent) => {
      this.settings.value = e.detail.settings; // the server's answer is what is saved now
      this.requestUpdate();
    });
  }

  override render() {
    const owner = this.session?.staff.role === 'owner';
    const { value, error } = this.settings;
    return html`<rapport-admin-placement-performance .api=${this.api} .settings=${value} .owner=${owner}></rapport-admin-placement-performance>
      <rapport-admin-placement-rules .api=${this.api} .settings=${value} .loadError=${error} .owner=${owner}></rapport-admin-placement-rules>
      <rapport-admin-recommendation-explain .api=${this.api}></rapport-admin-recommendation-explain>
      <rapport-admin-recommendation-model .api=${this.api} .owner=${owner}></rapport-admin-recommendation-model>`;
  }
}

defineElement('rapport-admin-recommendations', RapportAdminRecommendations);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-recommendations': RapportAdminRecommendations;
  }
}
