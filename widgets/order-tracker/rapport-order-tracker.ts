/**
 * @module <rapport-order-tracker>: the order tracking widget (a placeholder: title and empty state for now).
 */
import { defineElement } from '../core/define.ts';
import { RapportElement } from '../core/rapport-element.ts';
import { orderTrackerTexts, type OrderTrackerKey } from './texts.ts';
import { baseStyles } from '../core/styles.ts';
import { orderTrackerStyles } from './rapport-order-tracker.styles.ts';

/**
 * @summary Order tracking for guests (order number + email) and signed-in customers: a status timeline per parcel, carrier link and estimated delivery.
 * Until the orders API lands it shows its title and the empty state.
 *
 * @tag rapport-order-tracker
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
 * @cssproperty --rapport-order-tracker-color-primary - Accent color (falls back to `--rapport-color-primary`).
 * @cssproperty --rapport-order-tracker-color-text - Text color (falls back to `--rapport-color-text`).
 * @cssproperty --rapport-order-tracker-color-bg - Background (falls back to `--rapport-color-bg`).
 * @cssproperty --rapport-order-tracker-color-border - Border color (falls back to `--rapport-color-border`).
 * @cssproperty --rapport-order-tracker-color-danger - Error color (falls back to `--rapport-color-danger`).
 * @cssproperty --rapport-order-tracker-radius - Corner radius in px (falls back to `--rapport-radius`).
 * @cssproperty --rapport-order-tracker-font-family - Font (falls back to `--rapport-font-family`).
 * @cssproperty --rapport-order-tracker-font-size - Base font size in px (falls back to `--rapport-font-size`).
 * @cssproperty --rapport-order-tracker-spacing - Base spacing in px (falls back to `--rapport-spacing`).
 *
 * @slot title - Replaces the heading text.
 * @slot empty - Replaces the empty state's text.
 */
export class RapportOrderTracker extends RapportElement<OrderTrackerKey> {
  static override texts = orderTrackerTexts;
  static override styles = [baseStyles, orderTrackerStyles];

  protected renderContent() {
    return this.renderPanel(this.t('orderTracker.title'), this.renderEmpty());
  }
}

defineElement('rapport-order-tracker', RapportOrderTracker);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-order-tracker': RapportOrderTracker;
  }
}
