/**
 * @module Shops: creating a shop with its owner, its typed settings (brand, feedback
 * targets and kinds …), what widgets may know of it (`GET /v1/shop`) and its settings and
 * mail log in the admin. What other features may use.
 */
import type { Feature } from '../kernel/http/router.ts';
import { shopAdminRoutes } from './admin-routes.ts';
import { shopRoutes } from './routes.ts';

export const shops: Feature = { name: 'shops', routes: shopRoutes, adminRoutes: shopAdminRoutes };

export { brandOf, saveSettingsSection, shopSettings, updateShopSettings } from './settings.ts';
export { countShops, createShop, currentShop, deleteShop, listShops, type NewShop } from './db.ts';
export { addStaffMember, changeAllowedOrigins, checkOrigin, createShopWithOwner, generatePassword, ProvisionError, type ProvisionedShop } from './provision.ts';
export { DeliverySettings, DeliverySettingsView } from './contract.ts';
export type { FeedbackSettings, PlacementSettings, RecommendationSettings, ShopPublic, ShopSettings } from './contract.ts';
