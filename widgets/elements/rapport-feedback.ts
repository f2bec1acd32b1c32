/**
 * @module <rapport-feedback>: the feedback widget (a placeholder: title and empty state for now).
 */
import { RapportElement, defineElement } from '../core/rapport-element.ts';
import { baseStyles } from '../core/styles.ts';
import { feedbackStyles } from './rapport-feedback.styles.ts';

/**
 * @summary Feedback form: complaint, suggestion or praise, CSAT or NPS, text and photo, with the page and order attached; queued and retried offline.
 * Until the feedback API lands it shows its title and the empty state.
 *
 * @tag rapport-feedback
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
 * @cssproperty --rapport-feedback-color-primary - Accent color (falls back to `--rapport-color-primary`).
 * @cssproperty --rapport-feedback-color-text - Text color (falls back to `--rapport-color-text`).
 * @cssproperty --rapport-feedback-color-bg - Background (falls back to `--rapport-color-bg`).
 * @cssproperty --rapport-feedback-color-border - Border color (falls back to `--rapport-color-border`).
 * @cssproperty --rapport-feedback-color-danger - Error color (falls back to `--rapport-color-danger`).
 * @cssproperty --rapport-feedback-radius - Corner radius in px (falls back to `--rapport-radius`).
 * @cssproperty --rapport-feedback-font-family - Font (falls back to `--rapport-font-family`).
 * @cssproperty --rapport-feedback-font-size - Base font size in px (falls back to `--rapport-font-size`).
 * @cssproperty --rapport-feedback-spacing - Base spacing in px (falls back to `--rapport-spacing`).
 *
 * @slot title - Replaces the heading text.
 * @slot empty - Replaces the empty state's text.
 */
export class RapportFeedback extends RapportElement {
  static override styles = [baseStyles, feedbackStyles];

  protected renderContent() {
    return this.renderPanel(this.t('feedback.title'), this.renderEmpty());
  }
}

defineElement('rapport-feedback', RapportFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-feedback': RapportFeedback;
  }
}
