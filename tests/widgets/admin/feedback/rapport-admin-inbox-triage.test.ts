import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AdminApi, AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import '../../../../widgets/admin/app/rapport-admin-shell.ts';
import type { RapportAdminShell } from '../../../../widgets/admin/app/rapport-admin-shell.ts';
import '../../../../widgets/admin/feedback/rapport-admin-inbox.ts';
import type { RapportAdminInbox } from '../../../../widgets/admin/feedback/rapport-admin-inbox.ts';
import { SEARCH_DEBOUNCE_MS } from '../../../../widgets/admin/feedback/rapport-admin-inbox-filters.ts';
import { FeedbackApi } from '../../../../widgets/admin/feedback/feedback-api.ts';
import { adminCalls, adminShop, mount, text, unmountAll, type AdminShop, type Seeded } from '../helpers.ts';
import { ITEMS, ORDERS } from './inbox-data.ts';
import { SETUP_MS, tick, waitFor } from '../../helpers.ts';

const original = location.href;
const root = (el: RapportAdminInbox) => el.shadowRoot!;
const table = (el: RapportAdminInbox) => root(el).querySelector('rapport-admin-inbox-table')?.shadowRoot ?? null;
const filters = (el: RapportAdminInbox) => root(el).querySelector('rapport-admin-inbox-filters')!.shadowRoot!;
const rows = (el: RapportAdminInbox) => [...(table(el)?.querySelectorAll('tbody tr') ?? [])];
const listed = (el: RapportAdminInbox) => rows(el).map((tr) => tr.getAttribute('data-id'));
/** The query of the page's latest inbox call. */
const lastInboxQuery = () =>
  new URLSearchParams(adminCalls.filter((c) => /^\/v1\/admin\/inbox(\?|$)/.test(c.path)).at(-1)!.path.split('?')[1] ?? '');

describe('<rapport-admin-inbox> as an agent triages it', () => {
  let shop: AdminShop;
  let api: AdminApi;
  let session: AdminSession;
  let items: Seeded[];
  let resolved: Seeded;

  async function inbox(search = '') {
    const el = await mount('rapport-admin-inbox', { api: api.area(FeedbackApi), session, search });
    await waitFor(() => table(el)?.querySelector('tbody tr') ?? root(el).querySelector('rapport-admin-empty-page, .nothing'), 'the list');
    return el;
  }

  /** Types into a field of the toolbar as a person does, then waits for the pause to pass. */
  async function type(el: RapportAdminInbox, id: 'q' | 'tag', words: string) {
    await root(el).querySelector('rapport-admin-inbox-filters')!.updateComplete;
    const box = filters(el).querySelector<HTMLInputElement>(`#${id}`)!;
    box.focus();
    box.select();
    await sendKeys({ type: words });
    await tick(SEARCH_DEBOUNCE_MS + 50);
  }

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
    await shop.orders(ORDERS);
    items = await shop.seed(ITEMS);
    [resolved] = await shop.seed([{ kind: 'question', text: 'Do you gift wrap?', status: 'resolved', email: 'shopper9@example.com' }]);
    ({ api, session } = await shop.signIn());
  });
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', original);
  });

  it('folds the filters behind one button, which says how many are on', async () => {
    const el = await inbox('kind=complaint&tag=vip&q=mug');
    const toggle = filters(el).querySelector<HTMLButtonElement>('button[aria-controls=panel]')!;
    const panel = filters(el).querySelector<HTMLElement>('#panel')!;
    expect([toggle.getAttribute('aria-expanded'), panel.hidden]).to.deep.equal(['false', true]);
    expect(text(toggle)).to.equal('Filters 2 on'); // kind and tag; the search is in the toolbar
    toggle.click();
    await root(el).querySelector('rapport-admin-inbox-filters')!.updateComplete;
    expect([toggle.getAttribute('aria-expanded'), panel.hidden]).to.deep.equal(['true', false]);
  });

  it('hides resolved items unless asked, and one click shows them', async () => {
    const el = await inbox();
    expect(listed(el)).to.not.include(resolved.id);
    expect(lastInboxQuery().get('status')).to.equal('unresolved');
    const navigated: string[] = [];
    el.addEventListener('rapport-admin-navigate', (e) => navigated.push(e.detail.href));
    filters(el).querySelector<HTMLInputElement>('#resolved')!.click();
    await waitFor(() => listed(el).includes(resolved.id), 'the resolved item');
    expect(navigated).to.deep.equal(['/admin/inbox?status=all']);
    expect(lastInboxQuery().has('status')).to.equal(false);
    expect(filters(el).querySelector<HTMLInputElement>('#resolved')!.checked).to.equal(true);
    filters(el).querySelector<HTMLInputElement>('#resolved')!.click();
    await waitFor(() => !listed(el).includes(resolved.id), 'the resolved item hidden again');
    expect(el.search).to.equal('');
  });

  it('says when everything waiting is done instead of calling the inbox empty, and shows the resolved on request', async () => {
    const el = await inbox('kind=question&assignee=none');
    expect(text(root(el).querySelector('.nothing p'))).to.equal('Nothing matches this filter.');
    const done = await adminShop();
    await done.seed([{ kind: 'praise', text: 'Lovely.', status: 'resolved' }]);
    const signedIn = await done.signIn();
    const all = await mount('rapport-admin-inbox', { api: signedIn.api.area(FeedbackApi), session: signedIn.session });
    await waitFor(() => root(all).querySelector('.nothing p'), 'the message');
    expect(text(root(all).querySelector('.nothing p'))).to.equal('Nothing waiting — 1 resolved item is hidden.');
    expect(root(all).querySelector('rapport-admin-empty-page')).to.equal(null);
    root(all).querySelector<HTMLButtonElement>('.nothing button')!.click();
    await waitFor(() => rows(all).length === 1, 'the resolved item');
    ({ api, session } = await shop.signIn());
  });

  it('opens an item from anywhere on its row, and selects it from its checkbox without opening it', async () => {
    history.replaceState(null, '', '/admin/inbox');
    const shell: RapportAdminShell = await mount('rapport-admin-shell', { api, session });
    const el = await waitFor(() => shell.shadowRoot!.querySelector('rapport-admin-inbox'), 'the inbox');
    await waitFor(() => rows(el).length === 3, 'the list');
    const row = rows(el)[1];
    const click = async (target: Element) => {
      const r = target.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    };
    await click(row.querySelector('input[type=checkbox]')!);
    await waitFor(() => root(el).querySelector('rapport-admin-bulk-bar'), 'the bulk bar');
    expect(location.pathname).to.equal('/admin/inbox');
    const status = [...row.querySelectorAll('td')].at(-3)!; // far from the link's text
    await click(status);
    await waitFor(() => location.pathname === `/admin/inbox/${row.getAttribute('data-id')}`, 'the item’s page');
  });

  it('filters by a tag like by anything else: typed, in the URL, shown again from it, cleared with the rest', async function () {
    this.timeout(10_000);
    const el = await inbox();
    filters(el).querySelector<HTMLButtonElement>('button[aria-controls=panel]')!.click();
    await type(el, 'tag', 'vip');
    expect(el.search).to.equal('tag=vip');
    await waitFor(() => listed(el).join() === items[0].id, 'the tagged item');
    expect(lastInboxQuery().get('tag')).to.equal('vip');

    const again = await inbox(el.search); // a reload of that address
    expect(filters(again).querySelector<HTMLInputElement>('#tag')!.value).to.equal('vip');
    expect(listed(again)).to.deep.equal([items[0].id]);
    [...filters(again).querySelectorAll('button')].find((b) => text(b) === 'Clear filters')!.click();
    await waitFor(() => rows(again).length === 3, 'the whole list');
    expect([again.search, filters(again).querySelector<HTMLInputElement>('#tag')!.value]).to.deep.equal(['', '']);
  });

  it('filters by a tag shown on a row', async () => {
    history.replaceState(null, '', '/admin/inbox?kind=complaint');
    const shell: RapportAdminShell = await mount('rapport-admin-shell', { api, session });
    const el = await waitFor(() => shell.shadowRoot!.querySelector('rapport-admin-inbox'), 'the inbox');
    await waitFor(() => rows(el).length === 1, 'the list');
    const tag = [...table(el)!.querySelectorAll<HTMLAnchorElement>('a.tag')].find((a) => text(a) === 'vip')!;
    expect(tag.title).to.equal('Show items tagged “\u2068vip\u2069”'); // the tag between isolates: a tooltip has no <bdi>
    tag.click();
    await waitFor(() => location.search === '?kind=complaint&tag=vip', 'the tag in the address');
    expect(location.pathname).to.equal('/admin/inbox');
  });

  it('sends the search as typed and lists what the server finds: any word order, order numbers, names, emails, word forms', async function () {
    this.timeout(20_000); // five searches, each typed key by key
    const el = await inbox();
    const cases: Array<[string, Seeded[]]> = [
      ['chipped mug (3)', [items[2]]],
      ['LL-1001', [items[0]]],
      ['Ann', [items[1]]],
      ['shopper3@example.com', [items[2]]],
      ['arrive chip', items],
    ];
    for (const [words, expected] of cases) {
      await type(el, 'q', words);
      expect(lastInboxQuery().get('q'), words).to.equal(words);
      await waitFor(() => listed(el).slice().sort().join() === expected.map((i) => i.id).sort().join(), `the results for “${words}”`);
    }
  });
});
