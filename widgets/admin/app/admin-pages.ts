/**
 * @module Admin pages: the one table an area registers its page in — page → the area's
 * page module, imported when the page is first opened (one chunk per area). A page
 * without a row shows its empty state. Only the shell imports this file: an area that
 * did would close an import cycle through every other area.
 */
import type { AdminPage, AdminPageModule, AdminRoute } from './admin-routes.ts';

export const AREA_PAGES = {
  inbox: () => import('../feedback/feedback-page.ts'),
  orders: () => import('../orders/orders-page.ts'),
  settings: () => import('../settings/settings-page.ts'),
  recommendations: () => import('../recommendations/recommendations-page.ts'),
} satisfies { readonly [P in AdminPage]?: () => Promise<AdminPageModule> };

/** A page whose area exists. */
export type AreaPage = keyof typeof AREA_PAGES;

export const hasArea = (route: AdminRoute): route is AreaPage => Object.hasOwn(AREA_PAGES, route);
