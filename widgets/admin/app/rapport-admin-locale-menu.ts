/**
 * @module <rapport-admin-locale-menu>: the language menu (English / 简体中文 / 繁體中文).
 */
import { LitElement, css, html, unsafeCSS } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { ADMIN_LOCALE_NAMES, AdminLocaleController, chooseAdminLocale } from './admin-locale.ts';
import { globeIcon } from './admin-icons.ts';
import { adminBase } from './admin-styles.ts';
import { ADMIN_LOCALES, adminLocale, type AdminLocale } from './admin-i18n.ts';
import { adminText } from './admin-texts.ts';

const chevron = unsafeCSS(`url("data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12"><path d="M3 4.5l3 3 3-3" fill="none" stroke="#525c6c" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)}")`);

/**
 * A labelled `<select>` of the admin's languages, each named in itself (and marked with
 * its `lang`, so a screen reader pronounces it). Choosing one switches the whole admin
 * at once and remembers the choice in this browser; if the language's texts cannot be
 * loaded (offline), the menu goes back to the current language and says so.
 *
 * @attr compact - Below 600px wide, show the globe alone.
 * @summary Admin language menu.
 * @tag rapport-admin-locale-menu
 * @cssproperty --rapport-admin-accent - Focus ring colour.
 */
export class RapportAdminLocaleMenu extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host { display: inline-flex; }
      .menu { position: relative; display: inline-flex; align-items: center; }
      label { position: absolute; left: 9px; display: flex; color: var(--_muted); pointer-events: none; }
      label .icon { width: 18px; height: 18px; }
      select {
        appearance: none; min-height: 36px; padding: 0 28px 0 33px; font: inherit; color: var(--_text);
        background: var(--_surface) ${chevron} no-repeat right 9px center / 12px 12px;
        border: 1px solid var(--_border); border-radius: 6px; cursor: pointer;
      }
      select:hover { border-color: #7b8597; }
      select:focus-visible { border-color: var(--_accent); }
      option { color: var(--_text); }
      /* Compact on phones: the globe alone (the select's value stays its accessible value). */
      @media (max-width: 599px) {
        :host([compact]) label { left: 9px; }
        :host([compact]) select { width: 36px; padding: 0; color: transparent; background-image: none; }
      }
    `,
  ];

  /** On narrow screens, show only the globe (for a crowded header). */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private failed = false;
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const current = adminLocale();
    return html`<div class="menu">
      <label for="locale">${globeIcon}<span class="visually-hidden">${adminText('locale.label')}</span></label>
      <select id="locale" @change=${this.change}>${ADMIN_LOCALES.map((l) => html`
        <option value=${l} lang=${l} .selected=${l === current}>${ADMIN_LOCALE_NAMES[l]}</option>`)}
      </select>
      <span class="visually-hidden" role="alert">${this.failed ? adminText('locale.failed') : ''}</span>
    </div>`;
  }

  private async change(e: Event): Promise<void> {
    const select = e.currentTarget as HTMLSelectElement;
    this.failed = false;
    try {
      await chooseAdminLocale(select.value as AdminLocale);
    } catch (err) {
      console.warn('[rapport] could not load the admin texts', err);
      select.value = adminLocale();
      this.failed = true;
    }
  }
}

defineElement('rapport-admin-locale-menu', RapportAdminLocaleMenu);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-locale-menu': RapportAdminLocaleMenu;
  }
}
