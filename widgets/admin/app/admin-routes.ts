/**
 * @module Admin routes: the admin's pages, which page a URL path shows and which path a
 * page lives at (`/admin` → inbox, `/admin/faq` → FAQ, `/admin/inbox/<id>` → one inbox
 * item, …), and what the shell gives a page — pure functions, no History API here.
 * Which area shows a page is registered in admin-pages.ts.
 */
import type { TemplateResult } from 'lit';
import type { AdminApi, AdminSession } from './admin-api.ts';

/** What the shell gives an area's page. */
export interface AdminPageContext {
  /** The admin API; an area takes its calls from it with `api.area(…)`. */
  api?: AdminApi;
  session?: AdminSession;
  /** The item named after the page (`/admin/inbox/<id>` → `<id>`), if any. */
  param?: string;
  /** The page's URL query, without `?` (e.g. a list's filter). */
  search: string;
  /** The part of the page the address names (`#activity` → `activity`), or empty. */
  part?: string;
}

/** An area's page module (see admin-pages.ts): the shell imports it when the page is first opened, then renders it. */
export interface AdminPageModule {
  renderAdminPage(page: AdminPageContext): TemplateResult;
}

/** The admin's pages, in the navigation's order (each with a title and an icon in app/). */
export const ADMIN_PAGES = ['inbox', 'orders', 'faq', 'returns', 'customers', 'analytics', 'recommendations', 'settings'] as const;
export type AdminPage = (typeof ADMIN_PAGES)[number];

/** What the shell shows: a page, or "not found" for any other path under the base. */
export type AdminRoute = AdminPage | 'not-found';

export const ADMIN_BASE = '/admin';
export const DEFAULT_PAGE: AdminPage = 'inbox';

const isPage = (s: string): s is AdminPage => (ADMIN_PAGES as readonly string[]).includes(s);

/** The route for a path: the first segment after the base names the page. */
export function routeFromPath(pathname: string, base = ADMIN_BASE): AdminRoute {
  const root = base.replace(/\/+$/, '');
  if (pathname !== root && !pathname.startsWith(`${root}/`)) return 'not-found';
  const first = pathname.slice(root.length).split('/').find(Boolean);
  if (first === undefined) return DEFAULT_PAGE;
  return isPage(first) ? first : 'not-found';
}

/** The item a path names after its page (`/admin/inbox/<id>` → `<id>`), if any. */
export function paramFromPath(pathname: string, base = ADMIN_BASE): string | undefined {
  const root = base.replace(/\/+$/, '');
  if (!pathname.startsWith(`${root}/`)) return undefined;
  const second = pathname.slice(root.length).split('/').filter(Boolean)[1];
  if (second === undefined) return undefined;
  try {
    return decodeURIComponent(second);
  } catch {
    return second; // a broken %-escape: the page will say the item does not exist
  }
}

/** The path of a page, of one item on it (`param`), with an optional query (`search`, no `?`). */
export function pathForPage(page: AdminPage, base = ADMIN_BASE, param?: string, search = ''): string {
  const path = `${base.replace(/\/+$/, '')}/${page}${param ? `/${encodeURIComponent(param)}` : ''}`;
  return search ? `${path}?${search.replace(/^\?/, '')}` : path;
}

/** True for a click the app should route itself: primary button, no modifier keys. */
export function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;
}
