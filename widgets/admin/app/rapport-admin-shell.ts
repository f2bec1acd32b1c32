/**
 * @module <rapport-admin-shell>: the signed-in frame — header, navigation, current page
 * (an area's page loaded, through the table in admin-pages.ts, when first opened).
 */
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.ts';
import type { AdminApi, AdminSession } from './admin-api.ts';
import { AdminSignedOutEvent, type AdminNavigateEvent } from './admin-events.ts';
import { pageIcons, rapportMark } from './admin-icons.ts';
import { AdminLocaleController } from './admin-locale.ts';
import { AdminRouter } from './admin-router.ts';
import { AREA_PAGES, hasArea, type AreaPage } from './admin-pages.ts';
import { ADMIN_BASE, ADMIN_PAGES, isPlainClick, type AdminPageModule, type AdminRoute } from './admin-routes.ts';
import { shellStyles } from './rapport-admin-shell.styles.ts';
import { adminTextsReady } from './admin-i18n.ts';
import { adminText } from './admin-texts.ts';
import './rapport-admin-empty-page.ts';
import './rapport-admin-locale-menu.ts';

/** The areas' page modules loaded so far (a module, once here, serves every shell). */
const pages = new Map<AreaPage, AdminPageModule>();

const title = (route: AdminRoute) => adminText(route === 'not-found' ? 'page.notFound' : `page.${route}`);

/**
 * The admin's frame once signed in: the shop, the language menu and the staff member in
 * the header with a sign-out button, the navigation (left on wide screens, on top on
 * narrow ones) routed with the History API under `/admin`, and the current page.
 *
 * @summary Signed-in admin frame with navigation.
 * @tag rapport-admin-shell
 * @event rapport-admin-signed-out - `AdminSignedOutEvent` once the session is closed.
 */
export class RapportAdminShell extends LitElement {
  static override styles = shellStyles;

  /** The admin API (sign-out; passed on to the pages). */
  @property({ attribute: false }) api?: AdminApi;
  /** Who is signed in, and the shop. */
  @property({ attribute: false }) session?: AdminSession;
  /**
   * Failed sign-ins to this account since its previous sign-in, said once just after
   * signing in (with a way to the activity log) until dismissed; 0 says nothing.
   */
  @property({ type: Number, attribute: false }) failedSignIns = 0;
  @state() private signingOut = false;
  @state() private signOutFailed = false;
  @query('h1') private heading?: HTMLElement;
  private shownRoute?: AdminRoute;
  /** The areas' page modules on their way, or that failed to load (offline, a new deployment). */
  private readonly loadingPages = new Map<AreaPage, Promise<void>>();
  private readonly failedPages = new Set<AreaPage>();
  private readonly router = new AdminRouter(this, ADMIN_BASE, () => void this.focusPage());
  private readonly i18n = new AdminLocaleController(this);

  /** Resolves once rendered with the current page's module loaded (or failed). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loadingPages.size) {
      await Promise.all(this.loadingPages.values());
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override willUpdate(): void {
    const route = this.router.route;
    if (hasArea(route)) this.loadPage(route);
  }

  /** Moves focus to the current page's heading (after navigating or signing in); a link to a part of a page leaves it to the page. */
  async focusPage(): Promise<void> {
    await this.updateComplete;
    if (!location.hash) this.heading?.focus();
  }

  override render() {
    const s = this.session;
    if (!s) return nothing;
    const route = this.router.route;
    return html`<div class="layout" @click=${this.follow}
      @rapport-admin-navigate=${(e: AdminNavigateEvent) => this.router.navigate(e.detail.href, e.detail.replace)}>
      <header class="top">
        <div class="brand">${rapportMark}<div class="names">
          <span class="shop">${s.shop.name}</span><span class="product">${adminText('app.title')}</span>
        </div></div>
        <rapport-admin-locale-menu compact></rapport-admin-locale-menu>
        <div class="who">
          <span class="avatar" aria-hidden="true">${initials(s.staff.name)}</span>
          <div class="names"><span class="visually-hidden">${adminText('shell.signedInAs')}</span>
            <span class="name">${s.staff.name}</span><span class="role">${adminText(`role.${s.staff.role}`)}</span>
          </div>
        </div>
        <button class="button" type="button" @click=${this.signOut} ?disabled=${this.signingOut}>
          ${this.signingOut ? adminText('shell.signingOut') : adminText('shell.signOut')}</button>
      </header>
      <nav aria-label=${adminText('shell.nav')}><ul>${ADMIN_PAGES.map((p) => html`<li>
        <a href=${this.router.href(p)} data-page=${p} aria-current=${route === p ? 'page' : nothing}>
          ${pageIcons[p]}<span>${title(p)}</span></a></li>`)}</ul></nav>
      <main id="main" aria-busy=${this.loadingPages.size ? 'true' : 'false'}>
        <div class="error" role="alert">${this.signOutFailed ? adminText('shell.signOutFailed') : nothing}</div>
        ${this.failedSignIns > 0 ? html`<div class="warning" role="alert">
          <p>${adminText('shell.failedSignIns', { count: this.failedSignIns })}</p>
          <a href=${`${this.router.href('settings')}#activity`} data-page="settings" @click=${this.dismiss}>${adminText('shell.reviewActivity')}</a>
          <button class="button" type="button" @click=${this.dismiss}>${adminText('shell.dismiss')}</button>
        </div>` : nothing}
        <h1 tabindex="-1">${title(route)}</h1>
        ${this.page(route)}
      </main>
    </div>`;
  }

  override updated(): void {
    if (this.shownRoute !== this.router.route) {
      this.shownRoute = this.router.route;
      this.keepTabInView();
    }
    if (this.session) document.title = `${title(this.router.route)} · ${this.session.shop.name} · ${adminText('app.title')}`;
  }

  private page(route: AdminRoute) {
    const { param, search, hash } = this.router;
    if (hasArea(route)) {
      const module = pages.get(route);
      if (module) return module.renderAdminPage({ api: this.api, session: this.session, param, search, part: hash });
      return this.failedPages.has(route)
        ? html`<div class="error" role="alert"><p>${adminText('app.unreachable')}</p>
            <button class="button" type="button" @click=${() => this.retryPage(route)}>${adminText('app.retry')}</button></div>`
        : nothing;
    }
    if (route === 'not-found') {
      return html`<rapport-admin-empty-page page="not-found" .message=${adminText('empty.notFound')}>
        <a class="button" href=${this.router.href('inbox')} data-page="inbox">${adminText('empty.goToInbox')}</a>
      </rapport-admin-empty-page>`;
    }
    return html`<rapport-admin-empty-page page=${route} .message=${adminText(`empty.${route}`)}></rapport-admin-empty-page>`;
  }

  /** Imports `page`'s module unless it is here, on its way, or failed; its texts in the current language come first. */
  private loadPage(page: AreaPage): void {
    if (pages.has(page) || this.loadingPages.has(page) || this.failedPages.has(page)) return;
    const done = AREA_PAGES[page]()
      .then(async (module) => {
        await adminTextsReady();
        pages.set(page, module);
      })
      .catch((err) => {
        console.warn(`[rapport] could not load the ${page} page`, err);
        this.failedPages.add(page);
      })
      .finally(() => {
        this.loadingPages.delete(page);
        this.requestUpdate();
      });
    this.loadingPages.set(page, done);
  }

  private retryPage(page: AreaPage): void {
    this.failedPages.delete(page);
    this.requestUpdate();
  }

  /** On narrow screens the navigation is a scrolling row: bring the current tab into it. */
  private keepTabInView(): void {
    const nav = this.renderRoot.querySelector('nav');
    const tab = nav?.querySelector('a[aria-current]');
    if (!nav || !tab || nav.scrollWidth <= nav.clientWidth) return;
    const n = nav.getBoundingClientRect();
    const t = tab.getBoundingClientRect();
    if (t.left < n.left) nav.scrollLeft -= n.left - t.left + 8;
    else if (t.right > n.right) nav.scrollLeft += t.right - n.right + 8;
  }

  /**
   * Routes clicks on our own links (`data-page`, in any page's shadow root) in-app;
   * modified clicks open tabs as usual.
   */
  private follow(e: MouseEvent): void {
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !!n.dataset.page);
    if (!link || !isPlainClick(e) || link.target) return;
    e.preventDefault();
    this.router.navigate(link.pathname + link.search + link.hash);
  }

  /** The failed sign-ins were seen: the notice goes (and does not come back until the next sign-in). */
  private dismiss(): void {
    this.failedSignIns = 0;
  }

  private async signOut(): Promise<void> {
    if (!this.api) return;
    this.signingOut = true;
    this.signOutFailed = false;
    const res = await this.api.signOut();
    this.signingOut = false;
    if (res.ok) this.dispatchEvent(new AdminSignedOutEvent());
    else this.signOutFailed = true;
  }
}

defineElement('rapport-admin-shell', RapportAdminShell);

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? words[words.length - 1][0] : '')).toUpperCase();
}

declare global {
  interface HTMLElementTagNameMap {
    'rapport-admin-shell': RapportAdminShell;
  }
}
