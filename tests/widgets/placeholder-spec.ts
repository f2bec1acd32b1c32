/**
 * @module The shared specification of the placeholder widgets (profile, faq, order
 * tracker, returns, feedback, recommendations): accessible, a localized title, the base
 * element's empty state, and nothing invented.
 */
import { expect } from '@esm-bundle/chai';
import { cleanup, expectAccessible, fixture } from './helpers.ts';

export interface Titles {
  en: string;
  'zh-Hans': string;
  'zh-Hant': string;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

export function describePlaceholder(tag: string, titles: Titles) {
  describe(`<${tag}>`, () => {
    afterEach(cleanup);

    it('has no accessibility violations', async () => {
      const el = await fixture(`<${tag}></${tag}>`);
      await expectAccessible(el);
    });

    it('is defined by its module and renders into its shadow root', async () => {
      const el = await fixture(`<${tag}></${tag}>`);
      // Compare identities as booleans: chai would try to print a Lit class in a failure message.
      expect(customElements.get(tag) === el.constructor, 'defined by this module').to.equal(true);
      expect(el.shadowRoot, 'shadow root').to.exist;
    });

    it('shows its title and the empty state in English', async () => {
      const el = await fixture(`<${tag} lang="en"></${tag}>`);
      expect(part(el, 'title')!.textContent!.trim()).to.equal(titles.en);
      const empty = part(el, 'empty')!;
      expect(empty.getAttribute('role')).to.equal('status');
      expect(empty.textContent!.trim()).to.equal('Nothing here yet.');
    });

    it('names its region after its title', async () => {
      const el = await fixture(`<${tag} lang="en"></${tag}>`);
      const base = part(el, 'base')!;
      const title = el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!);
      expect(title).to.equal(part(el, 'title'));
    });

    it('speaks Simplified Chinese under lang="zh-CN"', async () => {
      const el = await fixture(`<div lang="zh-CN"><${tag}></${tag}></div>`).then((d) => d.firstElementChild!);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(part(el, 'title')!.textContent!.trim()).to.equal(titles['zh-Hans']);
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('这里还没有内容。');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('zh-Hans');
    });

    it('speaks Traditional Chinese under lang="zh-TW"', async () => {
      const el = await fixture(`<${tag} lang="zh-TW"></${tag}>`);
      expect(part(el, 'title')!.textContent!.trim()).to.equal(titles['zh-Hant']);
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('這裡還沒有內容。');
    });

    it('lets the page replace the title and the empty text through slots', async () => {
      const el = await fixture(`<${tag} lang="en"><span slot="title">Ours</span><span slot="empty">Soon</span></${tag}>`);
      const slots = [...el.shadowRoot!.querySelectorAll('slot')].map((s) => s.name);
      expect(slots).to.include.members(['title', 'empty']);
      expect((el.shadowRoot!.querySelector('slot[name="empty"]') as HTMLSlotElement).assignedNodes()[0].textContent).to.equal('Soon');
    });

    it('invents nothing: no items, links, images or prices', async () => {
      const el = await fixture(`<${tag}></${tag}>`);
      expect(el.shadowRoot!.querySelectorAll('li, a, img, [part~="item"]')).to.have.length(0);
      expect(el.shadowRoot!.textContent).not.to.match(/[$€¥£]\s?\d/);
    });
  });
}
