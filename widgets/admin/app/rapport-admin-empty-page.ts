/**
 * @module <rapport-admin-empty-page>: the empty state of a page that has nothing yet.
 */
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { pageIcons, searchIcon } from './admin-icons.ts';
import type { AdminRoute } from './admin-routes.ts';
import { adminBase } from './admin-styles.ts';

/**
 * An empty state: the page's icon, one sentence on what will appear here and why, and
 * room for an action.
 *
 * @summary Empty state of an admin page.
 * @tag rapport-admin-empty-page
 * @slot - Actions shown under the message (links, buttons).
 */
export class RapportAdminEmptyPage extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host { display: block; }
      .card { display: grid; justify-items: center; gap: 16px; padding: 56px 24px; text-align: center; }
      .badge {
        display: grid; place-items: center; width: 56px; height: 56px; border-radius: 50%;
        background: var(--_accent-soft); color: var(--_accent);
      }
      .badge .icon { width: 26px; height: 26px; }
      p { max-width: 440px; font-size: 15px; line-height: 22px; color: var(--_muted); }
    `,
  ];

  /** Which page this is (chooses the icon). */
  @property() page: AdminRoute = 'inbox';
  /** What will appear here, in one sentence. */
  @property() message = '';

  override render() {
    const icon = this.page === 'not-found' ? searchIcon : pageIcons[this.page];
    return html`<div class="card">
      <span class="badge">${icon}</span>
      <p>${this.message}</p>
      <slot></slot>
    </div>`;
  }
}

defineElement('rapport-admin-empty-page', RapportAdminEmptyPage);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-empty-page': RapportAdminEmptyPage;
  }
}
