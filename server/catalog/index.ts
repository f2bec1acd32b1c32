/**
 * @module Catalog: products and their variants (synced from a platform or the demo
 * catalog). What other features may use.
 */
export {
  countProducts, findProduct, findProductByHandle, findProductsByRef, findVariantsByRef, insertProducts, listAvailability, listCategories, listProducts, listVariants,
  productsWithVariants, setInventory, setProductFlags,
  type LocalizedText, type NewProduct, type NewVariant, type Product, type ProductAvailability, type ProductRefs, type Variant, type VariantRef,
} from './db.ts';
