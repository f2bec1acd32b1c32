/**
 * @module Admin routes: which page a URL path shows and which path a page lives at
 * (`/admin` → inbox, `/admin/faq` → FAQ, `/admin/inbox/<id>` → one inbox item, …) —
 * pure functions, no History API here.
 */

export const ADMIN_PAGES = ['inbox', 'faq', 'returns', 'customers', 'analytics', 'settings'] as const;
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
