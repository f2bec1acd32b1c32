/**
 * @module Tests of <rapport-recommendations> on the real API: a shop with a catalog, other
 * shoppers' events and a trained model, the real loader and tracker. The shelf shows the
 * list the API gives (names in the shopper's language, prices in the shop's currency, the
 * reason, a link to the product page); a view changes the next answer; a consent change
 * asks again; impressions and clicks arrive in the log with the list's id; it keeps its
 * height while loading, fits 320 and 1280 px, hides when there is nothing to show, and
 * shows an error without breaking the page.
 */
import { expect } from '@esm-bundle/chai';
import '../../../widgets/recommendations/rapport-recommendations.ts';
import { trackerTiming } from '../../../widgets/core/tracker.ts';
import type { RapportRecommendations } from '../../../widgets/recommendations/rapport-recommendations.ts';
import { cleanup, expectAccessible, fixture, settle, SETUP_MS, startLoader, tick, waitFor, watchPageErrors } from '../helpers.ts';
import { $, $$, cards, listFor, recommendationQueries, recsShop, shelfLoaded, type RecsShop } from './helpers.ts';

let shop: RecsShop;
let ids: Record<string, string>;
const img = (c: string) => `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="${c}"/></svg>`)}`;

const CATALOG = [
  { handle: 'celadon-teapot', title: 'Celadon teapot', titleI18n: { 'zh-Hans': '青瓷茶壶', 'zh-Hant': '青瓷茶壺' }, category: 'teaware', priceAmount: 6800, imageUrl: img('#7a9') },
  { handle: 'tea-cup', title: 'Tea cup', titleI18n: { 'zh-Hans': '茶杯', 'zh-Hant': '茶杯' }, category: 'teaware', priceAmount: 1800, imageUrl: img('#9b7') },
  { handle: 'bamboo-tray', title: 'Bamboo tray', titleI18n: { 'zh-Hans': '竹茶盘', 'zh-Hant': '竹茶盤' }, category: 'teaware', priceAmount: 4200, imageUrl: null },
  { handle: 'tea-kettle', title: 'Tea kettle', titleI18n: { 'zh-Hans': '烧水壶', 'zh-Hant': '燒水壺' }, category: 'teaware', priceAmount: 5400, imageUrl: img('#579') },
  { handle: 'wool-scarf', title: 'Wool scarf', titleI18n: { 'zh-Hans': '羊毛围巾', 'zh-Hant': '羊毛圍巾' }, category: 'clothing', priceAmount: 3900, imageUrl: img('#a75') },
  { handle: 'linen-apron', title: 'Linen apron', titleI18n: { 'zh-Hans': '亚麻围裙', 'zh-Hant': '亞麻圍裙' }, category: 'clothing', priceAmount: 2900, imageUrl: img('#b95') },
  { handle: 'knit-gloves', title: 'Knit gloves', titleI18n: { 'zh-Hans': '针织手套', 'zh-Hant': '針織手套' }, category: 'clothing', priceAmount: 2500, imageUrl: img('#c85') },
];

const height = (el: Element) => el.getBoundingClientRect().height;
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const mount = (attrs: string, lang = 'en') => fixture<RapportRecommendations>(`<rapport-recommendations lang="${lang}" ${attrs}></rapport-recommendations>`);
const heading = (el: Element) => $(el, '[part~=title]')!.textContent!.trim();
const stored = async (kind: string, since: number) => (await shop.interactions()).slice(since).filter((r) => r.kind === kind);

describe('<rapport-recommendations>', () => {
  before(async function () {
    this.timeout(SETUP_MS);
    shop = await recsShop();
    const got = await shop.catalog(CATALOG);
    ids = Object.fromEntries(CATALOG.map((p, i) => [p.handle, got[i]]));
    // Other shoppers: teaware is viewed together, the teapot and the cup bought together.
    for (let i = 0; i < 6; i++) {
      await shop.events(`v_other_${i}_shopper`, [
        { kind: 'product.view', product: 'celadon-teapot' },
        { kind: 'product.view', product: 'tea-cup' },
        { kind: 'product.view', product: i % 2 ? 'bamboo-tray' : 'tea-kettle' },
        { kind: 'product.view', product: i % 3 ? 'linen-apron' : 'knit-gloves' },
      ]);
    }
    await shop.train();
    await startLoader(shop.key);
    trackerTiming.batchMs = 100;
    trackerTiming.baseRetryMs = 200;
  });
  beforeEach(async () => {
    await shop.reset();
    window.Rapport!.consent(true);
  });
  afterEach(cleanup);

  it('has no accessibility violations: a labelled list of links', async () => {
    const el = await mount('placement="product" product="celadon-teapot"');
    await shelfLoaded(el);
    await expectAccessible(el);
    const list = $(el, '[part~=list]')!;
    expect([list.localName, list.getAttribute('aria-labelledby'), $(el, '#title')!.localName]).to.deep.equal(['ul', 'title', 'h2']);
    expect($$(el, '[part~=list] > li > a[href]').length).to.equal(cards(el).length);
    // Focus goes from card to card; the scroll buttons are for the mouse only.
    expect($$(el, '[tabindex="-1"]').every((b) => b.getAttribute('part') === 'scroll-button')).to.equal(true);
  });

  it('shows the list the API gives for the product on the page: names, prices in the shop’s currency, reasons, product links', async () => {
    const el = await mount('placement="product" product="celadon-teapot" limit="3"');
    const shown = await shelfLoaded(el);
    const list = await listFor(shop, { placement: 'product', product: 'celadon-teapot', limit: '3', locale: 'en' });
    expect(list.items.length).to.be.above(0);
    const usd = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' });
    expect(shown).to.deep.equal(list.items.map((i) => ({
      name: i.product.title, price: usd.format(i.product.price / 100), variant: null, reason: i.reason.text,
      href: new URL(`/products/${i.product.handle}`, location.href).href,
    })));
    expect(shown.map((c) => c.name)).not.to.include('Celadon teapot');
    expect(heading(el)).to.equal('You may also like');
    // The image where there is one, a neutral box where there is none.
    const images = $$(el, '[part~=image]').map((b) => b.querySelector('img')?.getAttribute('src') ?? null);
    expect(images).to.deep.equal(list.items.map((i) => i.product.imageUrl));
  });

  it('takes the placement from the tag when it is missing, and shows nothing for an unknown one', async () => {
    const asked = performance.now();
    const home = await mount('');
    await shelfLoaded(home);
    const product = await mount(`product="${ids['tea-cup']}"`);
    await shelfLoaded(product);
    expect(recommendationQueries(asked).map((q) => [q.get('placement'), q.get('product')])).to.deep.include.members([['home', null], ['product', ids['tea-cup']]]);
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...a: unknown[]) => void warned.push(a.join(' '));
    try {
      const odd = await mount('placement="sidebar"');
      await tick(50);
      expect([height(odd), odd.shadowRoot!.childElementCount]).to.deep.equal([0, 0]);
      expect(String(warned[0])).to.contain('placement="sidebar"');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps its height from the first render while the list loads, at 320 and 1280 px', async function () {
    this.timeout(10_000);
    await shop.fault('slow', { path: '/v1/recommendations', ms: 600 });
    for (const width of [288, 1248]) {
      const box = await fixture(`<div style="width: ${width}px"><rapport-recommendations lang="en" placement="home"></rapport-recommendations></div>`);
      const el = box.firstElementChild as RapportRecommendations;
      await settle(el);
      expect($(el, '[part~=loading]'), 'the skeleton').to.exist;
      const loading = height(el);
      await shelfLoaded(el, 'the cards', 5000);
      await frame();
      expect(height(el), `${width} px`).to.equal(loading);
      // Nothing sticks out of the card: the row scrolls inside it.
      const base = $(el, '[part~=base]')!;
      expect([base.scrollWidth <= base.clientWidth, box.scrollWidth <= width]).to.deep.equal([true, true]);
      cleanup();
    }
  });

  it('changes its next answer after the shopper viewed a product', async function () {
    this.timeout(10_000);
    const before = await mount('placement="home" limit="6"');
    await shelfLoaded(before);
    const since = (await shop.interactions()).length;
    window.Rapport!.track('product.view', { product: 'bamboo-tray' });
    await waitFor(async () => (await stored('product.view', since)).some((r) => r.visitor), 'the view stored with the visitor', 5000);
    const after = await mount('placement="home" limit="6"');
    const shown = await shelfLoaded(after);
    expect(heading(after)).to.equal('Picked for you');
    expect(shown.map((c) => c.reason), JSON.stringify(shown)).to.include('Because you viewed Bamboo tray');
    expect(shown.map((c) => c.name)).not.to.deep.equal(cards(before).map((c) => c.name));
  });

  it('asks again without the visitor when the shopper refuses personalization, and again with it when they agree', async function () {
    this.timeout(10_000);
    window.Rapport!.track('product.view', { product: 'linen-apron' });
    await waitFor(async () => (await shop.interactions()).some((r) => r.kind === 'product.view' && r.product === 'linen-apron' && r.visitor), 'the view stored');
    const el = await mount('placement="home"');
    await shelfLoaded(el);
    await waitFor(() => heading(el) === 'Picked for you', 'the personal list');
    const refused = performance.now();
    window.Rapport!.consent(false);
    await waitFor(() => heading(el) === 'Popular right now', 'the list for anyone', 5000);
    const asked = recommendationQueries(refused);
    expect(asked.length).to.be.above(0);
    expect(asked.every((q) => !q.has('visitor'))).to.equal(true);
    expect(cards(el).map((c) => c.reason)).not.to.include('Because you viewed Linen apron');
    const agreed = performance.now();
    window.Rapport!.consent(true);
    await waitFor(() => heading(el) === 'Picked for you', 'the personal list again', 5000);
    expect(recommendationQueries(agreed).some((q) => q.has('visitor'))).to.equal(true);
  });

  it('records an impression when it is seen and a click with the list’s id', async function () {
    this.timeout(15_000);
    const since = (await shop.interactions()).length;
    const el = await mount('placement="product" product="tea-cup"');
    const shown = await shelfLoaded(el);
    const asked = recommendationQueries().at(-1)!;
    // (An earlier test's shelf may still be reporting: this one is the product placement's.)
    const mine = async () => (await stored('recommendation.impression', since)).filter((r) => r.data.placement === 'product');
    const impression = (await waitFor(() => mine().then((r) => r[0]), 'the impression stored', 8000))!;
    expect(impression.data.items).to.have.length(shown.length);
    expect(String(impression.data.recommendation)).to.match(/^[A-Za-z0-9_-]{8,64}$/);
    expect(asked.get('placement')).to.equal('product');
    // The store page must stay: the click is recorded, the navigation stopped here.
    const stay = (e: Event) => e.preventDefault();
    addEventListener('click', stay);
    try {
      $$<HTMLAnchorElement>(el, '[part~=card]')[1].click();
    } finally {
      removeEventListener('click', stay);
    }
    const click = (await waitFor(() => stored('recommendation.click', since).then((r) => r[0]), 'the click stored', 8000))!;
    expect([click.data.recommendation, click.data.placement, click.data.position]).to.deep.equal([impression.data.recommendation, 'product', 1]);
    expect(CATALOG.find((p) => p.handle === click.product)!.title).to.equal(shown[1].name);
    // Seen once: a re-render does not count it again.
    el.requestUpdate();
    await tick(300);
    expect((await mine()).length).to.equal(1);
  });

  it('speaks Simplified and Traditional Chinese: heading, names, prices and reasons', async () => {
    for (const [lang, locale, title] of [['zh-CN', 'zh-Hans', '您可能还喜欢'], ['zh-TW', 'zh-Hant', '您可能還喜歡']] as const) {
      const el = await mount('placement="product" product="celadon-teapot" limit="3"', lang);
      const shown = await shelfLoaded(el);
      const list = await listFor(shop, { placement: 'product', product: 'celadon-teapot', limit: '3', locale });
      expect(heading(el)).to.equal(title);
      expect(shown.map((c) => [c.name, c.reason])).to.deep.equal(list.items.map((i) => [i.product.title, i.reason.text]));
      expect(shown.map((c) => c.name).some((n) => /[\u4e00-\u9fff]/.test(n))).to.equal(true);
      expect(shown[0].price).to.equal(new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(list.items[0].product.price / 100));
      expect($(el, '[part~=base]')!.getAttribute('lang')).to.equal(locale);
    }
  });

  it('hides politely when the owner switched the placement off', async () => {
    await shop.placement('cart', { enabled: false });
    const el = await mount('placement="cart" products="tea-cup,celadon-teapot"');
    await waitFor(() => recommendationQueries().some((q) => q.get('placement') === 'cart'), 'the list asked for');
    await waitFor(() => !$(el, '[part~=base]'), 'the shelf gone');
    expect([height(el), $(el, '[role=alert]')]).to.deep.equal([0, null]);
  });

  it('shows an error in the card’s place without breaking the page, and recovers with “Try again”', async function () {
    this.timeout(10_000);
    const errors = watchPageErrors();
    await shop.fault('down', { path: '/v1/recommendations' });
    const el = await mount('placement="home"');
    const alert = await waitFor(() => $(el, '[part~=error][role=alert]'), 'the error state');
    expect(alert.textContent).to.match(/\S/);
    const reserved = height(el);
    expect(reserved).to.be.above(200);
    await shop.fault('ok');
    $(el, '[part~=retry-button]')!.click();
    await shelfLoaded(el);
    await frame();
    expect(height(el)).to.equal(reserved);
    expect(errors.stop()).to.deep.equal([]);
  });
});
