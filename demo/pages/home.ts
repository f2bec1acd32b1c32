/**
 * @module The demo home page: a hero, the catalog as a grid filterable by category,
 * and Rapport's recommendations.
 */
import { listCategories, listProducts, type Product } from '../../server/catalog/index.ts';
import type { Tx } from '../../server/kernel/db/client.ts';
import { CATEGORIES } from '../data/catalog.ts';
import { html } from '../../server/kernel/http/html.ts';
import type { Page, StoreView } from '../layout.ts';
import { productGrid } from './parts.ts';

/** The store's aisles in walking order; categories it does not know go last. */
const aisle = (category: string) => {
  const i = CATEGORIES.indexOf(category as never);
  return i < 0 ? CATEGORIES.length : i;
};

/** "All" deals the aisles out in turn, so the first rows show a bit of everything. */
function interleave(products: Product[]): Product[] {
  const byAisle = new Map<string, Product[]>();
  for (const p of products) byAisle.set(p.category, [...(byAisle.get(p.category) ?? []), p]);
  const queues = [...byAisle.entries()].sort(([a], [b]) => aisle(a) - aisle(b)).map(([, list]) => list);
  const out: Product[] = [];
  while (out.length < products.length) for (const q of queues) if (q.length) out.push(q.shift()!);
  return out;
}

export async function homePage(tx: Tx, v: StoreView): Promise<Page> {
  const { t } = v;
  const categories = (await listCategories(tx)).sort((a, b) => aisle(a.category) - aisle(b.category));
  const wanted = v.url.searchParams.get('category') ?? '';
  const category = categories.some((c) => c.category === wanted) ? wanted : undefined;
  const listed = await listProducts(tx, { category });
  const products = category ? listed : interleave(listed);
  const chip = (value: string | undefined, label: string) => {
    const href = value ? `/?category=${encodeURIComponent(value)}#shop` : '/#shop';
    return html`<li><a class="chip" href="${href}"${value === category ? html` aria-current="true"` : ''}>${label}</a></li>`;
  };
  return {
    title: t.nav.shop,
    // A shopper who picked an aisle came for its products: the hero would only push them down.
    body: html`${category ? '' : html`
<section class="hero">
  <div class="hero-text">
    <p class="eyebrow">${t.hero.eyebrow}</p>
    <h1>${t.hero.title}</h1>
    <p class="lede">${t.hero.text}</p>
    <p class="hero-actions"><a class="button" href="#shop">${t.hero.cta}</a>
      <a class="button button-quiet" href="/orders">${t.hero.track}</a></p>
  </div>
  <div class="hero-art" aria-hidden="true">
    ${['jasmine-dragon-pearls', 'opal-mushroom-lamp', 'monstera-deliciosa', 'celadon-gaiwan'].map(
      (h) => html`<img src="/demo/images/${h}.svg" alt="" width="200" height="200">`,
    )}
  </div>
</section>`}
<section id="shop" aria-labelledby="shop-title">
  <div class="section-head">
    ${category
      ? html`<h1 id="shop-title">${t.categories[category] ?? category}</h1>`
      : html`<h2 id="shop-title">${t.shop.title}</h2>`}
    <p class="muted">${t.shop.count(products.length)}</p>
  </div>
  <nav aria-label="${t.shop.filter}"><ul class="chips" role="list">
    ${chip(undefined, t.shop.all)}
    ${categories.map((c) => chip(c.category, t.categories[c.category] ?? c.category))}
  </ul></nav>
  ${productGrid(v, products)}
</section>
<section class="widget-band"><rapport-recommendations></rapport-recommendations></section>`,
  };
}
