/**
 * @module Tests of <rapport-order-tracker> against the real API: a guest's lookup with
 * readable errors in three languages, a verified customer's orders without typing, parcels
 * with their timeline, carrier link, estimate and late flag, cancelled orders, the
 * feedback form opened with the order, and the lookups recorded as interactions.
 */
import { expect } from '@esm-bundle/chai';
import { WHEN } from '../../../widgets/order-tracker/order-view.ts';
import type { RapportOrderTracker } from '../../../widgets/order-tracker/rapport-order-tracker.ts';
import { cleanup, expectAccessible, fixture, settle, startLoader, testShop, waitFor, SETUP_MS, type TestShop } from '../helpers.ts';
import type { SeedOrder } from './orders-control.ts';

let shop: TestShop;
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const mount = (lang = 'en') => fixture<RapportOrderTracker>(`<rapport-order-tracker lang="${lang}"></rapport-order-tracker>`);

const ORDERS: SeedOrder[] = [
  {
    number: 'T-1001', email: 'mei@example.com', postcode: '94110', status: 'shipped', placedAt: ago(10), shippingMethod: 'Express <b>courier</b>',
    lines: [{ title: 'Celadon teapot', quantity: 1, unitAmount: 4800 }, { title: 'Oolong', quantity: 2, unitAmount: 1200 }],
    fulfillments: [
      { trackingNumber: '1Z5R89390357567127', status: 'delivered', shippedAt: ago(8), deliveredAt: ago(5),
        events: [{ status: 'shipped', message: 'Picked up', occurredAt: ago(8) }, { status: 'delivered', message: 'Delivered', occurredAt: ago(5) }] },
      { carrier: 'Local post', trackingNumber: 'LP-77', trackingUrl: 'javascript:alert(1)', status: 'shipped', shippedAt: ago(9),
        events: [{ status: 'shipped', message: 'Handed over', location: 'Depot', occurredAt: ago(9) }] },
    ],
  },
  { number: 'T-2001', email: 'ada@example.com', sub: 'tracker-ada', status: 'cancelled', placedAt: ago(2), lines: [{ title: 'Cup', quantity: 1, unitAmount: 900 }] },
  { number: 'T-2002', email: 'ada@example.com', sub: 'tracker-ada', status: 'paid', placedAt: ago(1), lines: [{ title: 'Tea towel', quantity: 1, unitAmount: 900 }] },
];

async function lookUp(el: RapportOrderTracker, number: string, email: string) {
  const type = (sel: string, v: string) => {
    const i = $<HTMLInputElement>(el, sel)!;
    i.value = v;
    i.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  type('#number', number);
  type('#email', email);
  await settle(el);
  $<HTMLButtonElement>(el, '[part~=submit]')!.click();
  await settle(el);
}

describe('<rapport-order-tracker>', () => {
  before(async function () {
    this.timeout(SETUP_MS);
    shop = await testShop();
    const res = await fetch(`/api-test/orders/shops/${shop.key}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orders: ORDERS }) });
    expect(res.status).to.equal(201);
    await startLoader(shop.key);
    await import('../../../widgets/order-tracker/rapport-order-tracker.ts');
  });
  beforeEach(() => shop.reset());
  afterEach(() => {
    cleanup();
    window.Rapport!.signOut();
  });

  it('offers a guest an accessible form and reserves its height while loading', async function () {
    this.timeout(15_000);
    const el = await mount();
    expect(el.getBoundingClientRect().height).to.be.at.least(360);
    expect(text($(el, 'label[for=number]'))).to.equal('Order number');
    await expectAccessible(el);
  });

  it('says what is missing, then that nothing matches, in the shopper’s language', async () => {
    for (const [lang, missing, none] of [
      ['en', 'Enter the email address you used for the order, or its shipping postcode.', 'We could not find an order with this number and email address or postcode. Check both and try again.'],
      ['zh-Hans', '请输入下单时使用的电子邮箱或收货邮编。', '找不到与此订单号和电子邮箱或邮编相符的订单，请核对后重试。'],
      ['zh-Hant', '請輸入下單時使用的電子郵件地址或收件郵遞區號。', '找不到符合此訂單編號與電子郵件地址或郵遞區號的訂單，請核對後再試一次。'],
    ]) {
      const el = await mount(lang);
      await lookUp(el, 'T-1001', '');
      expect(text($(el, '#lookup-error'))).to.equal(missing);
      await lookUp(el, 'T-1001', 'eve@example.com');
      expect(text(await waitFor(() => $(el, '#lookup-error'), 'the not-found message'))).to.equal(none);
      cleanup();
    }
  });

  it('finds a guest\'s order by its shipping postcode in the same field', async function () {
    this.timeout(15_000);
    const el = await mount();
    await lookUp(el, 'T-1001', ' 94110 ');
    await waitFor(() => $(el, '[part~=order]'), 'the order');
    expect(text($(el, 'h3'))).to.equal('Order T-1001');
    const [sent] = (await shop.requests({ method: 'POST', path: '/v1/orders/lookup' })).slice(-1);
    expect(sent.body).to.deep.equal({ number: 'T-1001', postcode: '94110' });
    cleanup();
  });

  it('shows a guest the order: lines, parcels with carrier link (http only), timeline, events and estimate; records the lookup', async function () {
    this.timeout(15_000);
    const el = await mount();
    await lookUp(el, ' t-1001 ', ' MEI@example.com ');
    await waitFor(() => $(el, '[part~=order]'), 'the order');
    expect(text($(el, 'h3'))).to.equal('Order T-1001');
    expect($$(el, '[part~=lines] li').map(text)).to.deep.equal(['Celadon teapot × 1', 'Oolong × 2']);
    // The shipping method as the shop's platform names it, shown as text.
    expect(text($(el, '[part~=shipping-method]'))).to.equal('Shipping: Express <b>courier</b>');
    expect($(el, '[part~=shipping-method] b')).to.equal(null);
    // Parcels in the order they were shipped.
    const [local, ups] = $$(el, '[part~=parcel]');
    expect(text(ups)).to.contain('Carrier: UPS');
    const link = ups.querySelector<HTMLAnchorElement>('[part~=carrier-link]')!;
    expect([link.href, link.rel, link.target]).to.deep.equal(['https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z5R89390357567127', 'noopener noreferrer', '_blank']);
    expect(text(ups.querySelector('[part~=estimate]'))).to.match(/^Delivered on /);
    expect(local.querySelector('[part~=carrier-link]'), 'a javascript: link is not followed').to.equal(null);
    expect(text(local.querySelector('[part~=late]'))).to.match(/^Late: this was expected by /);
    const current = local.querySelector('[aria-current=step]')!;
    expect(text(current)).to.match(/^Shipped ?\(current step\)/);
    const time = local.querySelector('time')!;
    expect(time.textContent).to.equal(new Intl.DateTimeFormat('en', WHEN).format(new Date(time.dateTime)));
    expect(el.shadowRoot!.activeElement?.id).to.equal('order-title');
    expect($(el, 'slot[name=recommendations] rapport-recommendations[placement=tracker]')).to.not.equal(null);
    await expectAccessible(el);
    // The log is the shop's (the earlier tests' misses are in it too): the newest is this lookup.
    expect((await shop.interactions()).map((i) => [i.kind, (i.data as { order: string }).order]).at(-1)).to.deep.equal(['order.track', 'T-1001']);
  });

  it('opens the feedback form with the order from "Report a problem"', async () => {
    const el = await mount();
    await lookUp(el, 'T-1001', 'mei@example.com');
    await waitFor(() => $(el, '[part~=report]'), 'the report button');
    $<HTMLButtonElement>(el, '[part~=report]')!.click();
    await settle(el);
    const feedback = $(el, 'rapport-feedback')!;
    expect(feedback.getAttribute('order')).to.equal('T-1001');
    expect($(el, '[part~=report]')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('lists a verified customer’s orders without typing; a cancelled one says so', async () => {
    const res = await window.Rapport!.identify(await shop.proof({ sub: 'tracker-ada', email: 'ada@example.com' }));
    expect(res.ok).to.equal(true);
    const el = await mount('zh-Hans');
    const buttons = await waitFor(() => ($$(el, '[part~=orders] button').length ? $$(el, '[part~=orders] button') : undefined), 'the list');
    expect(buttons.map((b) => text(b).split(' · ')[0])).to.deep.equal(['订单 T-2002', '订单 T-2001']);
    buttons[1].click();
    await waitFor(() => $(el, '[part~=order]'), 'the order');
    expect(text($(el, '[part~=status]'))).to.equal('已取消');
    expect(text($(el, '[part~=order]'))).to.contain('此订单已取消。');
    expect($(el, '#email')).to.equal(null);
  });
});
