/**
 * @module The demo product page: image, localized title, price, variants, description,
 * return terms, then Rapport's recommendations and feedback for this product. The product
 * element carries `data-rapport-product`, so the tracker records the shopper's view of it.
 */
import { findProductByHandle, listVariants } from '../../server/catalog/index.ts';
import type { Tx } from '../../server/kernel/db/client.ts';
import { html } from '../../server/kernel/http/html.ts';
import { formatMoney, productTitle } from '../i18n.ts';
import type { Page, StoreView } from '../layout.ts';
import { notFoundPage } from './not-found.ts';

export async function productPage(tx: Tx, v: StoreView, handle: string): Promise<Page> {
  const { t, locale } = v;
  const product = await findProductByHandle(tx, handle);
  if (!product) return notFoundPage(v, t.product.notFound);
  const variants = await listVariants(tx, product.id);
  const title = productTitle(product, locale);
  const firstInStock = variants.findIndex((x) => x.inventory > 0);
  const money = (amount: number) => formatMoney(amount, product.currency, locale);
  return {
    title,
    body: html`
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">${t.nav.shop}</a> /
  <a href="/?category=${encodeURIComponent(product.category)}#shop">${t.categories[product.category] ?? product.category}</a></nav>
<article class="product" data-rapport-product="${product.id}">
  <div class="product-image"><img src="${product.imageUrl ?? ''}" alt="${title}" width="400" height="400"></div>
  <div class="product-info">
    <p class="eyebrow">${t.categories[product.category] ?? product.category}</p>
    <h1>${title}</h1>
    ${locale !== 'en' ? html`<p class="muted alt-title" lang="en">${product.title}</p>` : ''}
    <p class="price price-large">${money(product.priceAmount)}</p>
    <form class="buy" action="/products/${encodeURIComponent(product.handle)}" method="get">
      <fieldset class="variants"><legend>${t.product.option}</legend>
        ${variants.map((x, i) => html`<label class="variant${x.inventory > 0 ? '' : ' variant-out'}">
          <input type="radio" name="variant" value="${x.id}"${i === firstInStock ? html` checked` : ''}${x.inventory > 0 ? '' : html` disabled`}>
          <span class="variant-title">${x.title}</span>
          <span class="variant-price">${x.inventory > 0 ? money(x.priceAmount) : t.product.soldOut}</span>
        </label>`)}
      </fieldset>
      <button class="button button-wide" type="button" disabled>${t.product.add}</button>
      <p class="note">${t.product.demo}</p>
    </form>
    <p class="${product.finalSale ? 'terms terms-final' : 'terms'}">${product.finalSale ? t.product.finalSale : t.product.returns}</p>
    <h2 class="small-heading">${t.product.details}</h2>
    <p class="description">${product.description}</p>
    <p class="muted sku">SKU ${variants.map((x) => x.sku).join(' · ')}</p>
  </div>
</article>
<section class="widget-band"><rapport-recommendations product="${product.id}"></rapport-recommendations></section>
<section class="widget-band"><rapport-feedback product="${product.id}"></rapport-feedback></section>`,
  };
}
