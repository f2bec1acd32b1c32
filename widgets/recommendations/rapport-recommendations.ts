/**
 * @module <rapport-recommendations>: the recommendations widget (a placeholder: title and empty state for now).
 */
import { defineElement } from '../core/define.ts';
import { RapportElement } from '../core/rapport-element.ts';
import { recommendationsTexts, type RecommendationsKey } from './texts.ts';
import { baseStyles } from '../core/styles.ts';
import { recommendationsStyles } from './rapport-recommendations.styles.ts';

/**
 * @summary Personalized product recommendations (for you, similar, bought together, trending) with the reason shown.
 * Until the recommendation engine lands it shows its title and the empty state: no made-up products.
 *
 * @tag rapport-recommendations
 *
 * @event rapport-error - The widget switched to its error state; `detail.error` is the `ApiError`.
 *
 * @csspart base - The titled container (a labelled region).
 * @csspart title - The heading.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's "Try again" button.
 *
 * @cssproperty --rapport-recommendations-color-primary - Accent color (falls back to `--rapport-color-primary`).
 * @cssproperty --rapport-recommendations-color-text - Text color (falls back to `--rapport-color-text`).
 * @cssproperty --rapport-recommendations-color-bg - Background (falls back to `--rapport-color-bg`).
 * @cssproperty --rapport-recommendations-color-border - Border color (falls back to `--rapport-color-border`).
 * @cssproperty --rapport-recommendations-color-danger - Error color (falls back to `--rapport-color-danger`).
 * @cssproperty --rapport-recommendations-radius - Corner radius in px (falls back to `--rapport-radius`).
 * @cssproperty --rapport-recommendations-font-family - Font (falls back to `--rapport-font-family`).
 * @cssproperty --rapport-recommendations-font-size - Base font size in px (falls back to `--rapport-font-size`).
 * @cssproperty --rapport-recommendations-spacing - Base spacing in px (falls back to `--rapport-spacing`).
 *
 * @slot title - Replaces the heading text.
 * @slot empty - Replaces the empty state's text.
 */
export class RapportRecommendations extends RapportElement<RecommendationsKey> {
  static override texts = recommendationsTexts;
  static override styles = [baseStyles, recommendationsStyles];

  protected renderContent() {
    return this.renderPanel(this.t('recommendations.title'), this.renderEmpty());
  }
}

defineElement('rapport-recommendations', RapportRecommendations);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-recommendations': RapportRecommendations;
  }
}
