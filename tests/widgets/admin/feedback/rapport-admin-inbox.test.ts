import { expect } from '@esm-bundle/chai';
import type { AdminNavigateEvent } from '../../../../widgets/admin/app/admin-events.ts';
import '../../../../widgets/admin/feedback/rapport-admin-inbox.ts';
import type { RapportAdminInbox } from '../../../../widgets/admin/feedback/rapport-admin-inbox.ts';
import { SEARCH_DEBOUNCE_MS } from '../../../../widgets/admin/feedback/rapport-admin-inbox-filters.ts';
import type { InboxFilter } from '../../../../widgets/admin/feedback/inbox-filter.ts';
import { UNREACHABLE, fakeApi, mount, session, text, unmountAll } from '../helpers.ts';
import { NOW, item, items, staff } from './inbox-data.ts';
import { expectAccessible, tick, waitFor } from '../../helpers.ts';
import { AdminApi } from '../../../../widgets/admin/app/admin-api.ts';
import { FeedbackApi } from '../../../../widgets/admin/feedback/feedback-api.ts';

/** An API whose inbox holds `list` (of `total`), recording each filter it is asked for. */
function withItems(list = items, total = list.length) {
  return fakeApi({
    inbox: async () => ({ ok: true, value: { items: list, total } }),
    staff: async () => ({ ok: true, value: { items: staff } }),
    bulk: async (a: { ids: string[] }) => ({ ok: true, value: { updated: a.ids.length } }),
    inboxCsvUrl: (f: InboxFilter) => new AdminApi('http://rapport.test').area(FeedbackApi).inboxCsvUrl(f),
  });
}

const root = (el: RapportAdminInbox) => el.shadowRoot!;
const table = (el: RapportAdminInbox) => root(el).querySelector('rapport-admin-inbox-table')?.shadowRoot ?? null;
const filters = (el: RapportAdminInbox) => root(el).querySelector('rapport-admin-inbox-filters')!.shadowRoot!;
const bar = (el: RapportAdminInbox) => root(el).querySelector('rapport-admin-bulk-bar')?.shadowRoot ?? null;
const rows = (el: RapportAdminInbox) => [...table(el)!.querySelectorAll('tbody tr')];
const cells = (tr: Element) => [...tr.querySelectorAll('td')].map(text);

async function inbox(api = withItems(), search = '') {
  const el = await mount('rapport-admin-inbox', { api, session, search });
  await waitFor(() => table(el)?.querySelector('tbody tr') ?? root(el).querySelector('rapport-admin-empty-page, .nothing'), 'the list');
  return el;
}

describe('<rapport-admin-inbox>', () => {
  afterEach(unmountAll);

  it('has no axe violations: list, bulk bar, empty and failed', async () => {
    const el = await inbox();
    table(el)!.querySelector<HTMLInputElement>('thead input')!.click();
    await waitFor(() => bar(el), 'the bulk bar');
    await expectAccessible(el);
    await expectAccessible(await inbox(withItems([])));
    const failed = await mount('rapport-admin-inbox', { api: new AdminApi(UNREACHABLE).area(FeedbackApi), session });
    await waitFor(() => root(failed).querySelector('[role=alert]'), 'the load error', 4000);
    await expectAccessible(failed);
  });

  it('shows each item: kind, reference, excerpt, tags, customer, order, score, status, assignee, response clock', async () => {
    const el = await inbox();
    const table = el.shadowRoot!.querySelector('rapport-admin-inbox-table')!;
    table.now = NOW;
    await table.updateComplete;
    const [first, second, third] = rows(el).map(cells);
    // The item column repeats status, clock, score and customer for narrow screens (hidden on wide ones).
    expect(first[1]).to.match(/^Complaint FB-1001 .* 2 photos The mug arrived chipped \(1\) Tags: broken vip New overdue by 2 h CSAT 2\/5 shopper1@example.com$/);
    expect(first.slice(2)).to.deep.equal(['shopper1@example.com', 'LL-1001', 'CSAT 2/5', 'New', 'Unassigned', 'overdue by 2 h']);
    expect(second.slice(2)).to.deep.equal(['Ann Lee shopper2@example.com', '—', '—', 'Waiting on customer', 'Bo Chen', 'answered in 3 h']);
    expect(third.slice(4)).to.deep.equal(['NPS 10/10', 'New', 'Unassigned', 'due in 2 days']);
    expect(table.shadowRoot!.querySelector('.clock.overdue')).to.not.equal(null);
    const heads = [...table.shadowRoot!.querySelectorAll('thead th')].map(text);
    expect(heads.slice(1)).to.deep.equal(['Feedback', 'Customer', 'Order', 'Score', 'Status', 'Assignee', 'Response']);
    expect(text(root(el).querySelector('.head p'))).to.equal('3 items');
  });

  it('links each item to its page, carrying the filter for the way back', async () => {
    const el = await inbox(withItems(), 'kind=complaint&q=mug');
    const link = table(el)!.querySelector<HTMLAnchorElement>('tbody a')!;
    expect(link.getAttribute('href')).to.equal(`/admin/inbox/${items[0].id}?kind=complaint&q=mug`);
    expect(link.dataset.page).to.equal('inbox');
  });

  it('exports the current filter as CSV, without the page', async () => {
    const el = await inbox(withItems(), 'status=open&offset=50');
    const link = root(el).querySelector<HTMLAnchorElement>('a[download]')!;
    expect(text(link)).to.equal('Export CSV');
    expect(link.href).to.equal('http://rapport.test/v1/admin/inbox.csv?status=open');
  });

  it('selects rows one by one or all at once, and shows the bulk bar while any is selected', async () => {
    const el = await inbox();
    const boxes = () => [...table(el)!.querySelectorAll<HTMLInputElement>('tbody input[type=checkbox]')];
    const all = () => table(el)!.querySelector<HTMLInputElement>('thead input')!;
    expect(boxes().map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Select FB-1001', 'Select FB-1002', 'Select FB-1003']);
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
    const api = withItems();
    const el = await inbox(api);
    table(el)!.querySelectorAll<HTMLInputElement>('tbody input')[0].click();
    table(el)!.querySelectorAll<HTMLInputElement>('tbody input')[2].click();
    await waitFor(() => text(bar(el)?.querySelector('.count')) === '2 selected', 'two selected');
    [...bar(el)!.querySelectorAll('button')].find((b) => text(b) === 'Resolve')!.click();
    await waitFor(() => text(root(el).querySelector('[role=status]')) === '2 items resolved.', 'the bulk notice');
    const bulk = api.calls.find(([name]) => name === 'bulk')!;
    expect(bulk[1][0]).to.deep.equal({ ids: [items[0].id, items[2].id], action: 'resolve' });
    expect(bar(el)).to.equal(null);
  });

  it('assigns and tags in bulk, and shows why a bulk action failed', async () => {
    const api = withItems();
    const el = await inbox(api);
    table(el)!.querySelector<HTMLInputElement>('thead input')!.click();
    await waitFor(() => bar(el)?.querySelector('#assignee option:nth-child(3)'), 'the staff in the bulk bar');
    const select = bar(el)!.querySelector<HTMLSelectElement>('#assignee')!;
    select.value = staff[1].id;
    select.dispatchEvent(new Event('change'));
    bar(el)!.querySelector<HTMLButtonElement>('form button')!.click();
    await waitFor(() => text(root(el).querySelector('[role=status]')) === '3 items assigned to Bo Chen.', 'the assign notice');
    expect(api.calls.find(([n]) => n === 'bulk')![1][0]).to.deep.include({ action: 'assign', assigneeId: staff[1].id });

    const failing = withItems();
    (failing as unknown as Record<string, unknown>).bulk = async () => ({ ok: false, error: { code: 'csrf', status: 403, title: 'CSRF' } });
    const other = await inbox(failing);
    table(other)!.querySelector<HTMLInputElement>('thead input')!.click();
    await waitFor(() => bar(other), 'the bulk bar');
    bar(other)!.querySelector<HTMLInputElement>('#tag')!.value = 'refund';
    bar(other)!.querySelectorAll<HTMLButtonElement>('form button')[1].click();
    await waitFor(() => bar(other)!.querySelector('[role=alert]'), 'the bulk error');
    expect(text(bar(other)!.querySelector('[role=alert]'))).to.equal('Rapport refused this change. Reload the page and try again.');
  });

  it('puts a filter change in the URL (replacing the entry) and loads that list', async () => {
    const api = withItems();
    const el = await inbox(api, 'offset=50');
    const navigated: AdminNavigateEvent[] = [];
    el.addEventListener('rapport-admin-navigate', (e) => navigated.push(e));
    const kind = filters(el).querySelector<HTMLSelectElement>('#kind')!;
    kind.value = 'praise';
    kind.dispatchEvent(new Event('change'));
    expect(navigated.map((e) => [e.detail.href, e.detail.replace])).to.deep.equal([['/admin/inbox?kind=praise', true]]);
    expect(el.search).to.equal('kind=praise');
    await waitFor(() => api.calls.some(([n, [f]]) => n === 'inbox' && (f as InboxFilter).kind === 'praise'), 'the praise list');
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
    const el = await inbox(withItems(), `status=unresolved&assignee=me&q=chipped&minScore=1`);
    expect(filters(el).querySelector<HTMLSelectElement>('#status')!.value).to.equal('unresolved');
    expect(filters(el).querySelector<HTMLSelectElement>('#assignee')!.value).to.equal('me');
    expect(filters(el).querySelector<HTMLSelectElement>('#minScore')!.value).to.equal('1');
    expect(filters(el).querySelector<HTMLInputElement>('#q')!.value).to.equal('chipped');
  });

  it('says the inbox is empty, or that nothing matches a filter', async () => {
    const empty = await inbox(withItems([]));
    expect(root(empty).querySelector('rapport-admin-empty-page')).to.not.equal(null);
    const none = await inbox(withItems([]), 'kind=praise');
    expect(text(root(none).querySelector('.nothing p'))).to.equal('Nothing matches this filter.');
  });

  it('shows the latest filter’s list when an older answer arrives late, and cancels the older call', async () => {
    let answerOlder!: () => void;
    const api = withItems();
    (api as unknown as Record<string, unknown>).inbox = (f: InboxFilter, signal: AbortSignal) => {
      api.calls.push(['inbox', [f, signal]]);
      if (f.kind === 'praise') return Promise.resolve({ ok: true, value: { items: [items[2]], total: 1 } });
      return new Promise((r) => (answerOlder = () => r({ ok: true, value: { items, total: items.length } })));
    };
    const el = await mount('rapport-admin-inbox', { api, session });
    el.search = 'kind=praise';
    await waitFor(() => table(el)?.querySelectorAll('tbody tr').length === 1, 'the praise list');
    answerOlder();
    await tick(50);
    expect(rows(el).length).to.equal(1);
    expect(text(root(el).querySelector('.head p'))).to.equal('1 item');
    const [older] = api.calls.filter(([n]) => n === 'inbox').map(([, a]) => a[1] as AbortSignal);
    expect(older.aborted).to.equal(true);
  });

  it('pages through a long list', async () => {
    const page = Array.from({ length: 50 }, (_, i) => item(100 + i));
    const el = await inbox(withItems(page, 120), 'kind=complaint&offset=50');
    const nav = table(el) && root(el).querySelector('nav')!;
    expect(text(nav!.querySelector('p'))).to.equal('51–100 of 120');
    const links = [...nav!.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Previous', '/admin/inbox?kind=complaint'],
      ['Next', '/admin/inbox?kind=complaint&offset=100'],
    ]);
  });
});
