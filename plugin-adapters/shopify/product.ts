/**
 * @module Shopify products with their variants → canonical (products/create,
 * products/update). Shopify's product payload carries no currency: prices are in the
 * shop's currency, which the route passes as `context.shopCurrency`.
 */
import { z } from 'zod';
import type { CanonicalProduct } from '../canonical.ts';
import type { MapContext } from '../contract.ts';
import { decimal, instant, minorUnits, platformId, shopCurrency } from '../shared/payload.ts';
import { httpUrlOrNull, textOrNull } from '../shared/text.ts';

export const ShopifyProduct = z.object({
  id: platformId,
  title: z.string(),
  handle: z.string().min(1),
  product_type: z.string().nullish(),
  tags: z.union([z.string(), z.array(z.string())]).nullish(),
  status: z.string().nullish(),
  published_at: instant.nullish(),
  updated_at: instant.nullish(),
  image: z.object({ src: z.string() }).nullish(),
  images: z.array(z.object({ src: z.string() })).nullish(),
  variants: z.array(z.object({
    id: platformId,
    sku: z.string().nullish(),
    title: z.string(),
    price: decimal,
    inventory_quantity: z.number().int().nullish(),
  })),
});

function tagList(tags: string | string[] | null | undefined): string[] {
  const list = Array.isArray(tags) ? tags : (tags ?? '').split(',');
  return list.map((tag) => tag.trim()).filter(Boolean);
}

export function mapShopifyProduct(p: z.output<typeof ShopifyProduct>, context: MapContext | undefined): CanonicalProduct {
  const currency = p.variants.length ? shopCurrency(context, ['variants', 0, 'price']) : '';
  return {
    kind: 'product',
    platformId: p.id,
    handle: p.handle,
    title: p.title,
    category: textOrNull(p.product_type),
    tags: tagList(p.tags),
    imageUrl: httpUrlOrNull(p.image?.src ?? p.images?.[0]?.src),
    // Unpublished from the online store, or a draft / archived product.
    published: p.published_at != null && (p.status == null || p.status === 'active'),
    updatedAt: p.updated_at ?? null,
    variants: p.variants.map((v, i) => ({
      platformId: v.id,
      sku: textOrNull(v.sku),
      title: v.title,
      priceAmount: minorUnits(v.price, currency, ['variants', i, 'price']),
      currency,
      inventory: v.inventory_quantity ?? null,
    })),
  };
}
