import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { applyAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import zhHans from '../../../../widgets/admin/orders/locales/zh-Hans.ts';
import zhHant from '../../../../widgets/admin/orders/locales/zh-Hant.ts';
import { OrdersApi } from '../../../../widgets/admin/orders/orders-api.ts';
import '../../../../widgets/admin/orders/rapport-admin-orders.ts';
import type { RapportAdminOrders } from '../../../../widgets/admin/orders/rapport-admin-orders.ts';
import { AXE_MS, adminShop, mount, text, unmountAll, type AdminShop } from '../helpers.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';
import type { BookDelivery, BookOrder } from './orders-control.ts';

const dayAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Five orders: a fresh one, one with a failed attempt, one past the carrier's date, one delivered, one of a named customer. */
const ORDERS: BookOrder[] = [
  { number: 'LS-1001', email: 'fresh@example.com', status: 'paid', daysAgo: 0.01, total: 4900 },
  {
    number: 'LS-1002', email: 'missed@example.com', status: 'shipped', daysAgo: 3, total: 5900, shippingMethod: 'DHL Express',
    parcels: [{ status: 'failed_attempt', carrier: 'DHL', trackingNumber: 'JD0002', trackingUrl: 'https://dhl.example/JD0002', shippedDaysAgo: 2,
      events: [{ status: 'shipped', daysAgo: 2 }, { status: 'failed_attempt', message: 'Nobody home', location: 'Leipzig', daysAgo: 1 }] }],
  },
  {
    number: 'LS-1003', email: 'late@example.com', status: 'shipped', daysAgo: 30, total: 6900,
    parcels: [{ status: 'in_transit', carrier: 'UPS', trackingNumber: 'UP0003', estimatedDelivery: dayAgo(10), shippedDaysAgo: 20 }],
  },
  { number: 'LS-1004', email: 'done@example.com', status: 'delivered', daysAgo: 60, total: 7900, parcels: [{ status: 'delivered', shippedDaysAgo: 58, estimatedDelivery: dayAgo(56) }] },
  { number: 'LS-1005', email: 'zoe.alander.with.a.long.address@example-shop.example', customerName: 'Zoë Ålander', status: 'packed', daysAgo: 1, total: 8900 },
];

const DELIVERIES: BookDelivery[] = [
  { platform: 'shopify', topic: 'orders/create', outcome: 'accepted' },
  { platform: 'shopify', topic: 'orders/create', outcome: 'duplicate' },
  { platform: 'woocommerce', topic: 'order.updated', outcome: 'stale' },
  { platform: 'woocommerce', topic: 'order.created', outcome: 'refused', reason: 'missing-field', path: 'line_items[0].quantity', detail: 'A line has no quantity' },
];

describe('<rapport-admin-orders>', () => {
  let shop: AdminShop;
  let api: OrdersApi;

  const page = async (props: Partial<RapportAdminOrders> = {}) => {
    const el = await mount('rapport-admin-orders', { api, ...props });
    await waitFor(() => el.shadowRoot!.querySelector('tbody tr'), 'the orders', 8000);
    return el;
  };
  const root = (el: RapportAdminOrders) => el.shadowRoot!;
  const numbers = (el: RapportAdminOrders) => [...root(el).querySelectorAll('tbody tr .open')].map(text);
  const detail = (el: RapportAdminOrders) => root(el).querySelector('rapport-admin-order-detail')?.shadowRoot ?? null;
  const deliveries = (el: RapportAdminOrders) => root(el).querySelector('rapport-admin-webhook-deliveries')?.shadowRoot ?? null;

  before(async function () {
    this.timeout(90_000);
    shop = await adminShop();
    const res = await fetch(`/api-test/admin/shops/${shop.key}/order-book`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orders: ORDERS, deliveries: DELIVERIES }),
    });
    if (res.status !== 201) throw new Error(`order-book: ${res.status} ${await res.text()}`);
    api = (await shop.signIn('agent')).api.area(OrdersApi);
  });
  afterEach(async () => {
    unmountAll();
    await applyAdminLocale('en');
  });

  it('lists late and problem orders first, flagged, then the newest, with date, customer and status', async () => {
    const el = await page();
    expect(numbers(el)).to.deep.equal(['LS-1002', 'LS-1003', 'LS-1001', 'LS-1005', 'LS-1004']);
    const row = (n: string) => root(el).querySelector(`tbody tr:nth-child(${n})`)!;
    expect(text(row('1').querySelector('.flags'))).to.equal('Problem');
    expect(text(row('2').querySelector('.flags'))).to.equal('Late');
    expect(text(row('3').querySelector('.flags'))).to.equal('');
    expect(text(row('4').querySelector('.customer'))).to.contain('Zoë Ålander');
    expect(text(row('4').querySelector('.badge'))).to.equal('Packed');
    expect(row('5').querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
  });

  it('searches by number, email and name, and says when nothing matches', async () => {
    const el = await page();
    const search = async (q: string) => {
      root(el).querySelector<HTMLInputElement>('#orders-q')!.value = q;
      root(el).querySelector('form')!.requestSubmit();
      await waitFor(() => !root(el).querySelector('[role=status]')?.textContent?.includes('Loading') && el.shadowRoot!.querySelector('tbody tr, p[role=status]'), q);
      await el.updateComplete;
    };
    await search('1003');
    await waitFor(() => numbers(el).join() === 'LS-1003', 'by number');
    await search('MISSED@example');
    await waitFor(() => numbers(el).join() === 'LS-1002', 'by email');
    await search('zoë');
    await waitFor(() => numbers(el).join() === 'LS-1005', 'by name');
    await search('%');
    const none = await waitFor(() => root(el).querySelector('p[role=status]'), 'no match');
    expect(text(none)).to.equal('No order matches “%”.');
  });

  it('opens an order with the shopper’s timeline, parcels and checkpoints, and goes back to the list', async () => {
    const el = await page();
    root(el).querySelector<HTMLButtonElement>('tbody tr:first-child .open')!.click();
    const d = await waitFor(() => detail(el)?.querySelector('#order-heading') && detail(el), 'the order', 5000);
    expect(text(d.querySelector('#order-heading'))).to.contain('LS-1002');
    expect(text(d.querySelector('dl'))).to.contain('Shipping methodDHL Express');
    const parcel = d.querySelector('.parcel')!;
    expect(text(parcel.querySelector('.badge.exception'))).to.equal('Delivery attempt failed');
    const steps = [...parcel.querySelectorAll('.steps li')];
    expect(steps.map((s) => text(s.querySelector('span')))).to.deep.equal(['Ordered', 'Paid', 'Packed', 'Shipped', 'In transit', 'Out for delivery', 'Delivered']);
    expect(steps.find((s) => s.getAttribute('aria-current') === 'step')).to.exist;
    expect(text(parcel.querySelector('.events'))).to.contain('Nobody home');
    expect(parcel.querySelector('a')!.getAttribute('href')).to.equal('https://dhl.example/JD0002');
    await waitFor(() => d.activeElement?.id === 'order-heading', 'focus on the heading');
    await expectAccessible(el);
    d.querySelector<HTMLButtonElement>('.back')!.click();
    await waitFor(() => root(el).activeElement?.matches('tbody tr:first-child .open'), 'focus back on the order');
  });

  it('says plainly when the order does not exist', async () => {
    const el = await mount('rapport-admin-orders', { api, orderId: '00000000-0000-4000-8000-000000000000' });
    const alert = await waitFor(() => detail(el)?.querySelector('[role=alert]'), 'the error');
    expect(text(alert)).to.equal('This order does not exist in your shop.');
  });

  it('shows webhook deliveries with their outcome and why, filtered by platform and outcome', async function () {
    this.timeout(AXE_MS);
    const el = await page();
    root(el).querySelector<HTMLButtonElement>('#tab-deliveries')!.click();
    const log = await waitFor(() => deliveries(el)?.querySelector('tbody tr') && deliveries(el), 'the deliveries', 5000);
    const outcomes = () => [...log.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-outcome'));
    expect(outcomes()).to.deep.equal(['refused', 'stale', 'duplicate', 'accepted']);
    expect(text(log.querySelector('tbody tr .why'))).to.equal('missing-field at line_items[0].quantity A line has no quantity');
    await expectAccessible(el);
    const select = log.querySelector<HTMLSelectElement>('#deliveries-platform')!;
    select.value = 'shopify';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => outcomes().join() === 'duplicate,accepted', 'shopify only');
    const outcome = log.querySelector<HTMLSelectElement>('#deliveries-outcome')!;
    outcome.value = 'refused';
    outcome.dispatchEvent(new Event('change'));
    const none = await waitFor(() => log.querySelector('p[role=status]'), 'none');
    expect(text(none)).to.equal('No delivery matches.');
  });

  it('moves between the tabs with the arrow keys, and reaches the search and each order with Tab', async function () {
    this.timeout(30_000);
    const el = await page();
    root(el).querySelector<HTMLButtonElement>('#tab-orders')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => root(el).activeElement?.id === 'tab-deliveries', 'the deliveries tab focused');
    expect(root(el).querySelector('#tab-deliveries')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => root(el).activeElement?.id === 'tab-orders', 'the orders tab focused');
    await waitFor(() => root(el).querySelector('tbody tr'), 'the orders again', 5000);
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const a = root(el).activeElement;
      if (a) {
        reached.push(a.id || text(a));
        const style = getComputedStyle(a);
        expect(style.outlineStyle !== 'none' || style.boxShadow !== 'none', `${a.id || text(a)} shows focus`).to.equal(true);
      }
    }
    expect(reached).to.deep.equal(['orders-q', 'Search', 'LS-1002', 'LS-1003', 'LS-1001']);
    await sendKeys({ press: 'Enter' });
    const heading = await waitFor(() => detail(el)?.querySelector('#order-heading'), 'an order opened with Enter', 5000);
    expect(text(heading)).to.contain('LS-1001');
  });

  it('fits 390 and 1280 px in every language without scrolling sideways, with no axe violations', async function () {
    this.timeout(90_000);
    try {
      for (const width of [390, 1280]) {
        await setViewport({ width, height: 844 });
        for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) {
          await applyAdminLocale(locale);
          const el = await page();
          const zh = locale === 'zh-Hans' ? zhHans : locale === 'zh-Hant' ? zhHant : undefined;
          if (zh) await waitFor(() => text(root(el).querySelector('h2')) === zh['list.heading'], `${locale} heading`);
          expect(document.documentElement.scrollWidth, `${locale} ${width}`).to.be.at.most(width);
          await expectAccessible(el);
          root(el).querySelector<HTMLButtonElement>('tbody tr:nth-child(2) .open')!.click();
          await waitFor(() => detail(el)?.querySelector('.parcel'), 'the order');
          expect(document.documentElement.scrollWidth, `${locale} ${width} order`).to.be.at.most(width);
          await expectAccessible(el);
          unmountAll();
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
