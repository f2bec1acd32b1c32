import { expect } from '@esm-bundle/chai';
import type { AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import { FeedbackApi, type FeedbackDetail } from '../../../../widgets/admin/feedback/feedback-api.ts';
import '../../../../widgets/admin/feedback/rapport-admin-feedback.ts';
import '../../../../widgets/admin/feedback/rapport-admin-thread.ts';
import type { RapportAdminFeedback } from '../../../../widgets/admin/feedback/rapport-admin-feedback.ts';
import { sizeLabel } from '../../../../widgets/admin/app/admin-format.ts';
import { applyAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import { AXE_MS, PNG_1PX, adminShop, mount, text, unmountAll, type AdminShop, type SeedFeedback, type Seeded } from '../helpers.ts';
import { DETAIL_ORDER, PAST_ITEM, detailItem } from './inbox-data.ts';
import { SETUP_MS, expectAccessible, waitFor } from '../../helpers.ts';

const root = (el: RapportAdminFeedback) => el.shadowRoot!;
const part = (el: RapportAdminFeedback, tag: string) => root(el).querySelector(tag)!.shadowRoot!;
const notice = (el: RapportAdminFeedback) => text(root(el).querySelector('.notice'));

describe('<rapport-admin-feedback>', () => {
  let shop: AdminShop;
  let api: FeedbackApi;
  let session: AdminSession;
  let productId: string;
  /** The item with everything (`detailItem`) and the customer's earlier one. */
  let item: Seeded;
  let past: Seeded;

  async function open(id = item.id, search = '') {
    const el = await mount('rapport-admin-feedback', { api, session, feedbackId: id, search });
    await waitFor(() => root(el).querySelector('rapport-admin-thread'), 'the detail');
    await waitFor(() => root(el).querySelectorAll('#assignee option').length > 1, 'the staff list');
    return el;
  }

  /** The item as the server holds it now. */
  async function stored(id = item.id): Promise<FeedbackDetail> {
    const res = await api.feedback(id);
    if (!res.ok) throw new Error(res.error.code);
    return res.value;
  }

  async function seedOne(extra: Partial<SeedFeedback>) {
    const [one] = await shop.seed([{ ...detailItem(productId), ...extra }]);
    return one;
  }

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
    [productId] = await shop.products([{ title: 'Stoneware mug' }]);
    await shop.orders([DETAIL_ORDER]);
  });
  beforeEach(async function () {
    this.timeout(SETUP_MS);
    await shop.reset();
    [past, item] = await shop.seed([PAST_ITEM, detailItem(productId)]);
    const signedIn = await shop.signIn();
    api = signedIn.api.area(FeedbackApi);
    session = signedIn.session;
  });
  afterEach(unmountAll);

  it('has no axe violations, loaded or not found', async function () {
    this.timeout(AXE_MS);
    await expectAccessible(await open());
    const missing = await mount('rapport-admin-feedback', { api, session, feedbackId: crypto.randomUUID() });
    await waitFor(() => root(missing).querySelector('[role=alert]'), 'the not-found message');
    expect(text(root(missing).querySelector('[role=alert]'))).to.equal('This item no longer exists. It may have been deleted.');
    await expectAccessible(missing);
  });

  it('shows another item when the id changes, and nothing of the previous one meanwhile', async () => {
    const other = await seedOne({ text: 'Another one.' });
    const el = await open();
    await shop.fault('slow', { path: `/v1/admin/feedback/${other.id}`, ms: 1500 });
    el.feedbackId = other.id;
    await el.updateComplete;
    expect(root(el).querySelector('rapport-admin-thread')).to.equal(null);
    expect(text(root(el).querySelector('[role=status]'))).to.equal('Loading…');
    await waitFor(() => text(root(el).querySelector('#summary-h')) === `Complaint ${other.reference}`, 'the other item', 4000);
  });

  it('links back to the list with its filter', async () => {
    const el = await open(item.id, 'kind=complaint&q=mug');
    const back = root(el).querySelector<HTMLAnchorElement>('a.back')!;
    expect(back.getAttribute('href')).to.equal('/admin/inbox?kind=complaint&q=mug');
    expect(text(back)).to.equal('← Back to the inbox');
  });

  it('shows the kind, score, response clock and satisfaction', async () => {
    const el = await open();
    expect(text(root(el).querySelector('#summary-h'))).to.equal(`Complaint ${item.reference}`);
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

  it('shows the photos as small previews, drawn lazily and off the main thread, and the photo itself only on request', async () => {
    const el = await open();
    const [photo] = (await stored()).photos;
    const thread = part(el, 'rapport-admin-thread');
    const thumb = thread.querySelector<HTMLImageElement>('.photos img')!;
    expect(thumb.getAttribute('src')).to.equal(photo.previewUrl);
    expect([thumb.loading, thumb.decoding, thumb.width, thumb.height]).to.deep.equal(['lazy', 'async', 96, 96]);
    expect(thumb.alt).to.equal(`Photo 1 of 1 sent by the customer (${sizeLabel(photo.size)})`);
    await waitFor(() => thumb.complete && thumb.naturalWidth === 1, 'the preview, fetched with the session cookie');
    const fetched = () => performance.getEntriesByType('resource').map((e) => e.name);
    expect(thread.querySelector('dialog img')).to.equal(null);
    expect(fetched()).to.not.include(new URL(photo.url, location.href).href);
    thread.querySelector<HTMLButtonElement>('.photos button')!.click();
    await waitFor(() => thread.querySelector('dialog')!.open, 'the photo dialog');
    const full = thread.querySelector<HTMLImageElement>('dialog img')!;
    expect([full.getAttribute('src'), full.decoding]).to.deep.equal([photo.url, 'async']);
    await waitFor(() => full.complete && full.naturalWidth === 1, 'the photo');
    thread.querySelector<HTMLButtonElement>('dialog button')!.click();
    expect(thread.querySelector('dialog')!.open).to.equal(false);
  });

  it('draws no thumbnail of a photo too large to draw small that has no preview, and opens it on request', async () => {
    // As the server describes a photo stored without a preview: no previewUrl, its size in pixels.
    const huge = await seedOne({ photos: [{ data: PNG_1PX, width: 20_000, height: 20_000 }] });
    const [photo] = (await stored(huge.id)).photos;
    expect(photo.previewUrl).to.equal(null);
    const thread = part(await open(huge.id), 'rapport-admin-thread');
    expect(thread.querySelector('.photos img')).to.equal(null);
    expect(text(thread.querySelector('.photos button'))).to.equal('Photo 1 of 1 is too large to preview (20,000 × 20,000). Open it full size.');
    thread.querySelector<HTMLButtonElement>('.photos button')!.click();
    await waitFor(() => thread.querySelector('dialog')!.open, 'the photo dialog');
    expect(thread.querySelector('dialog img')!.getAttribute('src')).to.equal(photo.url);
  });

  it('draws a small photo without a preview as itself, and one of unknown size not at all', async () => {
    const item = await seedOne({ photos: [{ data: PNG_1PX, width: 1, height: 1 }, { data: PNG_1PX }] });
    const [small, unknown] = (await stored(item.id)).photos;
    expect([small.previewUrl, unknown.previewUrl]).to.deep.equal([null, null]);
    const thread = part(await open(item.id), 'rapport-admin-thread');
    const buttons = thread.querySelectorAll('.photos button');
    const img = buttons[0].querySelector('img')!;
    expect([img.getAttribute('src'), img.loading, img.decoding, img.width]).to.deep.equal([small.url, 'lazy', 'async', 96]);
    expect(buttons[1].querySelector('img')).to.equal(null);
    expect(text(buttons[1])).to.equal('Photo 2 of 2 has no preview. Open it full size.');
  });

  it('shows the context: page, order lines and total in its currency, product, customer with past feedback', async () => {
    const el = await open();
    const ctx = part(el, 'rapport-admin-feedback-context');
    expect(ctx.querySelector<HTMLAnchorElement>('a[target=_blank]')!.href).to.equal('https://shop.example/orders/LL-2001');
    const lines = [...ctx.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    // The lines in the order they were placed (not by title).
    expect(lines).to.deep.equal([['Stoneware mug', '2', '€32.00'], ['Gift wrap', '1', '€4.50']]);
    expect(text(ctx.querySelector('tfoot'))).to.equal('Total €42.50');
    expect(text(ctx)).to.contain('stoneware-mug');
    const links = [...ctx.querySelectorAll<HTMLAnchorElement>('ul a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.equal([[past.reference, `/admin/inbox/${past.id}`]]);
  });

  it('names the order’s status in the staff member’s language', async () => {
    await shop.orders([{ number: 'LL-2002', email: 'ann@example.com', sub: 'ann-lee', status: 'unpaid', placedAt: '2025-04-28T09:00:00Z' }]);
    const unpaid = await seedOne({ context: { orderNumber: 'LL-2002' } });
    const placed = async (id: string) => {
      const el = await open(id);
      const said = text(part(el, 'rapport-admin-feedback-context').querySelector('#order-h + p + p'));
      unmountAll();
      return said;
    };
    try {
      expect(await placed(item.id)).to.equal('Placed Apr 28, 2025 · Delivered');
      expect(await placed(unpaid.id)).to.equal('Placed Apr 28, 2025 · Unpaid');
      await applyAdminLocale('zh-Hans');
      expect(await placed(unpaid.id)).to.equal('下单于 2025年4月28日 · 未付款');
      await applyAdminLocale('zh-Hant');
      expect(await placed(item.id)).to.equal('2025年4月28日 下單 · 已送達');
    } finally {
      await applyAdminLocale('en');
    }
  });

  it('never makes a link of a page address that is not a web page', async () => {
    const odd = await seedOne({ storedPageUrl: 'javascript:alert(document.cookie)', context: { pageTitle: 'Orders' } });
    const el = await open(odd.id);
    const ctx = part(el, 'rapport-admin-feedback-context');
    expect(ctx.querySelector('a[target=_blank]')).to.equal(null);
    expect(text(ctx)).to.contain('javascript:alert(document.cookie)');
  });

  it('changes the status and the assignee, and says so', async () => {
    const el = await open();
    const status = root(el).querySelector<HTMLSelectElement>('#status')!;
    status.value = 'resolved';
    status.dispatchEvent(new Event('change'));
    await waitFor(() => notice(el) === 'Status changed to Resolved.', 'the status notice');
    const assignee = root(el).querySelector<HTMLSelectElement>('#assignee')!;
    assignee.value = shop.agent.id;
    assignee.dispatchEvent(new Event('change'));
    await waitFor(() => notice(el) === 'Assigned to Bo Chen.', 'the assignee notice');
    const writes = (await shop.requests({ method: 'PATCH', path: `/v1/admin/feedback/${item.id}` })).map((r) => r.body);
    expect(writes).to.deep.equal([{ status: 'resolved' }, { assigneeId: shop.agent.id }]);
    const now = await stored();
    expect([now.status, now.assigneeId]).to.deep.equal(['resolved', shop.agent.id]);
  });

  it('shows why a change failed and what is really saved', async () => {
    const el = await open();
    await shop.fault('drop', { path: `/v1/admin/feedback/${item.id}` });
    const status = root(el).querySelector<HTMLSelectElement>('#status')!;
    status.value = 'open';
    status.dispatchEvent(new Event('change'));
    await waitFor(() => root(el).querySelector('.manage [role=alert]'), 'the error');
    expect(text(root(el).querySelector('.manage [role=alert]'))).to.equal('Can’t reach Rapport. Check your connection and try again.');
    expect(status.value).to.equal('new');
    await shop.fault('ok');
    expect((await stored()).status).to.equal('new');
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
    const thread = (await stored()).messages.map((m) => [m.authorType, m.body]);
    expect(thread.slice(-2)).to.deep.equal([['staff', 'A new mug ships today.'], ['note', 'Refund the shipping too.']]);
  });

  it('sends a reply and resolves the item in one click', async () => {
    const el = await open();
    const composer = part(el, 'rapport-admin-composer');
    composer.querySelector('textarea')!.value = 'A new mug ships today.';
    const both = [...composer.querySelectorAll<HTMLButtonElement>('button[type=submit]')].find((b) => text(b) === 'Send and resolve')!;
    both.click();
    await waitFor(() => notice(el) === 'Reply sent to ann@example.com. The item is resolved.', 'the notice');
    expect(root(el).querySelector<HTMLSelectElement>('#status')!.value).to.equal('resolved');
    const wire = (await shop.requests()).filter((r) => r.method !== 'GET').map((r) => [r.method, r.path, r.body]);
    expect(wire).to.deep.equal([
      ['POST', `/v1/admin/feedback/${item.id}/replies`, { body: 'A new mug ships today.' }],
      ['PATCH', `/v1/admin/feedback/${item.id}`, { status: 'resolved' }],
    ]);
    const now = await stored();
    expect([now.status, now.messages.at(-1)!.body]).to.deep.equal(['resolved', 'A new mug ships today.']);
  });

  it('says when the reply went out but the item could not be resolved', async () => {
    const el = await open();
    await shop.fault('drop', { path: `/v1/admin/feedback/${item.id}` }); // the change, not the reply
    const composer = part(el, 'rapport-admin-composer');
    composer.querySelector('textarea')!.value = 'A new mug ships today.';
    [...composer.querySelectorAll<HTMLButtonElement>('button[type=submit]')].find((b) => text(b) === 'Send and resolve')!.click();
    await waitFor(() => composer.querySelector('[role=alert]'), 'the error');
    expect(text(composer.querySelector('[role=alert]'))).to.equal(
      'The reply was sent, but the item is not resolved yet. Can’t reach Rapport. Check your connection and try again.');
    expect(notice(el)).to.equal('Reply sent to ann@example.com.');
    expect([...part(el, 'rapport-admin-thread').querySelectorAll('article')].at(-1)!.dataset.author).to.equal('staff');
    await shop.fault('ok');
    expect((await stored()).status).to.equal('waiting');
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
    expect((await stored()).tags).to.deep.equal(['refund']);
  });
});
