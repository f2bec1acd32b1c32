import { expect } from '@esm-bundle/chai';
import { LOCALE_STORAGE_KEY, applyAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import type { AdminCatalog } from '../../../../widgets/admin/app/admin-i18n.ts';
import appEn from '../../../../widgets/admin/app/locales/en.ts';
import feedbackEn from '../../../../widgets/admin/feedback/locales/en.ts';
import settingsEn from '../../../../widgets/admin/settings/locales/en.ts';
import '../../../../widgets/admin/app/rapport-admin-app.ts';
import '../../../../widgets/admin/app/rapport-admin-shell.ts';
import type { RapportAdminShell } from '../../../../widgets/admin/app/rapport-admin-shell.ts';
import '../../../../widgets/admin/app/rapport-admin-sign-in.ts';
import { AdminApi, type AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import { AXE_MS, adminShop, mount, text, unmountAll, type AdminShop, type Seeded } from '../helpers.ts';
import { ITEMS, ORDERS } from '../feedback/inbox-data.ts';
import { SETUP_MS, expectAccessible, waitFor } from '../../helpers.ts';

const original = location.href;
const originalLang = document.documentElement.getAttribute('lang');
const at = (path: string) => history.replaceState(null, '', path);

let shop: AdminShop;
let api: AdminApi;
let session: AdminSession;
/** The seeded ITEMS. */
let items: Seeded[];

async function shell(path: string): Promise<RapportAdminShell> {
  at(path);
  return mount('rapport-admin-shell', { api, session });
}

const menuOf = (root: ShadowRoot) => root.querySelector('rapport-admin-locale-menu')!.shadowRoot!;
const navLabels = (el: RapportAdminShell) => [...el.shadowRoot!.querySelectorAll('nav a')].map(text);

/** Picks a language in the menu as a person would. */
function choose(root: ShadowRoot, locale: string): void {
  const select = menuOf(root).querySelector('select')!;
  select.value = locale;
  select.dispatchEvent(new Event('change'));
}

/** Everything a page shows or says, through every shadow root: text, labels, placeholders, tooltips. */
function deepText(node: Node): string {
  let out = node.nodeType === Node.TEXT_NODE ? node.textContent ?? '' : '';
  if (node instanceof Element) {
    out += ['aria-label', 'placeholder', 'title'].map((a) => ` ${node.getAttribute(a) ?? ''} `).join('');
    if (node.shadowRoot) out += deepText(node.shadowRoot);
  }
  for (const child of node.childNodes) out += deepText(child);
  return out;
}

/** The English catalogs' phrases of two words or more (placeholders cut out), every area's. */
async function englishPhrases(): Promise<string[]> {
  const catalogs: AdminCatalog<string>[] = [appEn, feedbackEn, settingsEn];
  const all = catalogs.flatMap((en) => Object.values(en)).flatMap((e) => (typeof e === 'string' ? [e] : [e.one ?? '', e.other]));
  return all.flatMap((s) => s.split(/\{\w+\}/)).map((s) => s.trim()).filter((s) => /[A-Za-z]+ [A-Za-z]+/.test(s));
}

const fetched = (file: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(file));

describe('<rapport-admin-locale-menu>', () => {
  before(async function () {
    this.timeout(SETUP_MS);
    shop = await adminShop();
    await shop.orders(ORDERS);
    items = await shop.seed(ITEMS);
    ({ api, session } = await shop.signIn());
  });
  afterEach(async () => {
    unmountAll();
    at(original);
    await applyAdminLocale('en');
    if (originalLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalLang);
    localStorage.removeItem(LOCALE_STORAGE_KEY);
  });

  it('has no axe violations in Simplified Chinese, signed in and on the sign-in page', async function () {
    this.timeout(AXE_MS);
    await applyAdminLocale('zh-Hans');
    const el = await shell('/admin/settings');
    await waitFor(() => text(el.shadowRoot!.querySelector('h1')) === '设置', 'the settings page in zh-Hans');
    await expectAccessible(el);
    unmountAll();
    await expectAccessible(await mount('rapport-admin-sign-in', { api: new AdminApi(location.origin) }));
  });

  // Runs before any test here needs Traditional Chinese.
  it('fetches only the chosen language’s texts', async () => {
    await applyAdminLocale('zh-Hans');
    expect(fetched('/widgets/admin/app/locales/zh-Hans.ts')).to.equal(true);
    expect(fetched('/widgets/admin/app/locales/zh-Hant.ts')).to.equal(false);
  });

  it('switches the navigation live from the header, and remembers the choice', async () => {
    const el = await shell('/admin/settings');
    const select = menuOf(el.shadowRoot!).querySelector('select')!;
    expect(text(select.labels![0])).to.equal('Language');
    expect([...select.options].map((o) => [o.value, o.lang, text(o)])).to.deep.equal([
      ['en', 'en', 'English'], ['zh-Hans', 'zh-Hans', '简体中文'], ['zh-Hant', 'zh-Hant', '繁體中文'],
    ]);

    choose(el.shadowRoot!, 'zh-Hant');
    await waitFor(() => navLabels(el)[0] === '收件匣', 'the navigation in zh-Hant');
    expect(navLabels(el)).to.deep.equal(['收件匣', '訂單', '常見問題', '退貨', '顧客', '數據分析', '推薦', '設定']);
    expect(text(el.shadowRoot!.querySelector('h1'))).to.equal('設定');
    expect(text(select.labels![0])).to.equal('語言');
    expect(select.value).to.equal('zh-Hant');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('zh-Hant');
    expect(document.documentElement.lang).to.equal('zh-Hant');
    expect(document.title).to.equal(`設定 · ${shop.name} · Rapport 商家後台`);

    choose(el.shadowRoot!, 'en');
    await waitFor(() => navLabels(el)[0] === 'Inbox', 'the navigation in English again');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('en');
    expect(document.documentElement.lang).to.equal('en');
  });

  it('re-renders every part of the open pages, leaving no English sentence behind', async function () {
    this.timeout(20_000);
    const phrases = await englishPhrases();
    for (const path of ['/admin/inbox', `/admin/inbox/${items[0].id}`, '/admin/settings', '/admin/returns']) {
      const el = await shell(path);
      await waitFor(() => /3 items|Conversation|First response within|No return requests/.test(deepText(el)), `${path} loaded`);
      const inbox = el.shadowRoot!.querySelector('rapport-admin-inbox')?.shadowRoot;
      if (inbox) {
        const table = inbox.querySelector('rapport-admin-inbox-table')!.shadowRoot!;
        table.querySelector<HTMLInputElement>('tbody input[type=checkbox]')!.click();
        await waitFor(() => inbox.querySelector('rapport-admin-bulk-bar'), 'the bulk bar');
      }
      await applyAdminLocale('zh-Hans');
      await waitFor(() => !/Inbox/.test(text(el.shadowRoot!.querySelector('nav'))), `${path} in zh-Hans`);
      await new Promise((r) => setTimeout(r, 50));
      const shown = deepText(el);
      expect(phrases.filter((p) => shown.includes(p)), path).to.deep.equal([]);
      unmountAll();
      await applyAdminLocale('en');
    }
  });

  it('starts the app in the remembered language, marking the app and the page, with no flash of English', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-Hant');
    await shop.fault('slow', { path: '/v1/admin/session', ms: 1000 }); // the session check is still on its way
    try {
      const el = await mount('rapport-admin-app', { apiBase: location.origin });
      expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.equal('正在載入後台…');
      expect(el.lang).to.equal('zh-Hant');
      expect(document.documentElement.lang).to.equal('zh-Hant');
    } finally {
      await shop.fault('ok');
    }
  });

  it('sits on the sign-in page too, after the form, so focusing the page still lands in the email field', async () => {
    const form = await mount('rapport-admin-sign-in', { api: new AdminApi(location.origin) });
    const root = form.shadowRoot!;
    expect(root.querySelector('form ~ rapport-admin-locale-menu, .card ~ rapport-admin-locale-menu')).to.not.equal(null);
    form.focus();
    expect(root.activeElement?.id).to.equal('email');
    choose(root, 'zh-Hans');
    await waitFor(() => text(root.querySelector('h1')) === '登录你的店铺', 'the sign-in form in zh-Hans');
    expect(text(root.querySelector('label[for=email]'))).to.equal('邮箱');
  });
});
