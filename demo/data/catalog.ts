/**
 * @module The demo catalog of "Lumen & Leaf": the product data (split by aisle into
 * the products-*.ts files) turned into rows for server/db/catalog.ts.
 */
import type { NewProduct } from '../../server/catalog/index.ts';
import { DESK_PRODUCTS } from './products-desk.ts';
import { HOME_PRODUCTS } from './products-home.ts';
import { TEA_PRODUCTS } from './products-tea.ts';
import { rng } from './prng.ts';

export { CATEGORIES, type Art, type Category, type DemoProduct } from './types.ts';
import type { DemoProduct } from './types.ts';

export const DEMO_CURRENCY = 'USD';
export const DEMO_PRODUCTS: readonly DemoProduct[] = [...TEA_PRODUCTS, ...DESK_PRODUCTS, ...HOME_PRODUCTS];

const byHandle = new Map(DEMO_PRODUCTS.map((p) => [p.handle, p]));
export const demoProduct = (handle: string): DemoProduct | undefined => byHandle.get(handle);

export const imageUrl = (handle: string) => `/demo/images/${handle}.svg`;

/** The catalog as rows for insertProducts, with stock levels that vary but never change. */
export function demoProductRows(): NewProduct[] {
  const r = rng(7);
  return DEMO_PRODUCTS.map((p, i) => {
    const code = `LL-${p.category.slice(0, 3).toUpperCase()}-${String(i + 101)}`;
    return {
      externalId: `prod_${5001 + i}`,
      handle: p.handle,
      title: p.title[0],
      titleI18n: { en: p.title[0], 'zh-Hans': p.title[1], 'zh-Hant': p.title[2] },
      description: p.description,
      category: p.category,
      priceAmount: Math.min(...p.variants.map(([, price]) => price)),
      currency: DEMO_CURRENCY,
      imageUrl: imageUrl(p.handle),
      tags: [...p.tags],
      finalSale: p.finalSale ?? false,
      variants: p.variants.map(([title, price], k) => ({
        sku: `${code}-${k + 1}`,
        title,
        priceAmount: price,
        // Now and then a second or third option is sold out, so the product page shows that
        // state too; the first option always has stock, so every product can be bought.
        inventory: k > 0 && r.next() < 0.2 ? 0 : r.int(3, 60),
      })),
    };
  });
}
