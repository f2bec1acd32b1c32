import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AdminApi, AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import { applyAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import '../../../../widgets/admin/app/rapport-admin-shell.ts';
import type { RapportAdminInbox } from '../../../../widgets/admin/feedback/rapport-admin-inbox.ts';
import { adminShop, mount, unmountAll, type AdminShop, type SeedFeedback } from '../helpers.ts';
import { ITEMS, ORDERS } from './inbox-data.ts';
import { SETUP_MS, expectAccessible, waitFor } from '../../helpers.ts';

const original = location.href;
const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
const rows = (el: RapportAdminInbox) => [...(el.shadowRoot!.querySelector('rapport-admin-inbox-table')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])];

/** The element that has the keyboard, through every shadow root. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Whether the focused element shows that it is: a ring (box-shadow) or an outline. */
function showsFocus(el: Element): boolean {
  const style = getComputedStyle(el);
  return style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0);
}

describe('the inbox on a laptop and on a phone', () => {
  let shop: AdminShop;
  let api: AdminApi;
  let session: AdminSession;

  async function inboxPage(width: number, height: number) {
    await setViewport({ width, height });
    history.replaceState(null, '', '/admin/inbox');
    const shell = await mount('rapport-admin-shell', { api, session });
    const el = await waitFor(() => shell.shadowRoot!.querySelector('rapport-admin-inbox'), 'the inbox');
    await waitFor(() => rows(el).length >= 12, 'the list');
    scrollTo(0, 0);
    return { shell, el };
  }

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
    await shop.orders(ORDERS);
    const more: SeedFeedback[] = Array.from({ length: 9 }, (_, i) => ({
      kind: 'complaint', scoreType: 'csat', score: 3, text: `The lid of teapot ${i} does not fit well and rattles when I pour.`,
      customer: { sub: `c${i}`, email: `customer.with.a.long.address.${i}@example.com`, name: `Customer Number ${i}` },
      tags: ['lid'],
    }));
    await shop.seed([...ITEMS, ...more]);
    ({ api, session } = await shop.signIn());
  });
  afterEach(async () => {
    unmountAll();
    history.replaceState(null, '', original);
    await applyAdminLocale('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('lists at least 8 items above the fold at 1280×800, in every language', async function () {
    this.timeout(20_000);
    for (const locale of LOCALES) {
      await applyAdminLocale(locale);
      const { el } = await inboxPage(1280, 800);
      const above = rows(el).filter((tr) => tr.getBoundingClientRect().bottom <= innerHeight);
      expect(above.length, locale).to.be.at.least(8);
      unmountAll();
    }
  });

  it('fits a phone at 390×844: nothing scrolls sideways, the filters are folded, the list starts above the fold', async function () {
    this.timeout(20_000);
    for (const locale of LOCALES) {
      await applyAdminLocale(locale);
      const { el } = await inboxPage(390, 844);
      expect(document.documentElement.scrollWidth, locale).to.be.at.most(390);
      const panel = el.shadowRoot!.querySelector('rapport-admin-inbox-filters')!.shadowRoot!.querySelector<HTMLElement>('#panel')!;
      expect(panel.hidden).to.equal(true);
      const visible = rows(el).filter((tr) => tr.getBoundingClientRect().bottom <= innerHeight);
      expect(visible.length, locale).to.be.at.least(3);
      for (const tr of rows(el)) expect(tr.getBoundingClientRect().right, locale).to.be.at.most(390);
      unmountAll();
    }
  });

  it('has no axe violations at either size, in each language, with the filters unfolded', async function () {
    this.timeout(60_000);
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      for (const locale of LOCALES) {
        await applyAdminLocale(locale);
        const { shell, el } = await inboxPage(width, height);
        el.shadowRoot!.querySelector('rapport-admin-inbox-filters')!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls=panel]')!.click();
        await expectAccessible(shell);
        unmountAll();
      }
    }
  });

  it('reaches every control of the toolbar and of the rows by keyboard, each with a visible focus', async function () {
    this.timeout(20_000);
    const { el } = await inboxPage(1280, 800);
    const filters = el.shadowRoot!.querySelector('rapport-admin-inbox-filters')!.shadowRoot!;
    filters.querySelector<HTMLInputElement>('#q')!.focus();
    const reached: Element[] = [focused()!];
    const visible: boolean[] = [showsFocus(reached[0])];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(focused()!);
      visible.push(showsFocus(focused()!));
    }
    const names = reached.map((e) => e.id || e.className || e.tagName.toLowerCase());
    // Search, filters, resolved, sort, export; then select all, the first row's checkbox, its link and its two tags.
    expect(names.slice(0, 10)).to.deep.equal(['q', 'button toggle', 'resolved', 'sort', 'button', 'input', 'input', 'excerpt', 'tag', 'tag']);
    expect(reached[5].getAttribute('aria-label')).to.equal('Select all items on this page');
    expect(reached[6].getAttribute('aria-label')).to.match(/^Select FB-/);
    names.forEach((name, i) => expect(visible[i], `${name} shows its focus`).to.equal(true));
  });
});
