import { expect } from '@esm-bundle/chai';
import type { FeedbackDetail } from '../../../../widgets/admin/feedback/feedback-api.ts';
import '../../../../widgets/admin/feedback/rapport-admin-feedback.ts';
import type { RapportAdminFeedback } from '../../../../widgets/admin/feedback/rapport-admin-feedback.ts';
import { fakeApi, mount, session, text, unmountAll } from '../helpers.ts';
import { PHOTO, detail, id, staff } from './inbox-data.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';

type Change = { status?: string; assigneeId?: string | null; tags?: string[] };
const failed = (code: string, status: number) => ({ ok: false, error: { code, status, title: code } });

/** An API holding `item`: reads return it, writes apply to it (or fail with `fail`). */
function holding(item: FeedbackDetail, fail?: { code: string; status: number }) {
  let current = item;
  const answer = (next: FeedbackDetail) => (fail ? failed(fail.code, fail.status) : { ok: true, value: (current = next) });
  const message = (authorType: 'staff' | 'note', body: string) => ({
    id: crypto.randomUUID(), authorType, staffName: session.staff.name, body, createdAt: new Date().toISOString(),
  });
  return fakeApi({
    feedback: async () => ({ ok: true, value: current }),
    staff: async () => ({ ok: true, value: { items: staff } }),
    updateFeedback: async (_id: string, ch: Change) => answer({ ...current, ...ch } as FeedbackDetail),
    reply: async (_id: string, body: string) =>
      answer({ ...current, status: 'waiting', messages: [...current.messages, message('staff', body)] }),
    addNote: async (_id: string, body: string) => answer({ ...current, messages: [...current.messages, message('note', body)] }),
  });
}

const root = (el: RapportAdminFeedback) => el.shadowRoot!;
const part = (el: RapportAdminFeedback, tag: string) => root(el).querySelector(tag)!.shadowRoot!;
const notice = (el: RapportAdminFeedback) => text(root(el).querySelector('.notice'));

async function open(api = holding(detail), search = '') {
  const el = await mount('rapport-admin-feedback', { api, session, feedbackId: detail.id, search });
  await waitFor(() => root(el).querySelector('rapport-admin-thread'), 'the detail');
  await waitFor(() => root(el).querySelectorAll('#assignee option').length > 1, 'the staff list');
  return el;
}

describe('<rapport-admin-feedback>', () => {
  afterEach(unmountAll);

  it('has no axe violations, loaded or not found', async () => {
    await expectAccessible(await open());
    const missing = await mount('rapport-admin-feedback', { api: fakeApi(), session, feedbackId: detail.id });
    await waitFor(() => root(missing).querySelector('[role=alert]'), 'the not-found message');
    expect(text(root(missing).querySelector('[role=alert]'))).to.equal('This item no longer exists. It may have been deleted.');
    await expectAccessible(missing);
  });

  it('shows another item when the id changes, and nothing of the previous one meanwhile', async () => {
    const other: FeedbackDetail = { ...detail, id: id(2), reference: 'FB-1002' };
    let answer!: () => void;
    const api = holding(detail);
    (api as unknown as Record<string, unknown>).feedback = (fid: string) => fid === detail.id
      ? Promise.resolve({ ok: true, value: detail })
      : new Promise((r) => (answer = () => r({ ok: true, value: other })));
    const el = await open(api);
    el.feedbackId = other.id;
    await el.updateComplete;
    expect(root(el).querySelector('rapport-admin-thread')).to.equal(null);
    expect(text(root(el).querySelector('[role=status]'))).to.equal('Loading…');
    answer();
    await waitFor(() => text(root(el).querySelector('#summary-h')) === 'Complaint FB-1002', 'the other item');
  });

  it('links back to the list with its filter', async () => {
    const el = await open(holding(detail), 'kind=complaint&q=mug');
    const back = root(el).querySelector<HTMLAnchorElement>('a.back')!;
    expect(back.getAttribute('href')).to.equal('/admin/inbox?kind=complaint&q=mug');
    expect(text(back)).to.equal('← Back to the inbox');
  });

  it('shows the kind, score, response clock and satisfaction', async () => {
    const el = await open();
    expect(text(root(el).querySelector('#summary-h'))).to.equal('Complaint FB-1001');
    const facts = [...root(el).querySelectorAll('.facts div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
    expect(facts.slice(1)).to.deep.equal([['Score', 'CSAT 2/5'], ['First response', facts[2][1]], ['Satisfaction', '4/5']]);
    expect(facts[2][1]).to.match(/^(due in|overdue by) /);
  });

  it('shows the thread oldest first, the customer first, notes marked internal', async () => {
    const el = await open();
    const thread = part(el, 'rapport-admin-thread');
    const articles = [...thread.querySelectorAll('article')];
    expect(articles.map((a) => a.dataset.author)).to.deep.equal(['customer', 'note', 'staff', 'customer']);
    expect(text(articles[0].querySelector('.body'))).to.equal('The mug arrived chipped. Can you send a new one?');
    expect(text(articles[1].querySelector('header'))).to.match(/^Internal Note from Ana Lima /);
    expect(text(articles[2].querySelector('header'))).to.match(/^Reply from Ana Lima emailed /);
    expect(text(articles[3].querySelector('header'))).to.match(/^Customer reply /);
    expect(thread.querySelectorAll('.internal').length).to.equal(1);
  });

  it('shows the photos as thumbnails that open full size', async () => {
    const el = await open();
    const thread = part(el, 'rapport-admin-thread');
    const thumb = thread.querySelector<HTMLImageElement>('.photos img')!;
    expect(thumb.getAttribute('src')).to.equal(PHOTO);
    expect(thumb.alt).to.equal('Photo 1 of 1 sent by the customer (2 kB)');
    thread.querySelector<HTMLButtonElement>('.photos button')!.click();
    await waitFor(() => thread.querySelector('dialog')!.open, 'the photo dialog');
    expect(thread.querySelector('dialog img')!.getAttribute('src')).to.equal(PHOTO);
    thread.querySelector<HTMLButtonElement>('dialog button')!.click();
    expect(thread.querySelector('dialog')!.open).to.equal(false);
  });

  it('shows the context: page, order lines and total in its currency, product, customer with past feedback', async () => {
    const el = await open();
    const ctx = part(el, 'rapport-admin-feedback-context');
    expect(ctx.querySelector<HTMLAnchorElement>('a[target=_blank]')!.href).to.equal('https://shop.example/orders/LL-1001');
    const lines = [...ctx.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(lines).to.deep.equal([['Stoneware mug', '2', '€32.00'], ['Gift wrap', '1', '€4.50']]);
    expect(text(ctx.querySelector('tfoot'))).to.equal('Total €42.50');
    expect(text(ctx)).to.contain('stoneware-mug');
    const past = [...ctx.querySelectorAll<HTMLAnchorElement>('ul a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(past).to.deep.equal([['FB-0998', `/admin/inbox/${detail.customer!.pastFeedback[1].id}`]]);
  });

  it('never makes a link of a page address that is not a web page', async () => {
    const el = await open(holding({ ...detail, pageUrl: 'javascript:alert(document.cookie)', pageTitle: 'Orders' }));
    const ctx = part(el, 'rapport-admin-feedback-context');
    expect(ctx.querySelector('a[target=_blank]')).to.equal(null);
    expect(text(ctx)).to.contain('javascript:alert(document.cookie)');
  });

  it('changes the status and the assignee, and says so', async () => {
    const api = holding(detail);
    const el = await open(api);
    const status = root(el).querySelector<HTMLSelectElement>('#status')!;
    status.value = 'resolved';
    status.dispatchEvent(new Event('change'));
    await waitFor(() => notice(el) === 'Status changed to Resolved.', 'the status notice');
    const assignee = root(el).querySelector<HTMLSelectElement>('#assignee')!;
    assignee.value = staff[1].id;
    assignee.dispatchEvent(new Event('change'));
    await waitFor(() => notice(el) === 'Assigned to Bo Chen.', 'the assignee notice');
    const writes = api.calls.filter(([n]) => n === 'updateFeedback').map(([, a]) => a[1]);
    expect(writes).to.deep.equal([{ status: 'resolved' }, { assigneeId: staff[1].id }]);
  });

  it('shows why a change failed and what is really saved', async () => {
    const el = await open(holding(detail, { code: 'network', status: 0 }));
    const status = root(el).querySelector<HTMLSelectElement>('#status')!;
    status.value = 'open';
    status.dispatchEvent(new Event('change'));
    await waitFor(() => root(el).querySelector('.manage [role=alert]'), 'the error');
    expect(text(root(el).querySelector('.manage [role=alert]'))).to.equal('Can’t reach Rapport. Check your connection and try again.');
    expect(status.value).to.equal('new');
  });

  it('sends a reply by email and adds an internal note', async () => {
    const el = await open();
    const composer = part(el, 'rapport-admin-composer');
    expect(text(composer.querySelector('#hint'))).to.equal('Emailed to ann@example.com. The item then waits on the customer.');
    composer.querySelector('textarea')!.value = 'A new mug ships today.';
    composer.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => notice(el) === 'Reply sent to ann@example.com.', 'the reply notice');
    expect(composer.querySelector('textarea')!.value).to.equal('');
    composer.querySelector<HTMLInputElement>('input[value=note]')!.click();
    await waitFor(() => text(composer.querySelector('button[type=submit]')) === 'Add note', 'the note button');
    composer.querySelector('textarea')!.value = 'Refund the shipping too.';
    composer.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => notice(el) === 'Note added.', 'the note notice');
    const authors = [...part(el, 'rapport-admin-thread').querySelectorAll('article')].map((a) => a.dataset.author);
    expect(authors.slice(-2)).to.deep.equal(['staff', 'note']);
  });

  it('adds and removes tags', async () => {
    const el = await open();
    const tags = part(el, 'rapport-admin-tags');
    tags.querySelector<HTMLInputElement>('#new-tag')!.value = 'refund';
    tags.querySelector<HTMLButtonElement>('form button')!.click();
    await waitFor(() => notice(el) === 'Tag “refund” added.', 'the tag notice');
    await waitFor(() => tags.querySelectorAll('li').length === 2, 'two tags');
    tags.querySelector<HTMLButtonElement>('li button[aria-label="Remove tag broken"]')!.click();
    await waitFor(() => notice(el) === 'Tag “broken” removed.', 'the removal notice');
    await waitFor(() => [...tags.querySelectorAll('li')].map(text).join() === 'refund×', 'one tag left');
  });
});
