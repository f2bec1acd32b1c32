/**
 * @module Serving: one list for one placement and one shopper — the shop's model (what all
 * shoppers taught) plus this shopper's latest events read from the log at request time (so
 * a new view changes the next answer at once), filtered by the catalog (published, in
 * stock, the placement's categories), with the variant to show and a reason in the
 * shopper's language. The storefront route and the admin's explain view call the same code.
 */
import { randomBytes } from 'node:crypto';
import { personHistory, type StoredInteraction } from '../interactions/index.ts';
import type { Sql } from '../kernel/db/client.ts';
import type { Shop } from '../kernel/db/shops.ts';
import { readAsShop } from '../kernel/db/tenancy.ts';
import type { Locale } from '../kernel/i18n/locales.ts';
import type { Logger } from '../kernel/log.ts';
import { shopSettings } from '../shops/index.ts';
import type { Placement, RecommendationItem, RecommendationList } from './contract.ts';
import { boughtTogether, rankVariants, recommend, similar } from './engine.ts';
import { toInteraction } from './from-log.ts';
import { HISTORY_MAX } from './limits.ts';
import { loadModel, type Model } from './model.ts';
import { shelfOf, type Catalog, type CatalogProduct, type ModelCache } from './models.ts';
import { reasonText } from './reasons.ts';
import { PARAM_DEFAULTS } from './train.ts';
import { requestTraining } from './training.ts';
import type { Interaction, Recommendation } from './types.ts';

export interface Ask {
  placement: Placement;
  /** Product references on the page (the product, the cart's, the order's). */
  products: string[];
  limit: number;
  locale: Locale;
  customerId: string | null;
  visitorId: string | null;
}

export interface Answer {
  list: RecommendationList;
  /** The shopper's events the answer used, oldest first. */
  history: StoredInteraction[];
  model: { trainedAt: Date | null; interactions: number; shoppers: number };
}

export interface ServeDeps {
  sql: Sql;
  models: ModelCache;
  log: Logger;
}

const SIZE_REASONS = new Set(['too-small', 'too-large']);
const newListId = () => `r_${randomBytes(12).toString('base64url')}`;

const untrainedModels = new WeakMap<Catalog, Model>();

/** A model with every product and no links, for a shop not trained yet (its first training is queued); one per catalog. */
function untrained(catalog: Catalog): Model {
  let model = untrainedModels.get(catalog);
  if (!model) {
    const items = [...catalog.byId.values()].map((p) => ({ item: p.id, popularity: 0, trending: 0, quality: 1, categories: p.category ? [p.category] : [] }));
    model = loadModel({ meta: { version: 1, trainedAt: Date.now(), interactions: 0, users: 0, params: PARAM_DEFAULTS }, items, links: [] });
    untrainedModels.set(catalog, model);
  }
  return model;
}

/**
 * Sizes this shopper sent back as too small or too large (and did not buy again since):
 * the product is offered again in the next size up or down, first in their list.
 */
function sizeSwaps(history: StoredInteraction[]): Map<string, { variant: string; direction: 'up' | 'down' }> {
  const swaps = new Map<string, { variant: string; direction: 'up' | 'down' }>();
  for (const e of history) {
    if (!e.productId) continue;
    if (e.kind === 'return.request' && e.variantId && SIZE_REASONS.has(String(e.data.reason))) {
      swaps.set(e.productId, { variant: e.variantId, direction: e.data.reason === 'too-small' ? 'up' : 'down' });
    } else if (e.kind === 'purchase' || e.kind === 'cart.add') swaps.delete(e.productId);
  }
  return swaps;
}

export async function recommendFor(deps: ServeDeps, shop: Shop, ask: Ask): Promise<Answer> {
  const settings = shopSettings(shop).recommendations;
  const place = settings.placements[ask.placement];
  const personal = !!(ask.customerId || ask.visitorId);
  const list: RecommendationList = { id: newListId(), placement: ask.placement, locale: ask.locale, personal, enabled: place.enabled, items: [] };
  const [loaded, catalog] = await Promise.all([deps.models.model(shop.id), deps.models.catalog(shop.id)]);
  const modelInfo = { trainedAt: loaded?.trainedAt ?? null, interactions: loaded?.meta.interactions ?? 0, shoppers: loaded?.meta.users ?? 0 };
  if (!place.enabled) return { list, history: [], model: modelInfo };
  if (!loaded) void requestTraining(deps.sql, shop.id).catch((err) => deps.log.warn('could not queue training', { err: String(err) }));
  const model = loaded?.model ?? untrained(catalog);
  const shelf = shelfOf(catalog, model);

  // The shopper's own latest events are the one read a request makes (the model and the
  // catalog are in memory), in one round trip.
  const history = personal
    ? await readAsShop(deps.sql, shop.id, (tx) => personHistory(tx, { customerId: ask.customerId, visitorId: ask.visitorId }, { limit: HISTORY_MAX }))
    : [];
  const onPage = ask.products.map((ref) => catalog.byRef.get(ref)).filter((id): id is string => !!id);
  const events = history
    .map((e) => toInteraction({ person: 'me', productId: e.productId, variantId: e.variantId, kind: e.kind, at: e.occurredAt.getTime(), data: e.data }))
    .filter((e): e is Interaction => !!e);

  const sizeReturns = events.some((e) => e.kind === 'return');
  const include = new Set(place.includeCategories);
  const exclude = new Set(place.excludeCategories);
  const anyCategory = include.size === 0 && exclude.size === 0;
  const placed = (p: CatalogProduct | undefined) => !!p && p.available && !exclude.has(p.category) && (include.size === 0 || include.has(p.category));
  // `i`: the item's number in the model, when the engine asks (it always knows it).
  const filter = (item: string, i = -1) => (i < 0 ? placed(catalog.byId.get(item)) : shelf.available[i] === 1 && (anyCategory || placed(shelf.product[i])));
  const consumable = (item: string, i = -1) => (i < 0 ? !!catalog.byId.get(item)?.consumable : shelf.consumable[i] === 1);
  const categoryOf = (item: string) => catalog.byId.get(item)?.category;
  const categoriesOf = (item: string) => { const c = categoryOf(item); return c ? [c] : []; };
  const k = ask.limit + 4; // spares for products that turn out unavailable when read (a size that does not exist)
  const notOnPage = new Set(onPage);
  const pageCategories = [...new Set(onPage.flatMap(categoriesOf))];

  let recs: (Recommendation & { variant?: string; direction?: 'up' | 'down' })[];
  if (ask.placement === 'product' && onPage[0]) {
    recs = similar(model, onPage[0], k, { exclude: notOnPage, filter, categories: pageCategories });
  } else if (ask.placement === 'cart' && onPage.length) {
    const best = new Map<string, Recommendation>();
    for (const id of onPage) for (const r of boughtTogether(model, id, k, { exclude: notOnPage, filter })) if ((best.get(r.item)?.score ?? -Infinity) < r.score) best.set(r.item, r);
    recs = [...best.values()].sort((a, b) => b.score - a.score || (a.item < b.item ? -1 : 1));
    if (recs.length < k) for (const r of recommend(model, { history: events, k, exclude: new Set([...notOnPage, ...best.keys()]), filter, consumable, categories: pageCategories, categoriesOf, now: Date.now() })) recs.push(r);
  } else {
    recs = recommend(model, {
      history: events, k, exclude: notOnPage, filter, consumable,
      categories: pageCategories, categoriesOf, now: Date.now(),
    });
  }
  // For the shopper's own lists: a size that did not fit comes back one size up (or down), first.
  const swaps = personal && ['home', 'profile', 'email'].includes(ask.placement) ? sizeSwaps(history) : new Map();
  for (const [item, s] of swaps) if (filter(item)) recs.unshift({ item, score: Infinity, reason: { kind: 'recently-viewed' }, variant: s.variant, direction: s.direction });

  const products = catalog.byId;
  type Variant = CatalogProduct['variants'][number];
  const title = (p: CatalogProduct) => p.titleI18n[ask.locale] ?? p.title;
  const seen = new Set<string>();
  for (const r of recs) {
    if (list.items.length >= ask.limit) break;
    const p = products.get(r.item);
    if (!p || seen.has(r.item)) continue;
    const inStock = p.variants.filter((v) => v.inventory > 0);
    if (!p.published || (p.variants.length > 0 && inStock.length === 0)) continue;
    let variant: Variant | undefined;
    let reason: RecommendationItem['reason'];
    if (r.direction) {
      // Variants come cheapest first, which is smallest first for sizes.
      const at = p.variants.findIndex((v) => v.id === r.variant);
      if (at < 0) continue;
      const inStockOf = (vs: Variant[]) => vs.filter((v) => v.inventory > 0);
      variant = r.direction === 'up' ? inStockOf(p.variants.slice(at + 1))[0] : inStockOf(p.variants.slice(0, at)).at(-1);
      if (!variant) continue;
      reason = { kind: 'other-size', text: reasonText(ask.locale, { kind: 'other-size', size: variant.title, direction: r.direction, shop: shop.name }), because: { id: p.id, title: title(p) } };
    } else {
      // Sizes matter only to a shopper who sent one back; everyone else sees the cheapest in stock.
      const ranked = sizeReturns && inStock.length > 1 ? rankVariants(model, events, p.id, inStock.map((v) => ({ id: v.id, size: v.title })), categoriesOf) : inStock;
      variant = inStock.find((v) => v.id === ranked[0]?.id);
      const because = 'because' in r.reason ? products.get(r.reason.because) : undefined;
      const kind = ask.placement === 'product' && r.reason.kind === 'viewed-similar' && because?.id === onPage[0] ? 'similar-to' : r.reason.kind;
      const category = r.reason.kind === 'popular-in-category' ? r.reason.category : undefined;
      reason = {
        kind,
        text: reasonText(ask.locale, { kind, product: because ? title(because) : undefined, category, shop: shop.name }),
        ...(because ? { because: { id: because.id, title: title(because) } } : {}),
        ...(category ? { category } : {}),
      };
    }
    seen.add(r.item);
    list.items.push({
      product: {
        id: p.id, handle: p.handle, title: title(p), category: p.category,
        url: settings.productUrl.replace('{handle}', encodeURIComponent(p.handle)),
        imageUrl: p.imageUrl, price: variant?.priceAmount ?? p.priceAmount, currency: p.currency,
        variant: variant && p.variants.length > 1 ? { id: variant.id, title: variant.title } : null,
      },
      reason,
      score: Number.isFinite(r.score) ? Math.round(r.score * 10_000) / 10_000 : 1e9,
    });
  }
  return { list, history, model: modelInfo };
}
