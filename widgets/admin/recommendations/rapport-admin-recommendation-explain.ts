/**
 * @module <rapport-admin-recommendation-explain>: what a shopper is recommended on a
 * placement and why — the list as they see it, each item's reason and score, and the
 * events the engine used.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import { LoadController } from '../../core/load-controller.ts';
import { PLACEMENTS } from '../../../server/interactions/limits.ts';
import { LOCALES, type Locale } from '../../../server/kernel/i18n/locales.ts';
import { actionError } from '../app/action-errors.ts';
import { adminLocale } from '../app/admin-i18n.ts';
import { untilGiven } from '../app/admin-load.ts';
import { fullTimeLabel, moneyLabel, timeLabel, withBdi } from '../app/admin-format.ts';
import { ADMIN_LOCALE_NAMES, AdminLocaleController } from '../app/admin-locale.ts';
import { adminBadges, adminBase, adminControls } from '../app/admin-styles.ts';
import type { ExplainAsk, ExplainResult, Placement, RecommendationsApi } from './recommendations-api.ts';
import { eventLabel, placementLabel, reasonLabel, scoreLabel } from './recommendations-format.ts';
import { recsText } from './recommendations-texts.ts';

/** The placements that show recommendations for products on the page (the product, the cart's, the order's). */
const WITH_PRODUCTS: readonly Placement[] = ['product', 'cart', 'tracker', 'returns'];

/**
 * Why this recommendation (`GET /v1/admin/recommendations/explain`): pick a placement,
 * type a customer's email (or paste a customer or visitor id; empty: a new visitor),
 * optionally the product on the page and the shopper's language, and see the list as the
 * shopper would — title, variant, price, the reason they read and the score — whether it
 * is personal, and the shopper's latest events it came from, in the admin's time zone.
 * An email no customer has is said plainly.
 *
 * @summary Recommendation explain form and result.
 * @tag rapport-admin-recommendation-explain
 */
export class RapportAdminRecommendationExplain extends LitElement {
  static override styles = [
    adminBase,
    adminControls,
    adminBadges,
    css`
      :host { display: block; }
      .card > p { margin: 4px 0 20px; }
      form { display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); align-items: start; }
      .who { grid-column: 1 / -1; }
      .actions { grid-column: 1 / -1; }
      .result { margin-top: 24px; display: grid; gap: 16px; }
      .result[aria-busy='true'] { opacity: 0.6; }
      .summary { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; font-weight: 600; overflow-wrap: anywhere; }
      .badge.personal { background: #ecfdf3; color: #05603a; white-space: normal; }
      .badge.general { white-space: normal; }
      h3 { margin: 8px 0 0; font-size: 14px; font-weight: 650; }
      ol { margin: 0; padding: 0; list-style: none; }
      .items li {
        display: grid; grid-template-columns: 28px minmax(0, 1fr) auto; gap: 4px 12px; padding: 12px 0;
        border-top: 1px solid var(--_border);
      }
      .rank { grid-row: span 3; color: var(--_muted); font-variant-numeric: tabular-nums; font-weight: 600; }
      .title { font-weight: 600; overflow-wrap: anywhere; }
      .variant { font-weight: 400; color: var(--_muted); }
      .price { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
      .meta, .reason { grid-column: 2 / -1; overflow-wrap: anywhere; }
      .meta { color: var(--_muted); font-size: 13px; }
      .reason { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
      .score { color: var(--_muted); font-size: 13px; font-variant-numeric: tabular-nums; }
      .history li { display: flex; flex-wrap: wrap; gap: 2px 12px; padding: 8px 0; border-top: 1px solid var(--_border); overflow-wrap: anywhere; }
      .history time { flex: 0 0 150px; color: var(--_muted); font-variant-numeric: tabular-nums; word-break: keep-all; }
      .history .kind { font-weight: 550; }
      .history .product { min-width: 0; }
      @media (max-width: 599px) {
        .history time { flex-basis: 100%; }
        .items li { grid-template-columns: 24px minmax(0, 1fr) auto; }
      }
    `,
  ];

  /** The area's calls (only `explain` is used). */
  @property({ attribute: false }) api?: Pick<RecommendationsApi, 'explain'>;

  /** The placement chosen in the form (whether it asks for a product follows it). */
  @state() private placement: Placement = 'home';
  /** The question asked last; nothing is loaded before the first. */
  @state() private ask?: ExplainAsk;
  private readonly result = new LoadController(this, {
    args: () => [this.api, this.ask] as const,
    load: ([api, ask], signal) => (api && ask ? api.explain(ask, signal) : untilGiven<ExplainResult>()),
  });
  private readonly i18n = new AdminLocaleController(this);

  override render() {
    const looking = !!this.ask && this.result.status === 'loading';
    return html`<section class="card" aria-labelledby="explain-heading">
      <h2 id="explain-heading">${recsText('explain.heading')}</h2>
      <p class="muted">${recsText('explain.intro')}</p>
      <form @submit=${this.submit}>
        <div class="field">
          <label for="explain-placement">${recsText('explain.placement')}</label>
          <select id="explain-placement" name="placement" @change=${(e: Event) => (this.placement = (e.target as HTMLSelectElement).value as Placement)}>
            ${PLACEMENTS.map((p) => html`<option value=${p} ?selected=${p === this.placement}>${placementLabel(p)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="explain-locale">${recsText('explain.locale')}</label>
          <select id="explain-locale" name="locale">
            <option value="">${recsText('explain.shopLocale')}</option>
            ${LOCALES.map((l) => html`<option value=${l} lang=${l}>${ADMIN_LOCALE_NAMES[l]}</option>`)}
          </select>
        </div>
        <div class="field who">
          <label for="explain-who">${recsText('explain.who')}</label>
          <input id="explain-who" name="who" type="text" autocomplete="off" spellcheck="false" maxlength="320" aria-describedby="explain-who-hint" />
          <span class="hint" id="explain-who-hint">${recsText('explain.whoHint')}</span>
        </div>
        ${WITH_PRODUCTS.includes(this.placement) ? html`<div class="field who">
          <label for="explain-product">${recsText('explain.product')}</label>
          <input id="explain-product" name="product" type="text" autocomplete="off" spellcheck="false" maxlength="4000" aria-describedby="explain-product-hint" />
          <span class="hint" id="explain-product-hint">${recsText('explain.productHint')}</span>
        </div>` : nothing}
        <div class="actions"><button class="button primary" type="submit" ?disabled=${looking}>
          ${recsText(looking ? 'explain.running' : 'explain.submit')}</button></div>
      </form>
      ${this.ask ? html`<div class="result" aria-busy=${looking ? 'true' : 'false'}>${this.body(this.ask)}</div>` : nothing}
    </section>`;
  }

  private body(ask: ExplainAsk) {
    const { value, error, status } = this.result;
    if (error) {
      const notFound = error.status === 404 && !!ask.who?.includes('@');
      return html`<p class="error" role="alert">${notFound
        ? withBdi((p) => recsText('explain.notFound', p), { email: ask.who! }, ['email']) : actionError(error)}</p>`;
    }
    if (!value) return status === 'loading' ? html`<p class="muted" role="status">${recsText('explain.running')}</p>` : nothing;
    const { list, person, history } = value;
    const who = person.email ?? person.customerId ?? person.visitorId;
    const items = list.items;
    return html`<p class="summary" role="status">
        <span>${who ? withBdi((p) => recsText(person.visitorId ? 'explain.forVisitor' : 'explain.forCustomer', p), { who }, ['who'])
          : recsText('explain.forNew')}</span>
        <span class="badge ${list.personal ? 'personal' : 'general'}">${recsText(list.personal ? 'explain.personal' : 'explain.general')}</span>
      </p>
      ${!list.enabled ? html`<p class="error">${recsText('explain.off', { placement: placementLabel(list.placement) })}</p>`
        : items.length === 0 ? html`<p class="muted">${recsText('explain.empty')}</p>`
        : html`<h3 id="explain-list">${recsText('explain.list')}</h3>
          <ol class="items" aria-labelledby="explain-list" lang=${list.locale}>${items.map((item, i) => html`<li>
            <span class="rank" aria-hidden="true">${i + 1}</span>
            <span class="title"><bdi>${item.product.title}</bdi>${item.product.variant
              ? html`<span class="variant"> · <bdi>${item.product.variant.title}</bdi></span>` : nothing}</span>
            <span class="price">${moneyLabel(item.product.price, item.product.currency)}</span>
            <span class="meta"><bdi>${item.product.category}</bdi></span>
            <span class="reason"><span class="badge" lang=${adminLocale()}>${reasonLabel(item.reason.kind)}</span>
              <q><bdi>${item.reason.text}</bdi></q>
              <span class="score" lang=${adminLocale()}>${scoreLabel(item.score)}</span></span>
          </li>`)}</ol>`}
      ${list.enabled ? this.historyOf(history) : nothing}`;
  }

  private historyOf(history: ExplainResult['history']) {
    return html`<h3 id="explain-history">${recsText('explain.history')}</h3>
      ${history.length === 0 ? html`<p class="muted">${recsText('explain.noHistory')}</p>` : html`
        <p class="muted">${recsText('explain.historyIntro')}</p>
        <ol class="history" aria-labelledby="explain-history">${history.map((e) => html`<li>
          <time datetime=${e.at} title=${fullTimeLabel(e.at)}>${timeLabel(e.at)}</time>
          <span class="kind">${eventLabel(e.kind)}</span>
          ${e.product ? html`<span class="product">${e.product.title === e.product.id
            ? recsText('explain.productId', { id: e.product.id }) : html`<bdi>${e.product.title}</bdi>`}</span>` : nothing}
        </li>`)}</ol>`}`;
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    this.ask = {
      placement: this.placement,
      who: field('who') || undefined,
      product: WITH_PRODUCTS.includes(this.placement) ? field('product') || undefined : undefined,
      locale: (field('locale') || undefined) as Locale | undefined,
    };
  }
}

defineElement('rapport-admin-recommendation-explain', RapportAdminRecommendationExplain);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-recommendation-explain': RapportAdminRecommendationExplain;
  }
}
