/**
 * @module WooCommerce customers and products → canonical (customer.*, product.*). A
 * simple product is its own single variant; a variable product's webhook lists only its
 * variation ids, so its variants stay empty until each variation's own product.* arrives.
 * Prices carry no currency: the shop's comes as `context.shopCurrency`.
 */
import { z } from 'zod';
import type { CanonicalCustomer, CanonicalProduct } from '../canonical.ts';
import type { MapContext } from '../contract.ts';
import { decimal, gmtInstant, minorUnits, platformId, shopCurrency } from '../shared/payload.ts';
import { decodeHtmlEntities, fullName, httpUrlOrNull, normalizeEmail, textOrNull } from '../shared/text.ts';

export const WooCustomer = z.object({
  id: platformId,
  email: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  date_modified_gmt: gmtInstant.nullish(),
});

export function mapWooCustomer(c: z.output<typeof WooCustomer>): CanonicalCustomer {
  return {
    kind: 'customer',
    platformId: c.id,
    email: normalizeEmail(c.email),
    name: fullName(c.first_name, c.last_name),
    locale: null,
    updatedAt: c.date_modified_gmt ?? null,
  };
}

const Named = z.array(z.object({ name: z.string() })).nullish();

export const WooProduct = z.object({
  id: platformId,
  name: z.string(),
  slug: z.string().min(1),
  type: z.string().nullish(),
  status: z.string(),
  catalog_visibility: z.string().nullish(),
  sku: z.string().nullish(),
  // "" for a product without a price.
  price: z.union([z.literal(''), decimal]).nullish(),
  stock_quantity: z.number().int().nullish(),
  categories: Named,
  tags: Named,
  images: z.array(z.object({ src: z.string() })).nullish(),
  date_modified_gmt: gmtInstant.nullish(),
});

export function mapWooProduct(p: z.output<typeof WooProduct>, context: MapContext | undefined): CanonicalProduct {
  const title = decodeHtmlEntities(p.name);
  const sellsItself = p.type !== 'variable' && p.type !== 'grouped' && p.price;
  const currency = sellsItself ? shopCurrency(context, ['price']) : '';
  return {
    kind: 'product',
    platformId: p.id,
    handle: p.slug,
    title,
    category: p.categories?.length ? decodeHtmlEntities(p.categories[0].name) : null,
    tags: (p.tags ?? []).map((tag) => decodeHtmlEntities(tag.name)),
    imageUrl: httpUrlOrNull(p.images?.[0]?.src),
    published: p.status === 'publish' && p.catalog_visibility !== 'hidden',
    updatedAt: p.date_modified_gmt ?? null,
    variants: sellsItself
      ? [{
          platformId: p.id,
          sku: textOrNull(p.sku),
          title,
          priceAmount: minorUnits(p.price as string, currency, ['price']),
          currency,
          inventory: p.stock_quantity ?? null,
        }]
      : [],
  };
}
