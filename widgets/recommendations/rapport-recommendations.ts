/**
 * @module <rapport-recommendations>: a shelf of products recommended for one placement of the
 * store (`GET /v1/recommendations`), each card a link with its price and why it is shown;
 * personal only with the shopper's consent, impressions recorded when the shelf is seen and
 * clicks when a card is followed, its height reserved from the first render.
 */
import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { PLACEMENTS } from '../../server/interactions/limits.ts';
import { SETUP_ERROR, rapport } from '../core/config.ts';
import { defineElement } from '../core/define.ts';
import { RapportElement } from '../core/rapport-element.ts';
import { baseStyles } from '../core/styles.ts';
import { recommendationsStyles } from './rapport-recommendations.styles.ts';
import { card, productHref, skeletonCard } from './recommendation-card.ts';
import { asker, clampLimit, fetchList, placementOf, productRefs, type Placement, type RecommendationList } from './recommendation-query.ts';
import { ShelfController } from './shelf-controller.ts';
import { recommendationsTexts, type RecommendationsKey } from './texts.ts';

/** Placement values already warned about on this page (once each). */
const warned = new Set<string>();
/** Placements whose heading does not depend on whether the list is personal. */
const OWN_TITLE = new Set<Placement>(['product', 'cart', 'tracker', 'returns']);
const chevron = (d: string) => svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d=${d} /></svg>`;
const noFocus = (e: Event) => e.preventDefault();

/** The items of a list that can be shown: those whose product page is a web address. */
const showable = (list: RecommendationList) =>
  list.items.flatMap((item) => {
    const href = productHref(item.product.url);
    return href ? [{ item, href }] : [];
  });

/**
 * @summary A shelf of products recommended for one place in the store — for you, similar
 * to the product on the page, bought together with the cart or order, popular — each with
 * its price in the shop's currency and the reason it is shown ("Because you viewed …").
 * Personal only while the shopper has not refused it; nothing is shown for an unknown
 * placement, a placement the owner switched off, or when there is nothing to recommend.
 *
 * @tag rapport-recommendations
 *
 * @event rapport-error - The widget switched to its error state; `detail.error` is the `ApiError`.
 *
 * @csspart base - The titled container (a labelled region).
 * @csspart title - The heading (one line).
 * @csspart list - The list of products: one row that scrolls sideways.
 * @csspart card - A product's link (the whole card).
 * @csspart image - The product image's box (a neutral square when there is none).
 * @csspart name - The product's name.
 * @csspart price - Its price.
 * @csspart variant - The variant shown (e.g. a size), when the product has several.
 * @csspart reason - Why it is recommended.
 * @csspart scroll-button - The buttons that scroll the row for a mouse (not shown on touch screens).
 * @csspart loading - The skeleton shown while the list loads.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's "Try again" button.
 *
 * @cssproperty --rapport-recommendations-color-primary - Focus ring (falls back to `--rapport-color-primary`).
 * @cssproperty --rapport-recommendations-color-text - Text color (falls back to `--rapport-color-text`).
 * @cssproperty --rapport-recommendations-color-muted - Variant and reason (falls back to `--rapport-color-muted`).
 * @cssproperty --rapport-recommendations-color-bg - Background (falls back to `--rapport-color-bg`).
 * @cssproperty --rapport-recommendations-color-border - Borders and the image placeholder (falls back to `--rapport-color-border`).
 * @cssproperty --rapport-recommendations-color-danger - Error color (falls back to `--rapport-color-danger`).
 * @cssproperty --rapport-recommendations-radius - Corner radius in px (falls back to `--rapport-radius`).
 * @cssproperty --rapport-recommendations-font-family - Font (falls back to `--rapport-font-family`).
 * @cssproperty --rapport-recommendations-font-size - Base font size in px (falls back to `--rapport-font-size`).
 * @cssproperty --rapport-recommendations-spacing - Base spacing in px (falls back to `--rapport-spacing`).
 * @cssproperty --rapport-recommendations-min-height - The height of the shelf from its first render (default 360 px), so the page below never moves when the products arrive; the page's `rapport-recommendations:not(:defined)` rule gives the empty tag the same. A shelf with nothing to show collapses.
 *
 * @slot title - Replaces the heading text.
 */
export class RapportRecommendations extends RapportElement<RecommendationsKey> {
  static override texts = recommendationsTexts;
  static override styles = [baseStyles, recommendationsStyles];

  /**
   * Where the shelf is: `home`, `product`, `cart`, `tracker`, `returns`, `profile` or `email`.
   * Without it, `product` when the tag names products and `home` otherwise; any other value
   * shows nothing (and a console warning).
   */
  @property() placement = '';
  /** The product on the page: its id, handle or platform id. */
  @property() product = '';
  /** The products in the cart or order: ids, handles or platform ids, comma-separated (with `product`, at most 20). */
  @property() products = '';
  /** How many products: 1 to 24, default 4 (a value out of range is taken as the nearest). */
  @property() limit: string | number = '';

  /** The last list that had products: kept on the shelf while another loads, or when another comes back empty. */
  private shown?: RecommendationList;
  private readonly shelf = new ShelfController(this);
  private readonly list = this.load({
    args: () => {
      const who = asker();
      return [this.where, this.refs, clampLimit(this.limit), this.i18n.locale, who.visitor, who.session, who.refused] as const;
    },
    load: ([placement, products, limit, locale, visitor, session, refused], signal) =>
      placement ? fetchList({ placement, products, limit, locale }, { visitor, session, refused }, signal) : Promise.resolve({ ok: true as const, value: undefined }),
  });

  private readonly onConsent = () => this.requestUpdate();
  private readonly onOnline = () => this.list.status === 'error' && this.list.reload();

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('rapport-consent-change', this.onConsent);
    addEventListener('online', this.onOnline);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('rapport-consent-change', this.onConsent);
    removeEventListener('online', this.onOnline);
  }

  /** The products this tag names (`product` first). */
  private get refs(): string {
    return productRefs(`${this.product},${this.products}`);
  }

  /** The placement asked for, or the one the tag implies; undefined for an unknown one. */
  private get where(): Placement | undefined {
    if (this.placement.trim()) return placementOf(this.placement);
    return this.refs ? 'product' : 'home';
  }

  protected override willUpdate() {
    const v = this.list.status === 'done' ? this.list.value : undefined;
    if (v?.enabled && showable(v).length) this.shown = v;
    // Switched off, or no longer allowed to be personal (consent refused, signed out): the old list goes too.
    else if (v && (!v.enabled || (this.shown?.personal && !v.personal))) this.shown = undefined;
    const p = this.placement;
    if (!this.where && !warned.has(p)) {
      warned.add(p);
      console.warn(`[rapport] <rapport-recommendations> shows nothing: placement="${p}" is not one of ${PLACEMENTS.join(', ')}`);
    }
  }

  protected override updated() {
    const list = this.shown;
    const el = this.renderRoot.querySelector<HTMLElement>('[part~=list]') ?? undefined;
    this.shelf.watch(el, el && list?.id, () => list && this.seen(list));
  }

  protected renderContent() {
    const placement = this.where;
    if (!placement) return nothing;
    const task = this.list;
    if (task.status === 'error') {
      const who = asker();
      const retry = task.error!.code === SETUP_ERROR.code ? undefined : () => task.reload();
      return this.renderPanel(this.heading(placement, !!(who.visitor || who.session)), html`<div class="box">${this.renderError(task.error!, retry)}</div>`);
    }
    const list = this.shown;
    if (list) return this.renderPanel(this.heading(list.placement, list.personal), this.renderList(list));
    // Nothing to show and nothing shown before: the shelf goes (the one change of height it makes).
    if (task.status === 'done') return nothing;
    const who = asker();
    const skeleton = Array.from({ length: clampLimit(this.limit) }, () => skeletonCard);
    return this.renderPanel(
      this.heading(placement, !!(who.visitor || who.session)),
      html`<div class="shelf" part="loading" aria-hidden="true"><ul class="scroller" role="none">${skeleton}</ul></div>`,
    );
  }

  private heading(placement: Placement, personal: boolean): string {
    if (OWN_TITLE.has(placement)) return this.t(`recommendations.title.${placement}` as RecommendationsKey);
    return this.t(personal ? 'recommendations.title.personal' : 'recommendations.title.popular');
  }

  private renderList(list: RecommendationList) {
    const locale = this.i18n.locale;
    const shelf = this.shelf;
    return html`<div class="shelf">
      <ul part="list" class="scroller" role="list" aria-labelledby="title">
        ${showable(list).map(({ item, href }, i) => card(item, href, locale, () => this.picked(list, item.product, i)))}
      </ul>
      <button type="button" class="arrow before" part="scroll-button" tabindex="-1" aria-hidden="true" title=${this.t('recommendations.previous')}
        ?hidden=${!shelf.before} @mousedown=${noFocus} @click=${() => shelf.page(-1)}>${chevron('M15 6l-6 6 6 6')}</button>
      <button type="button" class="arrow after" part="scroll-button" tabindex="-1" aria-hidden="true" title=${this.t('recommendations.next')}
        ?hidden=${!shelf.after} @mousedown=${noFocus} @click=${() => shelf.page(1)}>${chevron('M9 6l6 6-6 6')}</button>
    </div>`;
  }

  /** Half the list came into view (once per list): the products it showed. */
  private seen(list: RecommendationList) {
    const items = showable(list).map(({ item }) => item.product.id);
    rapport()?.track('recommendation.impression', { recommendation: list.id, placement: list.placement, items });
  }

  /** A card is followed (the browser navigates; the tracker sends with keepalive as the page goes). */
  private picked(list: RecommendationList, product: RecommendationList['items'][number]['product'], position: number) {
    rapport()?.track('recommendation.click', {
      product: product.id, ...(product.variant ? { variant: product.variant.id } : {}), recommendation: list.id, placement: list.placement, position,
    });
  }
}

defineElement('rapport-recommendations', RapportRecommendations);

declare global {
  interface HTMLElementTagNameMap {
    'rapport-recommendations': RapportRecommendations;
  }
}
