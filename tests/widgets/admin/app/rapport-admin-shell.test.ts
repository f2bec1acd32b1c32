import { expect } from '@esm-bundle/chai';
import { AdminApi, type AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import '../../../../widgets/admin/app/rapport-admin-shell.ts';
import type { RapportAdminShell } from '../../../../widgets/admin/app/rapport-admin-shell.ts';
import { AXE_MS, UNREACHABLE, adminShop, mount, text, unmountAll, type AdminShop } from '../helpers.ts';
import { SETUP_MS, expectAccessible, waitFor } from '../../helpers.ts';

const original = location.href;
const at = (path: string) => history.replaceState(null, '', path);

let shop: AdminShop;
/** The signed-in owner's API and session (a fresh session for each test: one test signs out). */
let api: AdminApi;
let session: AdminSession;

async function shell(path: string, with_: AdminApi = api): Promise<RapportAdminShell> {
  at(path);
  return mount('rapport-admin-shell', { api: with_, session });
}

const root = (el: RapportAdminShell) => el.shadowRoot!;
const heading = (el: RapportAdminShell) => text(root(el).querySelector('h1'));
const link = (el: RapportAdminShell, name: string) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => text(a) === name)!;
const current = (el: RapportAdminShell) =>
  [...root(el).querySelectorAll('nav a[aria-current]')].map((a) => [text(a), a.getAttribute('aria-current')]);

describe('<rapport-admin-shell>', () => {
  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
  });
  beforeEach(async () => {
    ({ api, session } = await shop.signIn());
  });
  afterEach(() => {
    unmountAll();
    at(original);
  });

  it('has no axe violations', async function () {
    this.timeout(AXE_MS);
    const el = await shell('/admin');
    await expectAccessible(el);
  });

  it('shows the shop, the staff member and their role in the header', async () => {
    const el = await shell('/admin');
    const header = text(root(el).querySelector('header'));
    expect(header).to.contain(shop.name);
    expect(header).to.contain('Ana Lima');
    expect(header).to.contain('Owner');
    expect(text(root(el).querySelector('header button'))).to.equal('Sign out');
  });

  it('links every page from a named navigation', async () => {
    const el = await shell('/admin');
    const nav = root(el).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Main');
    const links = [...nav.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Inbox', '/admin/inbox'], ['Orders', '/admin/orders'], ['FAQ', '/admin/faq'], ['Returns', '/admin/returns'],
      ['Customers', '/admin/customers'], ['Analytics', '/admin/analytics'],
      ['Recommendations', '/admin/recommendations'], ['Settings', '/admin/settings'],
    ]);
  });

  it('opens the inbox at /admin alone, with its empty state', async () => {
    const el = await shell('/admin', api);
    expect(heading(el)).to.equal('Inbox');
    expect(current(el)).to.deep.equal([['Inbox', 'page']]);
    const inbox = root(el).querySelector('rapport-admin-inbox')!;
    const empty = await waitFor(() => inbox.shadowRoot!.querySelector('rapport-admin-empty-page'), 'the empty inbox');
    await empty.updateComplete;
    expect(text(empty.shadowRoot!.querySelector('p'))).to.match(/^Nothing here yet — the inbox fills as shoppers send feedback/);
  });

  it('opens an inbox item at /admin/inbox/<id>, and goes back to the filtered list', async () => {
    const id = '10000000-0000-4000-8000-000000000001';
    const el = await shell(`/admin/inbox/${id}?kind=complaint`, api);
    expect(heading(el)).to.equal('Inbox');
    expect(current(el)).to.deep.equal([['Inbox', 'page']]);
    const detail = root(el).querySelector('rapport-admin-feedback')!;
    expect(detail.feedbackId).to.equal(id);
    await detail.updateComplete;
    detail.shadowRoot!.querySelector<HTMLAnchorElement>('a.back')!.click();
    await el.updateComplete;
    expect(location.pathname + location.search).to.equal('/admin/inbox?kind=complaint');
    expect(root(el).querySelector('rapport-admin-inbox')!.search).to.equal('kind=complaint');
  });

  it('keeps the inbox filter in the address bar', async () => {
    const el = await shell('/admin/inbox', api);
    const inbox = root(el).querySelector('rapport-admin-inbox')!;
    await inbox.updateComplete;
    const filters = inbox.shadowRoot!.querySelector('rapport-admin-inbox-filters')!.shadowRoot!;
    const status = filters.querySelector<HTMLSelectElement>('#status')!;
    status.value = 'unresolved';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(location.pathname + location.search).to.equal('/admin/inbox?status=unresolved');
  });

  it('takes the page from the URL', async () => {
    const el = await shell('/admin/faq');
    expect(heading(el)).to.equal('FAQ');
    expect(current(el)).to.deep.equal([['FAQ', 'page']]);
  });

  it('changes the page, the URL and aria-current when a link is clicked, and focuses the heading', async () => {
    const el = await shell('/admin/inbox');
    link(el, 'Returns').click();
    await el.updateComplete;
    expect(location.pathname).to.equal('/admin/returns');
    expect(heading(el)).to.equal('Returns');
    expect(current(el)).to.deep.equal([['Returns', 'page']]);
    await waitFor(() => root(el).activeElement === root(el).querySelector('h1'), 'focus on the page heading');
  });

  it('follows the browser back and forward', async () => {
    const el = await shell('/admin/inbox');
    link(el, 'Customers').click();
    await el.updateComplete;
    history.back();
    await waitFor(() => heading(el) === 'Inbox', 'the inbox after going back');
    expect(current(el)).to.deep.equal([['Inbox', 'page']]);
    history.forward();
    await waitFor(() => heading(el) === 'Customers', 'customers after going forward');
  });

  it('says when a page does not exist and links back to the inbox', async () => {
    const el = await shell('/admin/nope');
    expect(heading(el)).to.equal('Page not found');
    expect(current(el)).to.deep.equal([]);
    root(el).querySelector<HTMLAnchorElement>('main a[data-page=inbox]')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Inbox');
  });

  it('signs out and says so', async () => {
    const el = await shell('/admin', api);
    const signedOut = new Promise((r) => el.addEventListener('rapport-admin-signed-out', r));
    root(el).querySelector<HTMLButtonElement>('header button')!.click();
    await signedOut;
    expect((await api.session()).ok).to.equal(false); // the server ended the session
    expect(await shop.requests({ method: 'DELETE', path: '/v1/admin/session' })).to.have.length(1);
  });

  it('stays signed in and says why when signing out fails', async () => {
    const el = await shell('/admin', new AdminApi(UNREACHABLE));
    root(el).querySelector<HTMLButtonElement>('header button')!.click();
    await waitFor(() => text(root(el).querySelector('main [role=alert]')) !== '', 'the sign-out error', 4000);
    expect(text(root(el).querySelector('main [role=alert]'))).to.equal('Couldn’t sign out. Check your connection and try again.');
    expect(root(el).querySelector<HTMLButtonElement>('header button')!.disabled).to.equal(false);
  });

  it('loads an area only when its page is first opened', async () => {
    const fetched = (dir: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(dir));
    expect(fetched('/widgets/admin/settings/')).to.equal(false);
    const el = await shell('/admin/settings', api);
    expect(fetched('/widgets/admin/settings/')).to.equal(true);
    expect(root(el).querySelector('rapport-admin-settings')!.shadowRoot).to.not.equal(null);
  });
});
