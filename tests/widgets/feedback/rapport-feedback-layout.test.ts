/**
 * @module Tests of <rapport-feedback>'s box on the page, against the real API: it fits a
 * 320 px screen in every language (nothing wider than its card, so the page never scrolls
 * sideways), and it keeps the height it reserves from its first render on — whatever the
 * width from 320 to 1280 px, the language, the shopper (guest or verified customer) and
 * while the order it is about loads — so nothing of the host page below it ever moves.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportFeedback } from '../../../widgets/feedback/rapport-feedback.ts';
import { cleanup, fixture, settle, startLoader, testShop, tick, waitFor, SETUP_MS, type TestShop } from '../helpers.ts';
import { $, $$ } from './helpers.ts';

let shop: TestShop;
/** The card's width on a 320, 390, 768 and 1280 px screen of the demo store (16 px margins). */
const WIDTHS = [288, 358, 736, 1180];
const LANGS = ['en', 'zh-Hans', 'zh-Hant'];

async function mount(attrs: string, lang: string, width: number) {
  const box = await fixture<HTMLDivElement>(`<div style="width: ${width}px"><rapport-feedback lang="${lang}" ${attrs}></rapport-feedback></div>`);
  const el = box.firstElementChild as RapportFeedback;
  await settle(el);
  return { box, el };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const height = (el: Element) => el.getBoundingClientRect().height;

/** What of `el`'s shadow tree sticks out of its card (the honeypot and screen-reader text are off-screen by design). */
function overflowing(el: Element): string[] {
  const card = $(el, '[part~=base]')!.getBoundingClientRect();
  return $$(el, '*')
    .filter((n) => !n.closest('.hp, .sr') && n.getClientRects().length)
    .filter((n) => {
      const r = n.getBoundingClientRect();
      return r.left < card.left - 0.5 || r.right > card.right + 0.5;
    })
    .map((n) => `${n.localName}${n.id ? `#${n.id}` : ''}${n.className ? `.${String(n.className).split(' ')[0]}` : ''}`);
}

async function signIn() {
  const res = await window.Rapport!.identify(await shop.proof({ sub: 'layout-ada', email: 'ada.lovelace-with-a-long-address@example.com', name: 'Ada' }));
  expect(res.ok, 'the real API took the proof').to.equal(true);
}

describe('<rapport-feedback> on the page', () => {
  before(async function () {
    this.timeout(SETUP_MS); // a shop on the real API, the loader and the element's chunk
    shop = await testShop();
    await shop.orders([{ number: 'LL-1043', email: 'ada.lovelace-with-a-long-address@example.com', sub: 'layout-ada' }]);
    await startLoader(shop.key);
    await import('../../../widgets/feedback/rapport-feedback.ts');
  });
  beforeEach(() => shop.reset());
  afterEach(() => {
    cleanup();
    window.Rapport!.signOut();
  });

  it('fits a 320 px screen in every language: nothing is wider than its card', async function () {
    this.timeout(20_000);
    for (const signedIn of [false, true]) {
      if (signedIn) await signIn();
      for (const lang of LANGS) {
        for (const attrs of ['order="LL-1043"', 'mode="nps" order="LL-1043-with-a-very-long-order-number-0000000001"']) {
          const { el } = await mount(attrs, lang, 288);
          if (signedIn && attrs.startsWith('order')) await waitFor(() => $(el, '[part~=order] .items'), 'the order summary');
          await frame();
          expect(overflowing(el), `${lang} ${attrs}${signedIn ? ', signed in' : ''}`).to.deep.equal([]);
          const card = $(el, '[part~=base]')!;
          expect(card.scrollWidth, 'no horizontal scroll inside the card').to.be.at.most(card.clientWidth);
          cleanup();
        }
      }
    }
  });

  it('keeps the height it reserves at every width from 320 to 1280 px, in every language, guest or signed in', async function () {
    this.timeout(60_000);
    for (const attrs of ['', 'order="LL-1043"', 'mode="nps"', 'mode="none" order="LL-1043"']) {
      const seen = new Set<number>();
      const where: string[] = [];
      for (const signedIn of [false, true]) {
        if (signedIn) await signIn();
        for (const lang of LANGS) {
          const { box, el } = await mount(attrs, lang, WIDTHS[0]);
          if (signedIn && attrs.includes('order')) await waitFor(() => $(el, '[part~=order] .items'), 'the order summary');
          for (const width of WIDTHS) {
            box.style.width = `${width}px`;
            await frame();
            const h = height(el);
            seen.add(h);
            where.push(`${width} px ${lang}${signedIn ? ' signed in' : ''}: ${h}`);
            // The card is the host's height: the reserve, not a blank band below a shorter card.
            expect(height($(el, '[part~=base]')!)).to.equal(h);
          }
          cleanup();
        }
        window.Rapport!.signOut();
      }
      expect(seen.size, `<rapport-feedback ${attrs}> has one height:\n${where.join('\n')}`).to.equal(1);
    }
  });

  it('keeps its height while the customer’s order loads and once it shows', async function () {
    this.timeout(15_000);
    await signIn();
    await shop.fault('slow', { path: '/v1/orders/LL-1043', ms: 1500 });
    const { el } = await mount('order="LL-1043"', 'en', 358);
    await waitFor(() => $(el, '[part~=order]')?.textContent?.includes('Loading'), 'the order loading');
    const loading = height(el);
    await waitFor(() => $(el, '[part~=order] .items'), 'the order summary', 5000);
    await frame();
    expect(height(el)).to.equal(loading);
  });

  it('keeps its height when the shopper is recognised after it rendered', async function () {
    this.timeout(15_000);
    const { el } = await mount('order="LL-1043"', 'en', 288);
    await tick(50);
    const guest = height(el);
    await signIn();
    await waitFor(() => $(el, '[part~=order] .items'), 'the order summary');
    await frame();
    expect([height(el), $<HTMLInputElement>(el, '#email')!.readOnly]).to.deep.equal([guest, true]);
  });

  it('gives the height it reserves beyond its own to the message box, not to a blank band', async () => {
    const { el } = await mount('', 'en', 1180);
    const card = $(el, '[part~=base]')!.getBoundingClientRect();
    const last = $(el, 'form > :last-child')!.getBoundingClientRect();
    expect(card.bottom - last.bottom, 'space below the form').to.be.at.most(24);
    expect(height($(el, '#text')!)).to.be.above(150);
  });

  it('lets the page set the height it reserves (or none) through --rapport-feedback-min-height', async () => {
    const { el } = await mount('style="--rapport-feedback-min-height: 0px"', 'en', 1180);
    const own = height(el);
    el.style.setProperty('--rapport-feedback-min-height', '1500px');
    expect(own, 'its own height').to.be.below(900);
    expect(height(el)).to.equal(1500);
  });
});
