/**
 * @module Recommendations' admin calls: how each placement performs, what a shopper is
 * shown and why, the model and a training on request, and the placement settings —
 * typed from the server contracts, made through the admin core's `read` / `write`.
 * Elements reach them with `api.area(RecommendationsApi)`.
 */
import type { Result } from '../../core/api-client.ts';
import { withQuery, type AdminCalls } from '../app/admin-api.ts';
import type { ExplainResult, RecommendationStats } from '../../../server/recommendations/contract.ts';
import type { RecommendationSettings } from '../../../server/shops/contract.ts';
import type { Placement } from '../../../server/interactions/limits.ts';
import type { Locale } from '../../../server/kernel/i18n/locales.ts';

export type { ExplainResult, Placement, RecommendationSettings, RecommendationStats };
export type ModelInfo = ExplainResult['model'];

/** The admin's question: what would this shopper see on this placement. */
export interface ExplainAsk {
  placement: Placement;
  /** A customer's email, a customer id or a visitor id; empty: a new visitor. */
  who?: string;
  /** Product handles or ids on the page, comma-separated. */
  product?: string;
  /** The shopper's language; the shop's default when absent. */
  locale?: Locale;
  limit?: number;
}

/** A change to the placement settings, made on the latest saved document. */
export type SettingsChange = (saved: RecommendationSettings) => RecommendationSettings;

const query = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString();

export class RecommendationsApi {
  /** The settings change in flight: the next one waits for it. */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly api: AdminCalls) {}

  /** Impressions, clicks and attributed purchases per placement over the last `days`. */
  stats(days: number, signal?: AbortSignal): Promise<Result<RecommendationStats>> {
    return this.api.read(`/v1/admin/recommendations/stats?days=${days}`, signal);
  }

  /** The list `ask.who` would get, with each item's reason and the events it used; 404 for an unknown email. */
  explain(ask: ExplainAsk, signal?: AbortSignal): Promise<Result<ExplainResult>> {
    return this.api.read(withQuery('/v1/admin/recommendations/explain', query({ ...ask })), signal);
  }

  /** When the model in use was trained and on what (asked as the shortest explain: the API has no call of its own for it). */
  async model(signal?: AbortSignal): Promise<Result<ModelInfo>> {
    const res = await this.explain({ placement: 'home', limit: 1 }, signal);
    return res.ok ? { ok: true, value: res.value.model } : res;
  }

  /** Queues a training of the shop's model (owners). */
  train(): Promise<Result<void>> {
    // The route reads no body, but the API's body check answers 415 to a POST without a JSON one.
    return this.api.write('POST', '/v1/admin/recommendations/train', {});
  }

  settings(signal?: AbortSignal): Promise<Result<RecommendationSettings>> {
    return this.api.read('/v1/admin/settings/recommendations', signal);
  }

  /** Saves the whole document (owners); the answer is what is saved now. */
  saveSettings(settings: RecommendationSettings): Promise<Result<RecommendationSettings>> {
    return this.api.write('PUT', '/v1/admin/settings/recommendations', settings);
  }

  /**
   * Applies `change` to the settings as saved now and saves the result (owners). The API
   * takes the whole document, so changes run one after another, each on a fresh read: a
   * switch flipped while the rules form saves never undoes the form, nor the form the switch.
   */
  updateSettings(change: SettingsChange): Promise<Result<RecommendationSettings>> {
    const run = this.saving.then(async (): Promise<Result<RecommendationSettings>> => {
      const now = await this.settings();
      return now.ok ? this.saveSettings(change(now.value)) : now;
    });
    this.saving = run;
    return run;
  }
}
