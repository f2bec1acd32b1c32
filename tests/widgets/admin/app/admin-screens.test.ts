import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AdminApi, AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import { applyAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import '../../../../widgets/admin/app/rapport-admin-shell.ts';
import type { RapportAdminShell } from '../../../../widgets/admin/app/rapport-admin-shell.ts';
import { adminShop, mount, unmountAll, type AdminShop, type Seeded } from '../helpers.ts';
import { DETAIL_ORDER, PAST_ITEM, detailItem } from '../feedback/inbox-data.ts';
import { SETUP_MS, expectAccessible, waitFor } from '../../helpers.ts';

const original = location.href;
const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
const SIZES = [[1280, 800], [390, 844]] as const;
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Everything under `root` (through shadow roots) a keyboard should reach: focusable and shown. */
function focusables(root: Element | ShadowRoot, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(FOCUSABLE) && (el as HTMLElement).checkVisibility?.({ visibilityProperty: true })) out.push(el);
    if (el.shadowRoot) focusables(el.shadowRoot, out);
  }
  return out;
}

function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function showsFocus(el: Element): boolean {
  const style = getComputedStyle(el);
  return style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0);
}

describe('every admin screen at 1280×800 and 390×844, in English, 简体 and 繁體, by keyboard', () => {
  let shop: AdminShop;
  let api: AdminApi;
  let session: AdminSession;
  let item: Seeded;
  const pages = () => [`/admin/inbox/${item.id}`, '/admin/settings', '/admin/faq', '/admin/nope'];

  /** The shell at `path`, once the page has loaded what it shows. */
  async function screen(path: string): Promise<RapportAdminShell> {
    history.replaceState(null, '', path);
    const shell = await mount('rapport-admin-shell', { api, session });
    await shell.updateComplete;
    const main = shell.shadowRoot!.querySelector('main')!;
    await waitFor(() => !busy(main), `${path} loaded`, 8000);
    scrollTo(0, 0);
    return shell;
  }

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
    const [productId] = await shop.products([{ title: 'Stoneware mug' }]);
    await shop.orders([DETAIL_ORDER]);
    [, item] = await shop.seed([PAST_ITEM, detailItem(productId)]);
    await shop.mail([{ to: 'ann@example.com', subject: 'We received your message', text: 'Hello', status: 'limited', attempts: 0 }]);
    ({ api, session } = await shop.signIn());
  });
  afterEach(async () => {
    unmountAll();
    history.replaceState(null, '', original);
    await applyAdminLocale('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('never scrolls the page sideways, and has no axe violations', async function () {
    this.timeout(180_000);
    for (const [width, height] of SIZES) {
      await setViewport({ width, height });
      for (const locale of LOCALES) {
        await applyAdminLocale(locale);
        for (const path of pages()) {
          const shell = await screen(path);
          expect(document.documentElement.scrollWidth, `${path} ${locale} ${width}`).to.be.at.most(width);
          await expectAccessible(shell);
          unmountAll();
        }
      }
    }
  });

  it('reaches every control of the detail and the settings with the keyboard, each with a visible focus', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1280, height: 800 });
    for (const path of [`/admin/inbox/${item.id}`, '/admin/settings']) {
      const shell = await screen(path);
      const all = focusables(shell.shadowRoot!);
      shell.shadowRoot!.querySelector<HTMLElement>('header button, header select')!.focus();
      const reached = new Set<Element>();
      const unseen: string[] = [];
      for (let i = 0; i < all.length + 5; i++) {
        await sendKeys({ press: 'Tab' });
        const el = focused();
        if (!el || !all.includes(el)) continue;
        reached.add(el);
        if (!showsFocus(el)) unseen.push(el.id || el.className || el.localName);
      }
      // A group of radio buttons is one stop (its other buttons are reached with the arrow keys).
      const stop = (el: Element) => (el instanceof HTMLInputElement && el.type === 'radio'
        ? all.some((o) => o instanceof HTMLInputElement && o.name === el.name && reached.has(o)) : reached.has(el));
      const missed = all.filter((el) => !stop(el)).map((el) => el.id || el.className || el.localName);
      expect(missed, `${path}: not reached by Tab`).to.deep.equal([]);
      expect(unseen, `${path}: no visible focus`).to.deep.equal([]);
      unmountAll();
    }
  });
});

/** Whether anything under `root` (through shadow roots) is still loading: a live "Loading…" status or a busy region. */
function busy(root: Element | ShadowRoot): boolean {
  for (const el of root.querySelectorAll('*')) {
    if (el.getAttribute('aria-busy') === 'true' || (el.getAttribute('role') === 'status' && /…$/.test(el.textContent!.trim()))) return true;
    if (el.shadowRoot && busy(el.shadowRoot)) return true;
  }
  return false;
}
