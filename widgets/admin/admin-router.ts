/**
 * @module Admin router: a reactive controller that keeps its host in step with the URL
 * (History API). `navigate()` pushes a new entry; back and forward re-render the host
 * through `popstate`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ADMIN_BASE, pathForPage, routeFromPath, type AdminPage, type AdminRoute } from './admin-routes.ts';

export class AdminRouter implements ReactiveController {
  route: AdminRoute;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly base = ADMIN_BASE,
    /** Called after the route changed by navigation or history, not on the first render. */
    private readonly onChange?: (route: AdminRoute) => void,
  ) {
    this.route = routeFromPath(location.pathname, base);
    host.addController(this);
  }

  hostConnected(): void {
    this.route = routeFromPath(location.pathname, this.base);
    window.addEventListener('popstate', this.sync);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.sync);
  }

  href(page: AdminPage): string {
    return pathForPage(page, this.base);
  }

  navigate(page: AdminPage): void {
    const path = this.href(page);
    if (location.pathname !== path) history.pushState({ page }, '', path);
    this.set(page);
  }

  private readonly sync = (): void => this.set(routeFromPath(location.pathname, this.base));

  private set(route: AdminRoute): void {
    this.route = route;
    this.host.requestUpdate();
    this.onChange?.(route);
  }
}
