import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AdminSession } from '../../../../widgets/admin/app/admin-api.ts';
import { applyAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import zhHans from '../../../../widgets/admin/recommendations/locales/zh-Hans.ts';
import zhHant from '../../../../widgets/admin/recommendations/locales/zh-Hant.ts';
import '../../../../widgets/admin/recommendations/rapport-admin-recommendations.ts';
import type { RapportAdminRecommendations } from '../../../../widgets/admin/recommendations/rapport-admin-recommendations.ts';
import { RecommendationsApi, type RecommendationSettings } from '../../../../widgets/admin/recommendations/recommendations-api.ts';
import { AXE_MS, adminShop, mount, text, unmountAll, type AdminShop } from '../helpers.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';
import { recsShop, type RecsShop } from './recs-data.ts';

type Part = 'performance' | 'rules' | 'explain' | 'model';
const TAGS: Record<Part, string> = {
  performance: 'rapport-admin-placement-performance', rules: 'rapport-admin-placement-rules',
  explain: 'rapport-admin-recommendation-explain', model: 'rapport-admin-recommendation-model',
};
const part = (el: RapportAdminRecommendations, p: Part): ShadowRoot => el.shadowRoot!.querySelector(TAGS[p])!.shadowRoot!;
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A placement's figures as the table shows them: impressions, clicks, click-through, purchases, revenue. */
function row(el: RapportAdminRecommendations, placement: string): string[] {
  const tr = part(el, 'performance').querySelector(`tr[data-placement=${placement}]`);
  return [...(tr?.querySelectorAll('td.num') ?? [])].map(text);
}

/** Whether the page has what it loads: the figures, the rules and the model. */
const loaded = (el: RapportAdminRecommendations) =>
  !!part(el, 'performance').querySelector('tbody tr') && !!part(el, 'rules').querySelector('form, .rules')
  && !!part(el, 'model').querySelector('dl, .never');

describe('<rapport-admin-recommendations>', () => {
  let shop: AdminShop;
  let recs: RecsShop;
  let api: RecommendationsApi;
  let session: AdminSession;
  let original: RecommendationSettings;

  async function page(): Promise<RapportAdminRecommendations> {
    const el = await mount('rapport-admin-recommendations', { api, session });
    await waitFor(() => loaded(el), 'the page loaded', 8000);
    return el;
  }

  async function signIn(as: 'owner' | 'agent' = 'owner') {
    const s = await shop.signIn(as);
    api = s.api.area(RecommendationsApi);
    session = s.session;
  }

  before(async function () {
    this.timeout(90_000);
    shop = await adminShop();
    recs = await recsShop(shop);
    await signIn();
    const saved = await api.settings();
    if (!saved.ok) throw new Error('settings not readable');
    original = saved.value;
  });
  afterEach(async () => {
    unmountAll();
    await applyAdminLocale('en');
    await api.saveSettings(original);
  });

  it('has no axe violations, loaded and with an explained list', async function () {
    this.timeout(AXE_MS);
    const el = await page();
    await expectAccessible(el);
    const explain = part(el, 'explain');
    explain.querySelector<HTMLInputElement>('#explain-who')!.value = recs.customer.email;
    explain.querySelector('form')!.requestSubmit();
    await waitFor(() => explain.querySelector('.items li'), 'the explained list', 5000);
    await expectAccessible(el);
  });

  describe('the model', () => {
    it('says when it was trained and on how many events and shoppers', async () => {
      const el = await page();
      const model = await api.model();
      if (!model.ok) throw new Error('no model info');
      expect(model.value.trainedAt).to.be.a('string');
      expect(model.value.interactions).to.be.greaterThan(0);
      const facts = [...part(el, 'model').querySelectorAll('dl > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
      expect(facts[0][0]).to.equal('Last trained');
      expect(part(el, 'model').querySelector('time')!.getAttribute('datetime')).to.equal(model.value.trainedAt);
      expect(facts.slice(1)).to.deep.equal([
        ['Events learned from', model.value.interactions.toLocaleString('en')],
        ['Shoppers', model.value.shoppers.toLocaleString('en')],
      ]);
    });

    it('"Train now" queues a training and says when the new model is in use', async function () {
      this.timeout(40_000);
      const el = await page();
      const model = part(el, 'model');
      const before = model.querySelector('time')!.getAttribute('datetime');
      const jobs = (await recs.jobs()).length;
      const button = [...model.querySelectorAll('button')].find((b) => text(b) === 'Train now')!;
      button.click();
      const status = () => text(model.querySelector('.status-line[role=status]'));
      await waitFor(() => status() === 'Training queued. The new model is in use within a few minutes.', 'the queued message');
      const queued = await recs.jobs();
      expect(queued).to.have.length(jobs + 1);
      expect(queued.at(-1)!.status).to.equal('pending');
      await recs.train(); // what the job runner does with the queued job
      await waitFor(() => status() === 'Trained. The new model is in use.', 'the trained message', 25_000);
      expect(model.querySelector('time')!.getAttribute('datetime')).to.not.equal(before);
    });

    it('lets an agent read the model and the figures, but not train or switch', async function () {
      this.timeout(10_000);
      await signIn('agent');
      try {
        const el = await page();
        const model = part(el, 'model');
        expect([...model.querySelectorAll('button')].map(text)).to.deep.equal(['Refresh']);
        expect(text(model.querySelector('.hint'))).to.equal('Only an owner can start a training.');
        const perf = part(el, 'performance');
        expect(perf.querySelector('[role=switch]')).to.equal(null);
        expect(text(perf.querySelector('tr[data-placement=home] .badge'))).to.equal('On');
        expect(part(el, 'rules').querySelector('form')).to.equal(null);
        expect(text(part(el, 'rules').querySelector('.url-read code'))).to.equal(original.productUrl);
      } finally {
        await signIn('owner');
      }
    });
  });

  describe('performance', () => {
    it('counts impressions, clicks, click-through and attributed purchases per placement over the period', async () => {
      const el = await page();
      const perf = part(el, 'performance');
      // Last 30 days (the default): the two home lists, each clicked and bought from (48.00 + 30.00).
      expect(row(el, 'home')).to.deep.equal(['2', '2', '100%', '2', '$78.00']);
      expect(row(el, 'product')).to.deep.equal(['2', '0', '0%', '0', '$0.00']);
      expect(row(el, 'cart')).to.deep.equal(['0', '0', '–', '0', '$0.00']);
      expect([...perf.querySelectorAll('tfoot td.num')].map(text)).to.deep.equal(['4', '2', '50%', '2', '$78.00']);
      expect(text(perf.querySelector('.note'))).to.contain('within 7 days of the click');

      const period = (days: number) => [...perf.querySelectorAll<HTMLInputElement>('input[name=period]')].find((i) => i.value === String(days))!;
      period(7).click();
      await waitFor(() => row(el, 'home')[0] === '1', 'the last 7 days');
      expect(row(el, 'home')).to.deep.equal(['1', '1', '100%', '1', '$48.00']);
      expect(row(el, 'product')).to.deep.equal(['2', '0', '0%', '0', '$0.00']);
      period(90).click();
      await waitFor(() => row(el, 'cart')[0] === '1', 'the last 90 days');
      expect(row(el, 'cart')).to.deep.equal(['1', '1', '100%', '0', '$0.00']);
      expect(row(el, 'home')).to.deep.equal(['2', '2', '100%', '2', '$78.00']);
      expect(text(perf.querySelector('caption'))).to.equal('Performance per placement in the last 90 days');
    });

    it('switches a placement off and on, saved on the server and said', async () => {
      const el = await page();
      const perf = part(el, 'performance');
      const toggle = () => perf.querySelector<HTMLButtonElement>('tr[data-placement=cart] [role=switch]')!;
      expect(toggle().getAttribute('aria-label')).to.equal('Recommendations: Cart');
      expect(toggle().getAttribute('aria-checked')).to.equal('true');
      toggle().click();
      const status = () => text(perf.querySelector('.status'));
      await waitFor(() => status() === 'Cart: recommendations are off. Shoppers see none there.', 'switched off');
      expect(toggle().getAttribute('aria-checked')).to.equal('false');
      const off = await api.settings();
      expect(off.ok && off.value.placements.cart.enabled).to.equal(false);
      // The explain view uses the same settings: the cart shows nothing now.
      const listed = await api.explain({ placement: 'cart' });
      expect(listed.ok && listed.value.list.enabled).to.equal(false);
      toggle().click();
      await waitFor(() => status() === 'Cart: recommendations are on.', 'switched on');
      const on = await api.settings();
      expect(on.ok && on.value.placements.cart.enabled).to.equal(true);
    });

    it('says when a switch could not be saved, and shows what is saved', async () => {
      const el = await page();
      const perf = part(el, 'performance');
      await shop.fault('down', { path: '/v1/admin/settings/recommendations' });
      try {
        perf.querySelector<HTMLButtonElement>('tr[data-placement=home] [role=switch]')!.click();
        await waitFor(() => text(perf.querySelector('.error[role=alert]')).startsWith('Couldn’t switch Home page.'), 'the failure');
        expect(perf.querySelector('tr[data-placement=home] [role=switch]')!.getAttribute('aria-checked')).to.equal('true');
      } finally {
        await shop.fault('ok');
      }
    });
  });

  describe('placement rules', () => {
    const field = (el: RapportAdminRecommendations, id: string) => part(el, 'rules').querySelector<HTMLInputElement>(`#${id}`)!;
    const submit = (el: RapportAdminRecommendations) => part(el, 'rules').querySelector('form')!.requestSubmit();
    const said = (el: RapportAdminRecommendations) => text(part(el, 'rules').querySelector('.status-line'));

    it('saves categories and the product address, and shows them again after a reload', async () => {
      const el = await page();
      // A switch flipped first: saving the form afterwards must keep it off.
      part(el, 'performance').querySelector<HTMLButtonElement>('tr[data-placement=email] [role=switch]')!.click();
      await waitFor(() => text(part(el, 'performance').querySelector('.status')).startsWith('Emails:'), 'the switch saved');
      field(el, 'only-home').value = 'Plants, Tea，Plants ,';
      field(el, 'never-product').value = 'Tea';
      field(el, 'product-url').value = ' https://plants.example/p/{handle} ';
      submit(el);
      await waitFor(() => said(el) === 'Saved.', 'Saved.');
      const saved = await api.settings();
      if (!saved.ok) throw new Error('not readable');
      expect(saved.value.productUrl).to.equal('https://plants.example/p/{handle}');
      expect(saved.value.placements.home).to.deep.equal({ enabled: true, includeCategories: ['Plants', 'Tea'], excludeCategories: [] });
      expect(saved.value.placements.product).to.deep.equal({ enabled: true, includeCategories: [], excludeCategories: ['Tea'] });
      expect(saved.value.placements.email.enabled).to.equal(false);

      unmountAll();
      const again = await page();
      expect(field(again, 'only-home').value).to.equal('Plants, Tea');
      expect(field(again, 'never-product').value).to.equal('Tea');
      expect(field(again, 'product-url').value).to.equal('https://plants.example/p/{handle}');
      // What the product page may show now: no tea.
      const listed = await api.explain({ placement: 'product' });
      expect(listed.ok && listed.value.list.items.map((i) => i.product.category)).to.not.include('Tea');
    });

    it('marks the fields the server refused, says why, and keeps what was saved', async () => {
      const el = await page();
      field(el, 'product-url').value = 'products/{handle}';
      field(el, 'never-cart').value = 'x'.repeat(101);
      submit(el);
      const url = field(el, 'product-url');
      await waitFor(() => url.getAttribute('aria-invalid') === 'true', 'the address marked');
      const rules = part(el, 'rules');
      expect(text(rules.querySelector('#product-url-error'))).to.equal('A path like /products/{handle} or an https:// address with {handle}');
      expect(url.getAttribute('aria-describedby')).to.equal('product-url-error product-url-hint');
      expect(field(el, 'never-cart').getAttribute('aria-invalid')).to.equal('true');
      expect(text(rules.querySelector('#never-cart-error'))).to.equal('At most 50 categories, each up to 100 characters.');
      expect(field(el, 'only-home').getAttribute('aria-invalid')).to.equal('false');
      expect(text(rules.querySelector('.error[role=alert]'))).to.not.equal('');
      expect(said(el)).to.equal('');
      const saved = await api.settings();
      expect(saved.ok && saved.value).to.deep.equal(original);
      // Typing again clears the marks.
      url.value = '/products/{handle}';
      url.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await waitFor(() => url.getAttribute('aria-invalid') === 'false', 'the mark cleared');
    });
  });

  describe('why this recommendation', () => {
    async function explain(el: RapportAdminRecommendations, who: string, placement = 'home') {
      const root = part(el, 'explain');
      const select = root.querySelector<HTMLSelectElement>('#explain-placement')!;
      select.value = placement;
      select.dispatchEvent(new Event('change'));
      root.querySelector<HTMLInputElement>('#explain-who')!.value = who;
      root.querySelector('form')!.requestSubmit();
      await (root.host as RapportAdminRecommendations).updateComplete;
      await waitFor(() => root.querySelector('.summary, .result [role=alert]') && root.querySelector('.result')!.getAttribute('aria-busy') === 'false', 'the answer', 5000);
      return root;
    }

    it('shows a customer\'s list with each item\'s reason, and the events it used', async () => {
      const el = await page();
      const root = await explain(el, recs.customer.email);
      expect(text(root.querySelector('.summary'))).to.equal(`For ${recs.customer.email} Personal: from this shopper’s own activity`);
      const items = [...root.querySelectorAll('.items li')];
      expect(items.length).to.be.greaterThan(0);
      const answer = await api.explain({ placement: 'home', who: recs.customer.email });
      if (!answer.ok) throw new Error('explain failed');
      expect(items.map((li) => text(li.querySelector('.title')))).to.deep.equal(
        answer.value.list.items.map((i) => (i.product.variant ? `${i.product.title} · ${i.product.variant.title}` : i.product.title)));
      for (const [i, li] of items.entries()) {
        expect(text(li.querySelector('q')), `item ${i}`).to.equal(answer.value.list.items[i].reason.text).and.not.equal('');
        expect(text(li.querySelector('.reason .badge')), `item ${i}`).to.not.equal('');
      }
      // Mia's views, newest first: the pilea, then the pothos.
      const history = [...root.querySelectorAll('.history li')].map((li) => [text(li.querySelector('.kind')), text(li.querySelector('.product'))]);
      expect(history.slice(0, 2).map(([kind]) => kind)).to.deep.equal(['Viewed', 'Viewed']);
      expect(answer.value.history.slice(0, 2).map((h) => h.product?.id)).to.deep.equal([recs.ids.pilea, recs.ids.pothos]);
    });

    it('says plainly when no customer has the email', async () => {
      const el = await page();
      const root = await explain(el, 'nobody@example.com');
      expect(text(root.querySelector('.result [role=alert]'))).to.equal(
        'No customer has the email nobody@example.com. Check the address, or paste the customer’s id or a visitor id.');
    });

    it('explains a visitor, and a new visitor', async () => {
      const el = await page();
      let root = await explain(el, 'v_browser_0001');
      expect(text(root.querySelector('.summary'))).to.match(/^For visitor v_browser_0001 Personal/);
      expect(root.querySelectorAll('.history li').length).to.equal(4);
      root = await explain(el, '', 'profile');
      expect(text(root.querySelector('.summary'))).to.equal('For a new visitor Not personal: what is popular and trending, for anyone');
      expect(text(root.querySelector('.result'))).to.contain('No events from this shopper yet');
    });
  });

  it('speaks 简体 and 繁體: headings, placements and switches', async () => {
    for (const [locale, zh] of [['zh-Hans', zhHans], ['zh-Hant', zhHant]] as const) {
      await applyAdminLocale(locale);
      const el = await page();
      await waitFor(() => text(part(el, 'performance').querySelector('h2')) === zh['perf.heading'], `${locale} headings`);
      const headings = (['performance', 'rules', 'explain', 'model'] as const).map((p) => text(part(el, p).querySelector('h2')));
      expect(headings).to.deep.equal([zh['perf.heading'], zh['rules.heading'], zh['explain.heading'], zh['model.heading']]);
      const home = part(el, 'performance').querySelector('tr[data-placement=home]')!;
      expect(text(home.querySelector('th'))).to.equal(zh['placement.home']);
      expect(text(home.querySelector('.state'))).to.equal(zh['perf.on']);
      expect(row(el, 'home')[4]).to.equal(locale === 'zh-Hans' ? 'US$78.00' : 'US$78.00');
      unmountAll();
    }
  });

  it('fits 390 and 1280 px in every language without scrolling sideways, with no axe violations', async function () {
    this.timeout(90_000);
    try {
      for (const width of [390, 1280]) {
        await setViewport({ width, height: 844 });
        for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) {
          await applyAdminLocale(locale);
          const el = await page();
          expect(document.documentElement.scrollWidth, `${locale} ${width}`).to.be.at.most(width);
          await expectAccessible(el);
          unmountAll();
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reaches every control with the keyboard, each with a visible focus', async function () {
    this.timeout(30_000);
    const el = await page();
    const all = focusables(el.shadowRoot!);
    expect(all.length).to.be.greaterThan(20);
    const reached = new Set<Element>();
    const unseen: string[] = [];
    document.body.tabIndex = -1;
    document.body.focus();
    for (let i = 0; i < all.length + 5; i++) {
      await sendKeys({ press: 'Tab' });
      const f = focused();
      if (!f || !all.includes(f)) continue;
      reached.add(f);
      if (!showsFocus(f)) unseen.push(f.id || f.className || f.localName);
    }
    const stop = (e: Element) => (e instanceof HTMLInputElement && e.type === 'radio'
      ? all.some((o) => o instanceof HTMLInputElement && o.name === e.name && reached.has(o)) : reached.has(e));
    expect(all.filter((e) => !stop(e)).map((e) => e.id || e.className || e.localName), 'not reached by Tab').to.deep.equal([]);
    expect(unseen, 'no visible focus').to.deep.equal([]);
  });
});

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
  const shown = style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0);
  // A visually hidden radio shows its focus on the label's text beside it.
  return shown || (el instanceof HTMLInputElement && el.type === 'radio' && getComputedStyle(el.nextElementSibling!).boxShadow !== 'none');
}
