/**
 * @module Catalog: products and their variants (synced from a platform or the demo
 * catalog). What other features may use.
 */
export {
  countProducts, findProduct, findProductByHandle, findProductsByRef, findVariantsByRef, insertProducts, listAvailability, listCategories, listProducts, listVariants,
  listProductCards, setInventory, setProductFlags,
  insertProductStandIns, productIdsByExternal, unpublishPlatformProduct, upsertPlatformProduct, variantIdsByExternal,
  type PlatformProduct, type PlatformVariant,
  type LocalizedText, type NewProduct, type NewVariant, type Product, type ProductAvailability, type ProductCard, type ProductRefs, type Variant, type VariantRef,
} from './db.ts';
