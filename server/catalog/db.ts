/**
 * @module Catalog: products and their variants (synced from a platform or the demo
 * catalog). Every function runs inside withShop, so row-level security scopes it.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/client.ts';
import type { Locale } from '../kernel/i18n/locales.ts';

export type LocalizedText = Partial<Record<Locale, string>>;

export interface Product {
  id: string;
  externalId: string | null;
  handle: string;
  title: string;
  titleI18n: LocalizedText;
  description: string;
  category: string;
  priceAmount: number;
  currency: string;
  imageUrl: string | null;
  tags: string[];
  finalSale: boolean;
  /** Shown in the store (an unpublished product is never recommended). */
  published: boolean;
  /** Bought again and again (tea, candles): recommended again after a purchase. */
  consumable: boolean;
}

export interface Variant {
  id: string;
  productId: string;
  sku: string;
  title: string;
  priceAmount: number;
  inventory: number;
}

export interface NewVariant {
  id?: string;
  sku: string;
  title: string;
  priceAmount: number;
  inventory?: number;
}

export interface NewProduct {
  /** Callers that link rows before inserting (seeds, syncs) may bring their own id. */
  id?: string;
  externalId?: string | null;
  handle: string;
  title: string;
  titleI18n?: LocalizedText;
  description?: string;
  category?: string;
  priceAmount: number;
  currency: string;
  imageUrl?: string | null;
  tags?: string[];
  finalSale?: boolean;
  published?: boolean;
  consumable?: boolean;
  variants?: NewVariant[];
}

/** Keeps each bulk statement well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 1000;
function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

const productCols = (tx: Db) => tx`
  p.id, p.external_id as "externalId", p.handle, p.title, p.title_i18n as "titleI18n", p.description,
  p.category, p.price_amount as "priceAmount", p.currency, p.image_url as "imageUrl", p.tags,
  p.final_sale as "finalSale", p.published, p.consumable`;

/**
 * Inserts products with their variants in two bulk statements; returns the products'
 * ids in input order.
 */
export async function insertProducts(tx: Db, shopId: string, products: NewProduct[]): Promise<string[]> {
  const rows = products.map((p) => ({
    id: p.id ?? randomUUID(),
    shop_id: shopId,
    external_id: p.externalId ?? null,
    handle: p.handle,
    title: p.title,
    title_i18n: tx.json(p.titleI18n ?? {}),
    description: p.description ?? '',
    category: p.category ?? '',
    price_amount: p.priceAmount,
    currency: p.currency,
    image_url: p.imageUrl ?? null,
    tags: p.tags ?? [],
    final_sale: p.finalSale ?? false,
    published: p.published ?? true,
    consumable: p.consumable ?? false,
  }));
  const variants = products.flatMap((p, i) =>
    (p.variants ?? []).map((v) => ({
      id: v.id ?? randomUUID(),
      shop_id: shopId,
      product_id: rows[i].id,
      sku: v.sku,
      title: v.title,
      price_amount: v.priceAmount,
      inventory: v.inventory ?? 0,
    })),
  );
  for (const part of chunks(rows)) {
    await tx`insert into products ${tx(part, 'id', 'shop_id', 'external_id', 'handle', 'title', 'title_i18n',
      'description', 'category', 'price_amount', 'currency', 'image_url', 'tags', 'final_sale', 'published', 'consumable')}`;
  }
  for (const part of chunks(variants)) {
    await tx`insert into product_variants ${tx(part, 'id', 'shop_id', 'product_id', 'sku', 'title', 'price_amount', 'inventory')}`;
  }
  return rows.map((r) => r.id);
}

/** Products for a listing, grouped by category then by title; optionally one category. */
export async function listProducts(tx: Db, opts: { category?: string; limit?: number } = {}): Promise<Product[]> {
  return tx<Product[]>`
    select ${productCols(tx)} from products p
    ${opts.category ? tx`where p.category = ${opts.category}` : tx``}
    order by p.category, p.title
    limit ${opts.limit ?? 500}`;
}

export async function findProductByHandle(tx: Db, handle: string): Promise<Product | undefined> {
  const [row] = await tx<Product[]>`select ${productCols(tx)} from products p where p.handle = ${handle}`;
  return row;
}

export async function findProduct(tx: Db, id: string): Promise<Product | undefined> {
  const [row] = await tx<Product[]>`select ${productCols(tx)} from products p where p.id = ${id}`;
  return row;
}

/** A product's variants, cheapest first (the order a shopper compares them in). */
export async function listVariants(tx: Db, productId: string): Promise<Variant[]> {
  return tx<Variant[]>`
    select id, product_id as "productId", sku, title, price_amount as "priceAmount", inventory
    from product_variants where product_id = ${productId}
    order by price_amount, sku`;
}

/** Categories with how many products each holds, for navigation. */
export async function listCategories(tx: Db): Promise<{ category: string; count: number }[]> {
  return tx<{ category: string; count: number }[]>`
    select category, count(*)::int as count from products where category <> ''
    group by category order by category`;
}

export async function countProducts(tx: Db): Promise<number> {
  const [row] = await tx<{ n: number }[]>`select count(*)::int as n from products`;
  return row.n;
}

/** What recommendations need of every product: may it be shown (published, in stock), does it come back after a purchase, its category. */
export interface ProductAvailability {
  id: string;
  category: string;
  /** Published and in stock: a product without variants counts as in stock (not tracked). */
  available: boolean;
  consumable: boolean;
}

export async function listAvailability(tx: Db): Promise<ProductAvailability[]> {
  return tx<ProductAvailability[]>`
    select p.id, p.category, p.consumable,
           p.published and (not exists (select 1 from product_variants v where v.product_id = p.id)
                            or exists (select 1 from product_variants v where v.product_id = p.id and v.inventory > 0)) as available
    from products p`;
}

/** What a recommendation card needs of a product, with its variants cheapest first. */
export interface ProductCard {
  id: string;
  externalId: string | null;
  handle: string;
  title: string;
  titleI18n: Partial<Record<string, string>>;
  category: string;
  priceAmount: number;
  currency: string;
  imageUrl: string | null;
  published: boolean;
  consumable: boolean;
  variants: { id: string; title: string; priceAmount: number; inventory: number }[];
}

/** Every product of the shop as a card (no descriptions): what an API process keeps in memory for recommendations. */
export async function listProductCards(tx: Db): Promise<ProductCard[]> {
  return tx<ProductCard[]>`
    select p.id, p.external_id as "externalId", p.handle, p.title, p.title_i18n as "titleI18n", p.category,
      p.price_amount as "priceAmount", p.currency, p.image_url as "imageUrl", p.published, p.consumable,
      coalesce(v.variants, '[]') as variants
    from products p
    left join (
      select product_id, json_agg(json_build_object('id', id, 'title', title, 'priceAmount', price_amount, 'inventory', inventory)
                                  order by price_amount, sku) as variants
      from product_variants group by product_id
    ) v on v.product_id = p.id`;
}

/** Sets whether products are shown and whether they come back after a purchase (the catalog sync and tests). */
export async function setProductFlags(tx: Db, id: string, flags: { published?: boolean; consumable?: boolean }): Promise<void> {
  await tx`update products set published = coalesce(${flags.published ?? null}, published), consumable = coalesce(${flags.consumable ?? null}, consumable) where id = ${id}`;
}

/** Sets a variant's stock (the catalog sync and tests). */
export async function setInventory(tx: Db, variantId: string, inventory: number): Promise<void> {
  await tx`update product_variants set inventory = ${inventory} where id = ${variantId}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ProductRefs {
  id: string;
  /** Every way the page may have named it. */
  refs: string[];
}

/** Products named by Rapport's id, the platform's id or the handle (as pages and platforms name them), with every way each may be named. */
export async function findProductsByRef(tx: Db, refs: string[]): Promise<ProductRefs[]> {
  if (refs.length === 0) return [];
  const ids = refs.filter((r) => UUID.test(r));
  const rows = await tx<{ id: string; externalId: string | null; handle: string }[]>`
    select id, external_id as "externalId", handle from products
    where id = any(${ids}::uuid[]) or external_id = any(${refs}::text[]) or handle = any(${refs}::text[])`;
  return rows.map((r) => ({ id: r.id, refs: [r.id, r.handle, ...(r.externalId ? [r.externalId] : [])] }));
}

export interface VariantRef {
  id: string;
  productId: string;
  sku: string;
  title: string;
}

/** Variants named by Rapport's id or the SKU. */
export async function findVariantsByRef(tx: Db, refs: string[]): Promise<VariantRef[]> {
  if (refs.length === 0) return [];
  const ids = refs.filter((r) => UUID.test(r));
  return tx<VariantRef[]>`
    select id, product_id as "productId", sku, title from product_variants
    where id = any(${ids}::uuid[]) or sku = any(${refs}::text[])`;
}


// ---------------------------------------------------------------------------------------
// Products from a platform (issue 9): found and updated by the platform's ids.

export interface PlatformVariant {
  externalId: string;
  sku: string | null;
  title: string;
  priceAmount: number;
  /** Units in stock; null when the platform does not track it (the stored count is then left as it is). */
  inventory: number | null;
}

export interface PlatformProduct {
  externalId: string;
  handle: string;
  title: string;
  category: string | null;
  tags: string[];
  imageUrl: string | null;
  published: boolean;
  currency: string;
  variants: PlatformVariant[];
}

/** Inserts or updates a product and its variants by the platform's ids; returns Rapport's id. */
export async function upsertPlatformProduct(tx: Db, shopId: string, p: PlatformProduct): Promise<string> {
  const price = p.variants.length ? Math.min(...p.variants.map((v) => v.priceAmount)) : 0;
  const [row] = await tx<{ id: string }[]>`
    insert into products (shop_id, external_id, handle, title, category, price_amount, currency, image_url, tags, published)
    values (${shopId}, ${p.externalId}, ${p.handle}, ${p.title}, ${p.category ?? ''}, ${price}, ${p.currency}, ${p.imageUrl},
            ${p.tags}::text[], ${p.published})
    on conflict (shop_id, external_id) do update set handle = excluded.handle, title = excluded.title,
      category = excluded.category, price_amount = excluded.price_amount, currency = excluded.currency,
      image_url = excluded.image_url, tags = excluded.tags, published = excluded.published
    returning id`;
  if (!p.variants.length) return row.id;
  // A SKU is unique in the shop: one another variant already holds keeps its platform id beside it.
  const wanted = p.variants.map((v) => v.sku ?? `id:${v.externalId}`);
  const taken = await tx<{ sku: string; externalId: string | null }[]>`
    select sku, external_id as "externalId" from product_variants where sku = any(${wanted}::text[])`;
  const holder = new Map(taken.map((t) => [t.sku, t.externalId]));
  const rows = p.variants.map((v, i) => {
    const owner = holder.get(wanted[i]);
    const sku = owner === undefined || owner === v.externalId ? wanted[i] : `${wanted[i]} (${v.externalId})`;
    return {
      id: randomUUID(), shop_id: shopId, product_id: row.id, external_id: v.externalId, sku, title: v.title,
      price_amount: v.priceAmount, inventory: v.inventory ?? 0, tracked: v.inventory !== null,
    };
  });
  for (const part of chunks(rows)) {
    await tx`
      insert into product_variants ${tx(part.map(({ tracked: _, ...r }) => r), 'id', 'shop_id', 'product_id', 'external_id', 'sku', 'title', 'price_amount', 'inventory')}
      on conflict (shop_id, external_id) do update set product_id = excluded.product_id, sku = excluded.sku,
        title = excluded.title, price_amount = excluded.price_amount,
        inventory = case when excluded.external_id = any(${part.filter((r) => r.tracked).map((r) => r.external_id)}::text[])
                         then excluded.inventory else product_variants.inventory end`;
  }
  return row.id;
}

/** Rapport's product ids by the platform's ids (those known). */
export async function productIdsByExternal(tx: Db, externalIds: string[]): Promise<Map<string, string>> {
  if (!externalIds.length) return new Map();
  const rows = await tx<{ id: string; externalId: string }[]>`
    select id, external_id as "externalId" from products where external_id = any(${externalIds}::text[])`;
  return new Map(rows.map((r) => [r.externalId, r.id]));
}

/** Rapport's variant ids by the platform's ids (those known). */
export async function variantIdsByExternal(tx: Db, externalIds: string[]): Promise<Map<string, string>> {
  if (!externalIds.length) return new Map();
  const rows = await tx<{ id: string; externalId: string }[]>`
    select id, external_id as "externalId" from product_variants where external_id = any(${externalIds}::text[])`;
  return new Map(rows.map((r) => [r.externalId, r.id]));
}

/**
 * Products an order names before the catalog sync told us of them: unpublished stand-ins
 * (never shown or recommended) that the product's own sync later completes.
 */
export async function insertProductStandIns(
  tx: Db, shopId: string, stubs: { externalId: string; handle: string; title: string; priceAmount: number; currency: string }[],
): Promise<void> {
  if (!stubs.length) return;
  const rows = stubs.map((s) => ({
    shop_id: shopId, external_id: s.externalId, handle: s.handle, title: s.title, price_amount: s.priceAmount,
    currency: s.currency, published: false,
  }));
  for (const part of chunks(rows)) {
    await tx`insert into products ${tx(part, 'shop_id', 'external_id', 'handle', 'title', 'price_amount', 'currency', 'published')}
      on conflict do nothing`;
  }
}

/** A product removed on the platform: no longer shown (its history stays). */
export async function unpublishPlatformProduct(tx: Db, externalId: string): Promise<void> {
  await tx`update products set published = false where external_id = ${externalId}`;
}
