/**
 * @module <rapport-faq>: the FAQ widget (a placeholder: title and empty state for now).
 */
import { defineElement } from '../core/define.ts';
import { RapportElement } from '../core/rapport-element.ts';
import { faqTexts, type FaqKey } from './texts.ts';
import { baseStyles } from '../core/styles.ts';
import { faqStyles } from './rapport-faq.styles.ts';

/**
 * @summary Answers to common questions: categories, instant search in English and Chinese, helpful votes, and "ask a question" when nothing fits.
 * Until the FAQ API lands it shows its title and the empty state.
 *
 * @tag rapport-faq
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
 * @cssproperty --rapport-faq-color-primary - Accent color (falls back to `--rapport-color-primary`).
 * @cssproperty --rapport-faq-color-text - Text color (falls back to `--rapport-color-text`).
 * @cssproperty --rapport-faq-color-bg - Background (falls back to `--rapport-color-bg`).
 * @cssproperty --rapport-faq-color-border - Border color (falls back to `--rapport-color-border`).
 * @cssproperty --rapport-faq-color-danger - Error color (falls back to `--rapport-color-danger`).
 * @cssproperty --rapport-faq-radius - Corner radius in px (falls back to `--rapport-radius`).
 * @cssproperty --rapport-faq-font-family - Font (falls back to `--rapport-font-family`).
 * @cssproperty --rapport-faq-font-size - Base font size in px (falls back to `--rapport-font-size`).
 * @cssproperty --rapport-faq-spacing - Base spacing in px (falls back to `--rapport-spacing`).
 *
 * @slot title - Replaces the heading text.
 * @slot empty - Replaces the empty state's text.
 */
export class RapportFaq extends RapportElement<FaqKey> {
  static override texts = faqTexts;
  static override styles = [baseStyles, faqStyles];

  protected renderContent() {
    return this.renderPanel(this.t('faq.title'), this.renderEmpty());
  }
}

defineElement('rapport-faq', RapportFaq);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-faq': RapportFaq;
  }
}
