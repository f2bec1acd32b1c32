/**
 * @module Tests of theming: global `--rapport-*` tokens reach every widget, a widget's
 * own `--rapport-<widget>-*` tokens win for that widget only, `::part` is styleable, and
 * sizes stay in px when a theme shrinks the root font size.
 */
import { expect } from '@esm-bundle/chai';
import '../../../widgets/faq/rapport-faq.ts';
import '../../../widgets/profile/rapport-profile.ts';
import { cleanup, fixture, settle } from '../helpers.ts';

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
