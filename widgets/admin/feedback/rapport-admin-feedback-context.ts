/**
 * @module <rapport-admin-feedback-context>: what a feedback item is about — the page,
 * the order with its lines, the product, and the customer with their past feedback.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import type { FeedbackDetail } from './feedback-api.ts';
import { dateLabel, moneyLabel } from '../app/admin-format.ts';
import { kindLabel, orderStatusLabel, statusLabel } from './feedback-format.ts';
import { AdminLocaleController } from '../app/admin-locale.ts';
import { ADMIN_BASE, pathForPage } from '../app/admin-routes.ts';
import { adminBadges, adminBase, adminTable } from '../app/admin-styles.ts';
import { feedbackText } from './feedback-texts.ts';

/**
 * The context panel: the storefront page the feedback was sent from, the order (status,
 * date, lines and total in its currency), the product, and the customer with links to
 * their other feedback. It shows only what it is given.
 *
 * @summary Context of a feedback item.
 * @tag rapport-admin-feedback-context
 */
export class RapportAdminFeedbackContext extends LitElement {
  static override styles = [
    adminBase,
    adminTable,
    adminBadges,
    css`
      :host { display: block; }
      section + section { margin-top: 20px; padding-top: 16px; border-top: 1px solid var(--_border); }
      h3 { margin: 0 0 8px; font-size: 13px; font-weight: 600; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.04em; }
      p + p { margin-top: 2px; }
      .strong { font-weight: 600; }
      a { overflow-wrap: anywhere; }
      table { margin-top: 8px; font-size: 13px; }
      th, td { padding: 6px 8px; }
      td:last-child, th:last-child { padding-right: 0; }
      tfoot th, tfoot td { font-weight: 600; }
      ul { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 6px; }
      li { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; font-size: 13px; }
    `,
  ];

  /** The item whose context is shown. */
  @property({ attribute: false }) feedback?: FeedbackDetail;
  /** The list's URL query, carried to the customer's other items. */
  @property() search = '';
  /** Where the admin lives. */
  @property() base = ADMIN_BASE;
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const f = this.feedback;
    if (!f) return nothing;
    const any = f.pageUrl || f.order || f.product || f.customer;
    return html`${this.page(f)}${this.order(f)}${this.product(f)}${this.customer(f)}
      ${any ? nothing : html`<p class="muted">${feedbackText('context.none')}</p>`}`;
  }

  private page(f: FeedbackDetail) {
    if (!f.pageUrl) return nothing;
    return html`<section aria-labelledby="page-h"><h3 id="page-h">${feedbackText('context.page')}</h3>
      ${/^https?:\/\//i.test(f.pageUrl)
        ? html`<p><a href=${f.pageUrl} target="_blank" rel="noopener noreferrer"><bdi>${f.pageTitle || f.pageUrl}</bdi></a></p>`
        : html`<p><bdi>${f.pageTitle || f.pageUrl}</bdi></p>`}
      ${f.pageTitle ? html`<p class="muted"><bdi>${f.pageUrl}</bdi></p>` : nothing}
    </section>`;
  }

  private order(f: FeedbackDetail) {
    const o = f.order;
    if (!o) return nothing;
    return html`<section aria-labelledby="order-h"><h3 id="order-h">${feedbackText('context.order')}</h3>
      <p class="strong"><bdi>${o.number}</bdi></p>
      <p class="muted">${feedbackText('context.placed', { date: dateLabel(o.placedAt), status: orderStatusLabel(o.status) })}</p>
      <div class="table-wrap"><table>
        <caption class="visually-hidden">${feedbackText('context.lines', { number: o.number })}</caption>
        <thead><tr><th scope="col">${feedbackText('context.item')}</th><th scope="col" class="num">${feedbackText('context.qty')}</th>
          <th scope="col" class="num">${feedbackText('context.amount')}</th></tr></thead>
        <tbody>${o.lines.map((l) => html`<tr><td><bdi>${l.title}</bdi></td><td class="num">${l.quantity}</td>
          <td class="num">${moneyLabel(l.unitAmount * l.quantity, o.currency)}</td></tr>`)}</tbody>
        <tfoot><tr><th scope="row" colspan="2">${feedbackText('context.total')}</th>
          <td class="num">${moneyLabel(o.totalAmount, o.currency)}</td></tr></tfoot>
      </table></div>
    </section>`;
  }

  private product(f: FeedbackDetail) {
    if (!f.product) return nothing;
    return html`<section aria-labelledby="product-h"><h3 id="product-h">${feedbackText('context.product')}</h3>
      <p class="strong"><bdi>${f.product.title}</bdi></p><p class="muted"><bdi>${f.product.handle}</bdi></p>
    </section>`;
  }

  private customer(f: FeedbackDetail) {
    const c = f.customer;
    if (!c) return nothing;
    const past = c.pastFeedback.filter((p) => p.id !== f.id);
    return html`<section aria-labelledby="customer-h"><h3 id="customer-h">${feedbackText('context.customer')}</h3>
      ${c.name ? html`<p class="strong"><bdi>${c.name}</bdi></p>` : nothing}
      ${c.email ? html`<p><a href="mailto:${c.email}"><bdi>${c.email}</bdi></a></p>` : nothing}
      <p class="muted">${past.length ? feedbackText('context.past', { count: past.length }) : feedbackText('context.noPast')}</p>
      ${past.length
        ? html`<ul>${past.map((p) => html`<li>
            <a href=${pathForPage('inbox', this.base, p.id, this.search)} data-page="inbox">${p.reference}</a>
            <span class="badge ${p.kind}">${kindLabel(p.kind)}</span>
            <span class="badge ${p.status}">${statusLabel(p.status)}</span>
            <span class="muted">${dateLabel(p.createdAt)}</span></li>`)}</ul>`
        : nothing}
    </section>`;
  }
}

defineElement('rapport-admin-feedback-context', RapportAdminFeedbackContext);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-feedback-context': RapportAdminFeedbackContext;
  }
}
