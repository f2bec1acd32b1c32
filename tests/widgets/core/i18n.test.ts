/**
 * @module Tests of localization: which language applies (attribute, ancestor, document,
 * browser), the normalization to en / zh-Hans / zh-Hant, the catalogs, and elements
 * following a language change on the page.
 */
import { expect } from '@esm-bundle/chai';
import { interpolate } from '../../../server/kernel/i18n/locales.ts';
import { langOf, loadTexts, normalizeLocale, resolveLocale, sharedTexts, type TextSet } from '../../../widgets/core/i18n.ts';
import '../../../widgets/faq/rapport-faq.ts';
import { faqTexts } from '../../../widgets/faq/texts.ts';
import { feedbackTexts } from '../../../widgets/feedback/texts.ts';
import { orderTrackerTexts } from '../../../widgets/order-tracker/texts.ts';
import { profileTexts } from '../../../widgets/profile/texts.ts';
import { recommendationsTexts } from '../../../widgets/recommendations/texts.ts';
import { returnsTexts } from '../../../widgets/returns/texts.ts';

/** Every text set: the shared one and each widget's own. */
const SETS: Record<string, TextSet<string>> = {
  shared: sharedTexts, faq: faqTexts, feedback: feedbackTexts, orderTracker: orderTrackerTexts, profile: profileTexts,
  recommendations: recommendationsTexts, returns: returnsTexts,
};
const allTexts = async (locale: 'zh-Hans' | 'zh-Hant') =>
  (await Promise.all(Object.values(SETS).map((set) => loadTexts(set, locale)))).flatMap((t) => Object.values(t)).join('');
import { cleanup, fixture, settle, waitFor } from '../helpers.ts';

describe('i18n', () => {
  afterEach(cleanup);

  describe('normalizeLocale', () => {
    const cases: Array<[string | undefined, string]> = [
      ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-MO', 'zh-Hant'], ['zh-Hant', 'zh-Hant'],
      ['zh-Hant-CN', 'zh-Hant'], ['zh_TW', 'zh-Hant'], ['ZH-hk', 'zh-Hant'],
      ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'], ['zh-Hans', 'zh-Hans'], ['zh-Hans-HK', 'zh-Hans'],
      ['en', 'en'], ['en-GB', 'en'], ['fr', 'en'], ['zha', 'en'], ['', 'en'], [undefined, 'en'],
    ];
    for (const [tag, want] of cases) {
      it(`maps ${JSON.stringify(tag)} to ${want}`, () => expect(normalizeLocale(tag)).to.equal(want));
    }
  });

  describe('language resolution', () => {
    it("takes the element's own lang attribute first", async () => {
      const el = await fixture('<div lang="en"><span lang="zh-TW"></span></div>');
      expect(resolveLocale(el.firstElementChild!)).to.equal('zh-Hant');
    });

    it('else the closest ancestor with a non-empty lang', async () => {
      const el = await fixture('<div lang="zh-CN"><p lang=""><span></span></p></div>');
      expect(langOf(el.querySelector('span')!)).to.equal('zh-CN');
    });

    it('crosses shadow roots to the host and beyond', async () => {
      const host = await fixture('<div lang="zh-HK"></div>');
      const inner = document.createElement('span');
      host.attachShadow({ mode: 'open' }).append(inner);
      expect(resolveLocale(inner)).to.equal('zh-Hant');
    });

    it('else the document language, else the browser language', async () => {
      const el = await fixture('<div><span></span></div>');
      const root = document.documentElement;
      const saved = root.getAttribute('lang');
      try {
        root.setAttribute('lang', 'zh-SG');
        expect(resolveLocale(el.firstElementChild!)).to.equal('zh-Hans');
        root.removeAttribute('lang');
        expect(resolveLocale(el.firstElementChild!)).to.equal(normalizeLocale(navigator.language));
      } finally {
        if (saved === null) root.removeAttribute('lang');
        else root.setAttribute('lang', saved);
      }
    });
  });

  describe('catalogs', () => {
    it('zh-Hans and zh-Hant have exactly the English keys, all translated, in every text set', async () => {
      for (const [name, set] of Object.entries(SETS)) {
        const en = set.en;
        for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
          const catalog = await loadTexts(set, locale);
          expect(Object.keys(catalog).sort(), `${name} ${locale}`).to.deep.equal(Object.keys(en).sort());
          for (const [key, text] of Object.entries(catalog)) {
            expect(text, `${name} ${locale} ${key}`).to.match(/[\u4e00-\u9fff]/);
            // Placeholders survive translation.
            expect(text.match(/\{\w+\}/g) ?? [], `${name} ${locale} ${key}`).to.deep.equal(en[key].match(/\{\w+\}/g) ?? []);
          }
        }
      }
    });

    it('writes simplified and traditional characters each in their own catalog', async () => {
      const hans = await allTexts('zh-Hans');
      const hant = await allTexts('zh-Hant');
      const simplifiedOnly = /[载这还请网络务时问题订单为荐户录过错试误内应]/;
      const traditionalOnly = /[載這還請網絡務時問題訂單為薦戶錄過錯試誤內應]/;
      expect(hant).not.to.match(simplifiedOnly);
      expect(hans).not.to.match(traditionalOnly);
      expect(hans).to.match(simplifiedOnly);
      expect(hant).to.match(traditionalOnly);
    });

    it('fills {placeholders} and leaves unknown ones', () => {
      expect(interpolate('Try again in {seconds} s ({other})', { seconds: 7 })).to.equal('Try again in 7 s ({other})');
    });
  });

  describe('elements', () => {
    it('follow a change of the page language', async () => {
      const wrap = await fixture('<div lang="en"><rapport-faq></rapport-faq></div>');
      const faq = wrap.firstElementChild!;
      await settle(faq);
      const title = () => faq.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim();
      expect(title()).to.equal('Frequently asked questions');
      wrap.setAttribute('lang', 'zh-Hant');
      await waitFor(() => title() === '常見問題', 'the Traditional Chinese title');
      wrap.setAttribute('lang', 'zh-CN');
      await waitFor(() => title() === '常见问题', 'the Simplified Chinese title');
    });

    it('each speak their own language on one page', async () => {
      const wrap = await fixture('<div><rapport-faq lang="zh-TW"></rapport-faq><rapport-faq lang="en"></rapport-faq></div>');
      const [a, b] = [...wrap.children];
      await settle(a);
      await settle(b);
      const title = (el: Element) => el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim();
      expect([title(a), title(b)]).to.deep.equal(['常見問題', 'Frequently asked questions']);
    });
  });
});
