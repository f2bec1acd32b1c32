/**
 * @module Tests of the shared styles: global `--rapport-*` tokens reach every widget, a
 * widget's own `--rapport-<widget>-*` tokens win for that widget only, `::part` is
 * styleable, sizes stay in px when a theme shrinks the root font size; every widget
 * reserves its height (`reserve()`), and the page's rule for a tag whose code has not
 * arrived yet gives it that same height; nothing is wider than a 320 px screen's card.
 */
import { expect } from '@esm-bundle/chai';
import { css, html } from 'lit';
import { defineElement } from '../../../widgets/core/define.ts';
import { RapportElement } from '../../../widgets/core/rapport-element.ts';
import { baseStyles, reserve, tokens } from '../../../widgets/core/styles.ts';
import '../../../widgets/faq/rapport-faq.ts';
import '../../../widgets/feedback/rapport-feedback.ts';
import '../../../widgets/order-tracker/rapport-order-tracker.ts';
import '../../../widgets/profile/rapport-profile.ts';
import '../../../widgets/recommendations/rapport-recommendations.ts';
import '../../../widgets/returns/rapport-returns.ts';
import { cleanup, fixture, settle } from '../helpers.ts';

/** A widget that reserves 300 px, 100 more as `[big]`, and holds a wide table and a long word. */
class ReservingWidget extends RapportElement {
  static override styles = [baseStyles, tokens('reserving'), reserve('reserving', 300, { '[big]': 100 }), css`table { width: 900px; }`];
  protected renderContent() {
    return this.renderPanel('Reserving', html`<p>Order LL-1043-${'0'.repeat(80)}</p>
      <div class="scroll-x" tabindex="0" role="region" aria-label="Orders"><table><tr><td>A wide table</td></tr></table></div>
      <slot></slot>`);
  }
}
defineElement('reserving-widget', ReservingWidget);

/** The height `markup` (tags whose code never arrives) takes under the demo store's stylesheet, `width` px wide. */
async function beforeItsCode(markup: string, width: number): Promise<number> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1400px; height: 1400px; border: 0';
  frame.srcdoc = `<!doctype html><link rel="stylesheet" href="/demo/styles.css"><div style="width: ${width}px">${markup}</div>`;
  document.body.append(frame);
  try {
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    return frame.contentDocument!.querySelector('div')!.firstElementChild!.getBoundingClientRect().height;
  } finally {
    frame.remove();
  }
}

const titleOf = (el: Element) => el.shadowRoot!.querySelector('[part~="title"]')!;

describe('theming', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    document.head.append(sheet);
  });
  afterEach(() => {
    sheet.remove();
    cleanup();
  });

  async function mount() {
    const wrap = await fixture('<div lang="en"><rapport-faq></rapport-faq><rapport-profile></rapport-profile></div>');
    const [faq, profile] = [...wrap.children];
    await settle(faq);
    await settle(profile);
    return { faq, profile };
  }

  it('takes global tokens from :root and widget tokens for that widget only', async () => {
    sheet.textContent = `:root { --rapport-color-text: rgb(10, 20, 30); --rapport-faq-color-text: rgb(40, 50, 60); }`;
    const { faq, profile } = await mount();
    expect(getComputedStyle(titleOf(faq)).color).to.equal('rgb(40, 50, 60)');
    expect(getComputedStyle(titleOf(profile)).color).to.equal('rgb(10, 20, 30)');
  });

  it('falls back to its defaults without any token', async () => {
    const { faq } = await mount();
    expect(getComputedStyle(titleOf(faq)).color).to.equal('rgb(29, 36, 51)');
  });

  it('keeps px sizes when the theme sets html { font-size: 62.5% }', async () => {
    sheet.textContent = `html { font-size: 62.5%; }`;
    const { faq } = await mount();
    expect(getComputedStyle(faq).fontSize).to.equal('16px');
    expect(getComputedStyle(titleOf(faq)).fontSize).to.equal('20px');
  });

  it('scales from --rapport-font-size in px', async () => {
    sheet.textContent = `:root { --rapport-font-size: 14px; }`;
    const { faq } = await mount();
    expect(getComputedStyle(titleOf(faq)).fontSize).to.equal('17.5px');
  });

  it('exposes parts to the page stylesheet', async () => {
    sheet.textContent = `rapport-faq::part(title) { text-transform: uppercase; }`;
    const { faq, profile } = await mount();
    expect(getComputedStyle(titleOf(faq)).textTransform).to.equal('uppercase');
    expect(getComputedStyle(titleOf(profile)).textTransform).to.equal('none');
  });
});

describe('reserved height', () => {
  afterEach(cleanup);

  const height = (el: Element) => el.getBoundingClientRect().height;

  it('keeps the widget and its card at the height it reserves, plus its variants', async () => {
    const el = await fixture<ReservingWidget>('<reserving-widget lang="en"></reserving-widget>');
    expect([height(el), height(el.shadowRoot!.querySelector('[part~=base]')!)]).to.deep.equal([300, 300]);
    el.setAttribute('big', '');
    expect(height(el)).to.equal(400);
  });

  it('lets the page set it through --rapport-<widget>-min-height, and a widget inside another never inherits it', async () => {
    const wrap = await fixture('<div lang="en" style="--rapport-reserving-min-height: 500px"><reserving-widget><rapport-faq></rapport-faq></reserving-widget></div>');
    const outer = wrap.firstElementChild!;
    await settle(outer);
    await settle(outer.firstElementChild!);
    expect(height(outer.firstElementChild!), 'the inner widget: its own reserve').to.equal(138);
    outer.firstElementChild!.remove();
    expect(height(outer)).to.equal(500);
  });

  it('keeps it under a host page’s global reset: content-box sizing, no margins, a 62.5% root font', async () => {
    const reset = document.createElement('style');
    reset.textContent = 'html { font-size: 62.5% } *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0 }';
    document.head.append(reset);
    try {
      const el = await fixture<ReservingWidget>('<reserving-widget lang="en"></reserving-widget>');
      expect([height(el), height(el.shadowRoot!.querySelector('[part~=base]')!)]).to.deep.equal([300, 300]);
    } finally {
      reset.remove();
    }
  });

  it('is the height the demo store gives each tag before its code arrives, at 320 and 1280 px', async function () {
    this.timeout(20_000);
    const tags = [
      'rapport-faq', 'rapport-profile', 'rapport-order-tracker', 'rapport-returns', 'rapport-recommendations', 'rapport-feedback',
      'rapport-feedback order="LL-1043"', 'rapport-feedback mode="nps"', 'rapport-feedback mode="none" order="LL-1043"',
    ];
    for (const width of [288, 1180]) {
      for (const tag of tags) {
        const markup = `<${tag}></${tag.split(' ')[0]}>`;
        const box = await fixture(`<div lang="en" style="width: ${width}px">${markup}</div>`);
        await settle(box.firstElementChild!);
        const defined = height(box.firstElementChild!);
        expect(await beforeItsCode(markup, width), `<${tag}> at ${width} px`).to.equal(defined);
        cleanup();
      }
    }
  });
});

describe('a 320 px screen', () => {
  afterEach(cleanup);

  it('keeps long words and wide tables inside the card: the table scrolls there, focusable', async () => {
    const box = await fixture('<div lang="en" style="width: 288px; display: grid; grid-template-columns: 1fr"><reserving-widget></reserving-widget></div>');
    const el = box.firstElementChild!;
    await settle(el);
    const card = el.shadowRoot!.querySelector('[part~=base]')!;
    expect([el.getBoundingClientRect().width, card.scrollWidth <= card.clientWidth]).to.deep.equal([288, true]);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroll-x')!;
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
    expect(scroller.getBoundingClientRect().right).to.be.at.most(card.getBoundingClientRect().right);
  });
});
