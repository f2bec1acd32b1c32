/**
 * @module <rapport-profile>: the customer account widget (a placeholder: title and empty state for now).
 */
import { defineElement } from '../core/define.ts';
import { RapportElement } from '../core/rapport-element.ts';
import { profileTexts, type ProfileKey } from './texts.ts';
import { baseStyles } from '../core/styles.ts';
import { profileStyles } from './rapport-profile.styles.ts';

/**
 * @summary The signed-in customer's account: profile, addresses, preferences and consents, order history, their requests, data export and erasure.
 * Until the profile API lands it shows its title and the empty state; it re-renders when the shopper signs in or out.
 *
 * @tag rapport-profile
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
 * @cssproperty --rapport-profile-color-primary - Accent color (falls back to `--rapport-color-primary`).
 * @cssproperty --rapport-profile-color-text - Text color (falls back to `--rapport-color-text`).
 * @cssproperty --rapport-profile-color-bg - Background (falls back to `--rapport-color-bg`).
 * @cssproperty --rapport-profile-color-border - Border color (falls back to `--rapport-color-border`).
 * @cssproperty --rapport-profile-color-danger - Error color (falls back to `--rapport-color-danger`).
 * @cssproperty --rapport-profile-radius - Corner radius in px (falls back to `--rapport-radius`).
 * @cssproperty --rapport-profile-font-family - Font (falls back to `--rapport-font-family`).
 * @cssproperty --rapport-profile-font-size - Base font size in px (falls back to `--rapport-font-size`).
 * @cssproperty --rapport-profile-spacing - Base spacing in px (falls back to `--rapport-spacing`).
 *
 * @slot title - Replaces the heading text.
 * @slot empty - Replaces the empty state's text.
 */
export class RapportProfile extends RapportElement<ProfileKey> {
  static override texts = profileTexts;
  static override styles = [baseStyles, profileStyles];

  protected renderContent() {
    return this.renderPanel(this.t('profile.title'), this.renderEmpty());
  }
}

defineElement('rapport-profile', RapportProfile);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-profile': RapportProfile;
  }
}
