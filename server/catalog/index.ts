/**
 * @module Catalog: products and their variants (synced from a platform or the demo
 * catalog). What other features may use.
 */
export {
  countProducts, findProduct, findProductByHandle, insertProducts, listCategories, listProducts, listVariants,
  type LocalizedText, type NewProduct, type NewVariant, type Product, type Variant,
} from './db.ts';
