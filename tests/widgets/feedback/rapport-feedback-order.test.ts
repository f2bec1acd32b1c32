/**
 * @module Tests of <rapport-feedback> and the order it is about (`order="…"`), against the
 * real API: the shopper sees which order (a guest its number and that the order's email
 * confirms it; a verified customer its number, date and items from `GET /v1/orders/{n}`),
 * and an order the API refuses gets a message in the shopper's language that says what to
 * do — never the generic "This request cannot be processed."
 */
import { expect } from '@esm-bundle/chai';
import type { RapportFeedback } from '../../../widgets/feedback/rapport-feedback.ts';
import { cleanup, expectAccessible, fixture, startLoader, testShop, waitFor, SETUP_MS, type TestShop } from '../helpers.ts';
import { $, feedbackLog, fill, send, text, thanks } from './helpers.ts';

let shop: TestShop;
const log = () => feedbackLog(shop);
const mount = (attrs: string, lang = 'en') => fixture<RapportFeedback>(`<rapport-feedback lang="${lang}" ${attrs}></rapport-feedback>`);
const orderBox = (el: Element) => text($(el, '[part~=order]'));
const GENERIC = ['This request cannot be processed.', '无法处理此请求。', '無法處理這項請求。'];
const today = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());

async function signIn(sub: string, email: string) {
  const res = await window.Rapport!.identify(await shop.proof({ sub, email, name: sub }));
  expect(res.ok, 'the real API took the proof').to.equal(true);
}

describe('<rapport-feedback> about an order', () => {
  before(async function () {
    this.timeout(SETUP_MS); // a shop on the real API, the loader and the element's chunk
    shop = await testShop();
    await shop.orders([
      { number: 'G-1001', email: 'mei@example.com' },
      { number: 'C-2001', email: 'ada@example.com', sub: 'order-ada' },
      { number: 'C-3001', email: 'bo@example.com', sub: 'order-bo' },
    ]);
    await startLoader(shop.key);
    await import('../../../widgets/feedback/rapport-feedback.ts');
  });
  beforeEach(() => shop.reset());
  afterEach(() => {
    cleanup();
    window.Rapport!.signOut();
  });

  it('shows a guest the order number and that the order’s email confirms it, accessibly', async function () {
    this.timeout(15_000); // axe over the whole form
    const el = await mount('order="G-1001"');
    expect(orderBox(el)).to.equal('Order G-1001 We will confirm this order with the email address you enter below.');
    expect(text($(el, '#email-hint'))).to.equal('The one you used for this order, so we can confirm it.');
    expect($(el, '#email')!.getAttribute('aria-describedby')).to.equal('email-hint');
    await expectAccessible(el);
    expect((await shop.requests({ method: 'GET' })).filter((r) => r.path.startsWith('/v1/orders'))).to.deep.equal([]);
  });

  it('asks a guest for the order’s email before sending anything', async () => {
    const el = await mount('order="G-1001"');
    await fill(el, { kind: 'complaint', text: 'The lid was cracked.' });
    await send(el);
    const error = await waitFor(() => $(el, '#email-error'), 'the email error');
    expect(text(error)).to.equal('Enter the email address you used for order G-1001, so we can confirm it.');
    expect((await log()).requests).to.have.length(0);
  });

  it('refuses a guest’s order whose email does not match with what to do, in Chinese, then sends it with the right one', async () => {
    const el = await mount('order="G-1001"', 'zh-Hans');
    await fill(el, { kind: 'complaint', text: '杯盖裂了。', email: 'someone@example.com' });
    await send(el);
    const error = await waitFor(() => $(el, '#email-error'), 'the email error from the API');
    expect(text(error)).to.equal('此电子邮箱与订单 G-1001 不符，请填写下单时使用的电子邮箱。');
    expect(text(el.shadowRoot!.querySelector('form'))).not.to.match(new RegExp(GENERIC.join('|')));
    expect(el.shadowRoot!.activeElement === $(el, '#email'), 'the email field is focused').to.equal(true);
    let { requests, stored } = await log();
    expect([requests.map((r) => r.status), stored]).to.deep.equal([[422], []]);
    expect($<HTMLTextAreaElement>(el, '#text')!.value).to.equal('杯盖裂了。');
    await fill(el, { email: 'mei@example.com', quick: true });
    await send(el);
    await thanks(el);
    ({ requests, stored } = await log());
    expect(requests.map((r) => r.status)).to.deep.equal([422, 201]);
    expect(stored.map((s) => s.body.context.orderNumber)).to.deep.equal(['G-1001']);
  });

  it('shows a verified customer their order: number, date and items', async function () {
    this.timeout(15_000); // axe over the whole form, then a real submission
    await signIn('order-ada', 'ada@example.com');
    const el = await mount('order="C-2001"');
    await waitFor(() => $(el, '[part~=order] .items'), 'the order summary');
    expect(orderBox(el)).to.equal(`Order C-2001 Placed on ${today('en')} Linen shirt × 1`);
    const [get] = await shop.requests({ method: 'GET', path: '/v1/orders/C-2001' });
    expect([get.status, get.authorization]).to.deep.equal([200, `Bearer ${window.Rapport!.session!.sessionToken}`]);
    await expectAccessible(el);
    await fill(el, { kind: 'complaint', score: 2, text: 'The shirt shrank.' });
    await send(el);
    await thanks(el);
    expect((await log()).stored.map((s) => s.body.context.orderNumber)).to.deep.equal(['C-2001']);
  });

  it('shows the order in Traditional Chinese', async () => {
    await signIn('order-ada', 'ada@example.com');
    const el = await mount('order="C-2001"', 'zh-TW');
    await waitFor(() => $(el, '[part~=order] .items'), 'the order summary');
    expect(orderBox(el)).to.equal(`訂單 C-2001 訂購日期：${today('zh-Hant')} Linen shirt（1 件）`);
  });

  it('tells a customer that an order is not theirs, and sends their feedback without it', async () => {
    await signIn('order-ada', 'ada@example.com');
    const el = await mount('order="C-3001"');
    await waitFor(() => orderBox(el).includes('not in your account'), 'the order refused');
    expect(orderBox(el)).to.equal('Order C-3001 This order is not in your account, so your feedback will be sent without it.');
    expect(orderBox(el)).not.to.include('bo@example.com');
    await fill(el, { kind: 'question', text: 'Where is my parcel?' });
    await send(el);
    await thanks(el);
    const { requests, stored } = await log();
    expect(requests.map((r) => r.status)).to.deep.equal([201]);
    expect(stored.map((s) => s.body.context.orderNumber)).to.deep.equal([undefined]);
  });

  it('when the API refuses a customer’s order only at sending, says what to do, and the next send goes without it', async () => {
    await signIn('order-ada', 'ada@example.com');
    await shop.fault('down', { path: '/v1/orders/C-3001' }); // the summary cannot be loaded: the order is sent as given
    const el = await mount('order="C-3001"', 'zh-Hans');
    await waitFor(() => el.shadowRoot!.querySelector('[part~=order]') && !orderBox(el).includes('加载中'), 'the failed summary');
    expect(orderBox(el)).to.equal('订单 C-3001');
    await shop.fault('ok');
    await fill(el, { kind: 'question', text: '包裹在哪里？' });
    await send(el);
    const error = await waitFor(() => $(el, '#order-error'), 'the order error');
    expect(text(error)).to.equal('订单 C-3001 不在您的账户中。再次提交即可不附带订单发送反馈。');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(orderBox(el)).to.include('此订单不在您的账户中，您的反馈将不附带此订单发送。');
    expect(text(el.shadowRoot!.querySelector('form'))).not.to.match(new RegExp(GENERIC.join('|')));
    await send(el);
    await thanks(el);
    const { requests, stored } = await log();
    expect(requests.map((r) => [r.status, (r.body as { context: { orderNumber?: string } }).context.orderNumber])).to.deep.equal([
      [422, 'C-3001'],
      [201, undefined],
    ]);
    expect(stored.map((s) => s.body.context.orderNumber)).to.deep.equal([undefined]);
  });
});
