/**
 * @module Admin router: a reactive controller that keeps its host in step with the URL
 * (History API) — the page, the item on it (`/admin/inbox/<id>`) and the query (a
 * page's filter). `navigate()` pushes a new entry, or replaces the current one for a
 * change that should not fill the history (typing a search); back and forward
 * re-render the host through `popstate`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ADMIN_BASE, paramFromPath, pathForPage, routeFromPath, type AdminPage, type AdminRoute } from './admin-routes.ts';

export class AdminRouter implements ReactiveController {
  route: AdminRoute;
  /** The item named after the page, e.g. the feedback id in `/admin/inbox/<id>`. */
  param?: string;
  /** The query without `?` (a page's filter). */
  search = '';
  /** The part of the page the address names, without `#` (e.g. `activity`). */
  hash = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly base = ADMIN_BASE,
    /** Called after the page or item changed by navigation or history (not the query alone), not on the first render. */
    private readonly onChange?: (route: AdminRoute) => void,
  ) {
    this.route = routeFromPath(location.pathname, base);
    this.read();
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    window.addEventListener('popstate', this.sync);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.sync);
  }

  href(page: AdminPage, param?: string, search?: string): string {
    return pathForPage(page, this.base, param, search);
  }

  /** Goes to `href` (a path under the base, with an optional query and a `#part` of the page). */
  navigate(href: string, replace = false): void {
    const url = new URL(href, location.href);
    if (url.pathname + url.search + url.hash !== location.pathname + location.search + location.hash) {
      history[replace ? 'replaceState' : 'pushState'](null, '', url.pathname + url.search + url.hash);
    }
    this.sync();
  }

  private readonly sync = (): void => {
    const before = `${this.route}/${this.param ?? ''}`;
    this.read();
    this.host.requestUpdate();
    if (`${this.route}/${this.param ?? ''}` !== before) this.onChange?.(this.route);
  };

  private read(): void {
    this.route = routeFromPath(location.pathname, this.base);
    this.param = paramFromPath(location.pathname, this.base);
    this.search = location.search.replace(/^\?/, '');
    this.hash = location.hash.replace(/^#/, '');
  }
}
