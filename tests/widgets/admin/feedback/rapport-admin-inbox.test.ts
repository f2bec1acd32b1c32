import { expect } from '@esm-bundle/chai';
import { AdminApi, type AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import type { AdminNavigateEvent } from '../../../../widgets/admin/app/admin-events.ts';
import '../../../../widgets/admin/feedback/rapport-admin-inbox.ts';
import type { RapportAdminInbox } from '../../../../widgets/admin/feedback/rapport-admin-inbox.ts';
import { SEARCH_DEBOUNCE_MS } from '../../../../widgets/admin/feedback/rapport-admin-inbox-filters.ts';
import { FeedbackApi } from '../../../../widgets/admin/feedback/feedback-api.ts';
import { AXE_MS, UNREACHABLE, adminCalls, adminShop, mount, text, unmountAll, type AdminShop, type Seeded } from '../helpers.ts';
import { ITEMS, ORDERS } from './inbox-data.ts';
import { SETUP_MS, expectAccessible, tick, waitFor } from '../../helpers.ts';

const root = (el: RapportAdminInbox) => el.shadowRoot!;
const table = (el: RapportAdminInbox) => root(el).querySelector('rapport-admin-inbox-table')?.shadowRoot ?? null;
const filters = (el: RapportAdminInbox) => root(el).querySelector('rapport-admin-inbox-filters')!.shadowRoot!;
const bar = (el: RapportAdminInbox) => root(el).querySelector('rapport-admin-bulk-bar')?.shadowRoot ?? null;
const rows = (el: RapportAdminInbox) => [...(table(el)?.querySelectorAll('tbody tr') ?? [])];
const cells = (tr: Element) => [...tr.querySelectorAll('td')].map(text);
/** The row of a seeded item (the server sorts them: due first, answered ones after). */
const rowOf = (el: RapportAdminInbox, item: Seeded) => rows(el).find((tr) => text(tr).includes(item.reference))!;
const inboxCalls = () => adminCalls.filter((c) => c.method === 'GET' && c.path.startsWith('/v1/admin/inbox?') || c.path === '/v1/admin/inbox');

describe('<rapport-admin-inbox>', () => {
  let shop: AdminShop;
  let api: FeedbackApi;
  let session: AdminSession;
  /** The seeded ITEMS, in ITEMS' order. */
  let items: Seeded[];

  async function inbox(search = '', calls: FeedbackApi = api) {
    const el = await mount('rapport-admin-inbox', { api: calls, session, search });
    await waitFor(() => table(el)?.querySelector('tbody tr') ?? root(el).querySelector('rapport-admin-empty-page, .nothing'), 'the list');
    return el;
  }

  /** An inbox of a shop that has no feedback at all. */
  async function emptyShopInbox() {
    const empty = await adminShop();
    const signedIn = await empty.signIn();
    const el = await mount('rapport-admin-inbox', { api: signedIn.api.area(FeedbackApi), session: signedIn.session });
    await waitFor(() => root(el).querySelector('rapport-admin-empty-page'), 'the empty inbox');
    return el;
  }

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
    await shop.orders(ORDERS);
  });
  beforeEach(async function () {
    this.timeout(SETUP_MS);
    await shop.reset(); // no feedback, no fault, an empty wire log
    items = await shop.seed(ITEMS);
    const signedIn = await shop.signIn();
    api = signedIn.api.area(FeedbackApi);
    session = signedIn.session;
  });
  afterEach(unmountAll);

  it('has no axe violations: list, bulk bar, empty and failed', async function () {
    this.timeout(AXE_MS);
    const el = await inbox();
    table(el)!.querySelector<HTMLInputElement>('thead input')!.click();
    await waitFor(() => bar(el), 'the bulk bar');
    await expectAccessible(el);
    await expectAccessible(await emptyShopInbox());
    const failed = await mount('rapport-admin-inbox', { api: new AdminApi(UNREACHABLE).area(FeedbackApi), session });
    await waitFor(() => root(failed).querySelector('[role=alert]'), 'the load error', 4000);
    await expectAccessible(failed);
  });

  it('shows each item: kind, reference, excerpt, tags, customer, order, score, status, assignee, response clock', async () => {
    const el = await inbox();
    const [first, second, third] = items.map((i) => cells(rowOf(el, i)));
    // The item column repeats status, clock, score and customer for narrow screens (hidden on wide ones).
    expect(first[1]).to.match(new RegExp(`^Complaint ${items[0].reference} .* 2 photos The mug arrived chipped \\(1\\) Tags: broken vip New overdue by 2 h CSAT 2/5 shopper1@example.com$`));
    expect(first.slice(2)).to.deep.equal(['shopper1@example.com', 'LL-1001', 'CSAT 2/5', 'New', 'Unassigned', 'overdue by 2 h']);
    expect(second.slice(2)).to.deep.equal(['Ann Lee shopper2@example.com', '—', '—', 'Waiting on customer', 'Bo Chen', 'answered in 3 h']);
    expect(third.slice(4)).to.deep.equal(['NPS 10/10', 'New', 'Unassigned', 'due in 2 days']);
    expect(table(el)!.querySelector('.clock.overdue')).to.not.equal(null);
    const heads = [...table(el)!.querySelectorAll('thead th')].map(text);
    expect(heads.slice(1)).to.deep.equal(['Feedback', 'Customer', 'Order', 'Score', 'Status', 'Assignee', 'Response']);
    expect(text(root(el).querySelector('.count'))).to.equal('3 items');
  });

  it('links each item to its page, carrying the filter for the way back', async () => {
    const el = await inbox('kind=complaint&q=mug');
    const link = table(el)!.querySelector<HTMLAnchorElement>('tbody a')!;
    expect(link.getAttribute('href')).to.equal(`/admin/inbox/${items[0].id}?kind=complaint&q=mug`);
    expect(link.dataset.page).to.equal('inbox');
  });

  it('exports the current filter as CSV, without the page', async () => {
    const el = await inbox('status=open&offset=50');
    const link = root(el).querySelector<HTMLAnchorElement>('a[download]')!;
    expect(text(link)).to.equal('Export CSV');
    expect(link.href).to.equal(`${location.origin}/v1/admin/inbox.csv?status=open`);
    const csv = await fetch(link.href, { credentials: 'include' }); // the cookie authenticates the plain link
    expect([csv.status, csv.headers.get('content-type')]).to.deep.equal([200, 'text/csv; charset=utf-8']);
  });

  it('selects rows one by one or all at once, and shows the bulk bar while any is selected', async () => {
    const el = await inbox();
    const boxes = () => [...table(el)!.querySelectorAll<HTMLInputElement>('tbody input[type=checkbox]')];
    const all = () => table(el)!.querySelector<HTMLInputElement>('thead input')!;
    const shown = rows(el).map((tr) => items.find((i) => text(tr).includes(i.reference))!.reference);
    expect(boxes().map((b) => b.getAttribute('aria-label'))).to.deep.equal(shown.map((r) => `Select ${r}`));
    expect(bar(el)).to.equal(null);
    boxes()[1].click();
    await waitFor(() => bar(el), 'the bulk bar');
    expect(text(bar(el)!.querySelector('.count'))).to.equal('1 selected');
    expect(all().indeterminate).to.equal(true);
    all().click();
    await waitFor(() => text(bar(el)?.querySelector('.count')) === '3 selected', 'all three selected');
    expect(boxes().every((b) => b.checked)).to.equal(true);
    all().click();
    await waitFor(() => bar(el) === null, 'the bulk bar to go');
  });

  it('resolves the selected items in one call and says so', async () => {
    const el = await inbox();
    const picked = [rows(el)[0], rows(el)[2]].map((tr) => tr.getAttribute('data-id')!);
    table(el)!.querySelectorAll<HTMLInputElement>('tbody input')[0].click();
    table(el)!.querySelectorAll<HTMLInputElement>('tbody input')[2].click();
    await waitFor(() => text(bar(el)?.querySelector('.count')) === '2 selected', 'two selected');
    [...bar(el)!.querySelectorAll('button')].find((b) => text(b) === 'Resolve')!.click();
    await waitFor(() => text(root(el).querySelector('[role=status]')) === '2 items resolved.', 'the bulk notice');
    const [bulk] = await shop.requests({ method: 'POST', path: '/v1/admin/feedback/bulk' });
    expect(bulk.body).to.deep.equal({ ids: picked, action: 'resolve' });
    expect(bar(el)).to.equal(null);
    const stored = await api.inbox({ status: 'resolved' });
    expect(stored.ok && stored.value.items.map((i) => i.id).sort()).to.deep.equal([...picked].sort());
  });

  it('assigns and tags in bulk, and shows why a bulk action failed', async () => {
    const el = await inbox();
    table(el)!.querySelector<HTMLInputElement>('thead input')!.click();
    await waitFor(() => bar(el)?.querySelector('#assignee option:nth-child(3)'), 'the staff in the bulk bar');
    const select = bar(el)!.querySelector<HTMLSelectElement>('#assignee')!;
    select.value = shop.agent.id;
    select.dispatchEvent(new Event('change'));
    bar(el)!.querySelector<HTMLButtonElement>('form button')!.click();
    await waitFor(() => text(root(el).querySelector('[role=status]')) === '3 items assigned to Bo Chen.', 'the assign notice');
    const [assign] = await shop.requests({ method: 'POST', path: '/v1/admin/feedback/bulk' });
    expect(assign.body).to.deep.include({ action: 'assign', assigneeId: shop.agent.id });

    // An API that never read the session holds no CSRF token: the server refuses its writes.
    const other = await inbox('', new AdminApi(location.origin).area(FeedbackApi));
    table(other)!.querySelector<HTMLInputElement>('thead input')!.click();
    await waitFor(() => bar(other), 'the bulk bar');
    bar(other)!.querySelector<HTMLInputElement>('#tag')!.value = 'refund';
    bar(other)!.querySelectorAll<HTMLButtonElement>('form button')[1].click();
    await waitFor(() => bar(other)!.querySelector('[role=alert]'), 'the bulk error');
    expect(text(bar(other)!.querySelector('[role=alert]'))).to.equal('Rapport refused this change. Reload the page and try again.');
  });

  it('puts a filter change in the URL (replacing the entry) and loads that list', async () => {
    const el = await inbox('offset=50');
    const navigated: AdminNavigateEvent[] = [];
    el.addEventListener('rapport-admin-navigate', (e) => navigated.push(e));
    const kind = filters(el).querySelector<HTMLSelectElement>('#kind')!;
    kind.value = 'praise';
    kind.dispatchEvent(new Event('change'));
    expect(navigated.map((e) => [e.detail.href, e.detail.replace])).to.deep.equal([['/admin/inbox?kind=praise', true]]);
    expect(el.search).to.equal('kind=praise');
    await waitFor(() => inboxCalls().some((c) => new URLSearchParams(c.path.split('?')[1]).get('kind') === 'praise'), 'the praise list');
    await waitFor(() => rows(el).length === 1 && text(rows(el)[0]).includes(items[2].reference), 'the praise row');
  });

  it('searches once the typing pauses, not on every key', async () => {
    const el = await inbox();
    const q = filters(el).querySelector<HTMLInputElement>('#q')!;
    for (const partial of ['m', 'mu', 'mug']) {
      q.value = partial;
      q.dispatchEvent(new InputEvent('input'));
    }
    expect(el.search).to.equal('');
    await tick(SEARCH_DEBOUNCE_MS + 50);
    expect(el.search).to.equal('q=mug');
  });

  it('shows the filter from the URL in the bar', async () => {
    const el = await inbox(`status=unresolved&assignee=me&q=chipped&minScore=1`);
    expect(filters(el).querySelector<HTMLSelectElement>('#status')!.value).to.equal('unresolved');
    expect(filters(el).querySelector<HTMLSelectElement>('#assignee')!.value).to.equal('me');
    expect(filters(el).querySelector<HTMLSelectElement>('#minScore')!.value).to.equal('1');
    expect(filters(el).querySelector<HTMLInputElement>('#q')!.value).to.equal('chipped');
  });

  it('says the inbox is empty, or that nothing matches a filter', async function () {
    this.timeout(10_000);
    const empty = await emptyShopInbox();
    expect(root(empty).querySelector('rapport-admin-empty-page')).to.not.equal(null);
    ({ api: api, session } = await shop.signIn().then((s) => ({ api: s.api.area(FeedbackApi), session: s.session })));
    const none = await inbox('kind=suggestion');
    expect(text(root(none).querySelector('.nothing p'))).to.equal('Nothing matches this filter.');
  });

  it('shows the latest filter’s list when an older answer arrives late, and cancels the older call', async () => {
    await shop.fault('slow', { path: '/v1/admin/inbox', ms: 1500 });
    const before = inboxCalls().length;
    const el = await mount('rapport-admin-inbox', { api, session });
    await waitFor(() => inboxCalls().length > before, 'the first list call');
    await shop.fault('ok');
    el.search = 'kind=praise';
    await waitFor(() => table(el)?.querySelectorAll('tbody tr').length === 1, 'the praise list');
    await tick(1700); // the older answer's time has come
    expect(rows(el).length).to.equal(1);
    expect(text(root(el).querySelector('.count'))).to.equal('1 item');
    const [older] = inboxCalls().slice(before);
    expect(older.signal?.aborted).to.equal(true);
  });

  it('pages through a long list', async function () {
    this.timeout(30_000);
    await shop.seed(Array.from({ length: 117 }, (_, i) => ({ kind: 'complaint' as const, text: `Item ${i}` })));
    const el = await inbox('kind=complaint&offset=50');
    const nav = table(el) && root(el).querySelector('nav')!;
    expect(text(nav!.querySelector('p'))).to.equal('51–100 of 118');
    const links = [...nav!.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Previous', '/admin/inbox?kind=complaint'],
      ['Next', '/admin/inbox?kind=complaint&offset=100'],
    ]);
  });
});
