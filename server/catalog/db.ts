/**
 * @module Catalog: products and their variants (synced from a platform or the demo
 * catalog). Every function runs inside withShop, so row-level security scopes it.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/client.ts';

export type LocalizedText = Partial<Record<'en' | 'zh-Hans' | 'zh-Hant', string>>;

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
  p.final_sale as "finalSale"`;

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
      'description', 'category', 'price_amount', 'currency', 'image_url', 'tags', 'final_sale')}`;
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
