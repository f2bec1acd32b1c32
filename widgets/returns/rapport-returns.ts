/**
 * @module <rapport-returns>: the returns widget (a placeholder: title and empty state for now).
 */
import { defineElement } from '../core/define.ts';
import { RapportElement } from '../core/rapport-element.ts';
import { returnsTexts, type ReturnsKey } from './texts.ts';
import { baseStyles } from '../core/styles.ts';
import { returnsStyles } from './rapport-returns.styles.ts';

/**
 * @summary Return requests: which lines can be returned and why not, reasons, photos, refund / store credit / exchange, and the RMA status.
 * Until the returns API lands it shows its title and the empty state.
 *
 * @tag rapport-returns
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
 * @cssproperty --rapport-returns-color-primary - Accent color (falls back to `--rapport-color-primary`).
 * @cssproperty --rapport-returns-color-text - Text color (falls back to `--rapport-color-text`).
 * @cssproperty --rapport-returns-color-bg - Background (falls back to `--rapport-color-bg`).
 * @cssproperty --rapport-returns-color-border - Border color (falls back to `--rapport-color-border`).
 * @cssproperty --rapport-returns-color-danger - Error color (falls back to `--rapport-color-danger`).
 * @cssproperty --rapport-returns-radius - Corner radius in px (falls back to `--rapport-radius`).
 * @cssproperty --rapport-returns-font-family - Font (falls back to `--rapport-font-family`).
 * @cssproperty --rapport-returns-font-size - Base font size in px (falls back to `--rapport-font-size`).
 * @cssproperty --rapport-returns-spacing - Base spacing in px (falls back to `--rapport-spacing`).
 *
 * @slot title - Replaces the heading text.
 * @slot empty - Replaces the empty state's text.
 */
export class RapportReturns extends RapportElement<ReturnsKey> {
  static override texts = returnsTexts;
  static override styles = [baseStyles, returnsStyles];

  protected renderContent() {
    return this.renderPanel(this.t('returns.title'), this.renderEmpty());
  }
}

defineElement('rapport-returns', RapportReturns);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-returns': RapportReturns;
  }
}
