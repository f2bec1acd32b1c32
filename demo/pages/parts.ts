/**
 * @module Pieces several demo pages share: the product card, an order's status badge,
 * a page heading.
 */
import type { Product } from '../../server/catalog/index.ts';
import { html, type SafeHtml } from '../../server/kernel/http/html.ts';
import { formatMoney, productTitle } from '../i18n.ts';
import type { StoreView } from '../layout.ts';

export function productCard(v: StoreView, p: Product): SafeHtml {
  return html`<li><a class="product-card" href="/products/${encodeURIComponent(p.handle)}">
    <span class="product-card-image"><img src="${p.imageUrl ?? ''}" alt="" width="400" height="400" loading="lazy"></span>
    ${p.finalSale ? html`<span class="badge badge-sale">${v.t.shop.finalSale}</span>` : ''}
    <span class="product-card-body">
      <span class="product-card-category">${v.t.categories[p.category] ?? p.category}</span>
      <span class="product-card-title">${productTitle(p, v.locale)}</span>
      <span class="price">${formatMoney(p.priceAmount, p.currency, v.locale)}</span>
    </span>
  </a></li>`;
}

export function productGrid(v: StoreView, products: Product[]): SafeHtml {
  return html`<ul class="product-grid" role="list">${products.map((p) => productCard(v, p))}</ul>`;
}

export function statusBadge(v: StoreView, status: string): SafeHtml {
  return html`<span class="status status-${status}">${v.t.status[status] ?? status}</span>`;
}

export function pageHeading(title: string, text?: string): SafeHtml {
  return html`<header class="page-heading"><h1>${title}</h1>${text ? html`<p class="lede">${text}</p>` : ''}</header>`;
}
