import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { applyAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import zhHans from '../../../../widgets/admin/settings/locales/zh-Hans.ts';
import zhHant from '../../../../widgets/admin/settings/locales/zh-Hant.ts';
import '../../../../widgets/admin/settings/rapport-admin-delivery-rules.ts';
import { sectionBench } from './section-bench.ts';
import type { RapportAdminDeliveryRules } from '../../../../widgets/admin/settings/rapport-admin-delivery-rules.ts';
import { AXE_MS, text, unmountAll } from '../helpers.ts';
import { expectAccessible, waitFor } from '../../helpers.ts';

const DEFAULT_RULES = { processingDays: 2, transitDays: 5, methods: [] };
const root = (el: RapportAdminDeliveryRules) => el.shadowRoot!;
const input = (el: RapportAdminDeliveryRules, sel: string) => root(el).querySelector<HTMLInputElement>(sel)!;
const rows = (el: RapportAdminDeliveryRules) => [...root(el).querySelectorAll<HTMLLIElement>('.row')];
const submit = (el: RapportAdminDeliveryRules) => root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
const addButton = (el: RapportAdminDeliveryRules) => root(el).querySelector<HTMLButtonElement>('#add-method')!;
const focused = (el: RapportAdminDeliveryRules) => root(el).activeElement as HTMLElement | null;
/** Types into the row's fields as a merchant would (the element learns names on change). */
function fill(row: HTMLLIElement, name: string, processing: number, transit: number) {
  const [nameInput, p, t] = [...row.querySelectorAll<HTMLInputElement>('input')];
  nameInput!.value = name;
  nameInput!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  p!.value = String(processing);
  t!.value = String(transit);
}

describe('<rapport-admin-delivery-rules>', () => {
  const bench = sectionBench('rapport-admin-delivery-rules', (api) => api.saveDeliveryRules(DEFAULT_RULES));
  const form = () => bench.form();
  before(() =>
    bench.shop.orders([
      { number: 'DR-1', email: 'a@example.com', shippingMethod: 'Express (1–2 days)' },
      { number: 'DR-2', email: 'b@example.com', shippingMethod: 'Express (1–2 days)' },
      { number: 'DR-3', email: 'c@example.com', shippingMethod: 'Standard post' },
    ]));

  it('has no axe violations, with a method row', async function () {
    this.timeout(AXE_MS);
    const el = await form();
    addButton(el).click();
    await waitFor(() => rows(el).length === 1, 'a row');
    await expectAccessible(el);
  });

  it('shows the default days, no method rows yet, and the methods the orders came with', async () => {
    const el = await form();
    expect([input(el, '#default-processing').value, input(el, '#default-transit').value]).to.deep.equal(['2', '5']);
    expect(rows(el)).to.have.length(0);
    expect(text(root(el).querySelector('fieldset:nth-of-type(2)'))).to.contain('No method has days of its own');
    expect(text(root(el).querySelector('fieldset:nth-of-type(2)'))).to.contain('Your orders came with: Express (1–2 days) · Standard post');
    expect([...root(el).querySelectorAll('datalist option')].map((o) => (o as HTMLOptionElement).value)).to.deep.equal(['Express (1–2 days)', 'Standard post']);
  });

  it('adds a method with its own days (focus on its name), saves it with the defaults and says so', async () => {
    const el = await form();
    addButton(el).click();
    await waitFor(() => rows(el).length === 1, 'a row');
    await waitFor(() => focused(el)?.id === input(el, '.row input[name=method]').id, 'focus on the new name');
    fill(rows(el)[0]!, '  Express ', 0, 1);
    input(el, '#default-transit').value = '6';
    submit(el);
    await waitFor(() => text(root(el).querySelector('[role=status]')) === 'Saved.', 'the saved notice');
    const expected = { processingDays: 2, transitDays: 6, methods: [{ name: 'Express', processingDays: 0, transitDays: 1 }] };
    const [saved] = await bench.shop.requests({ method: 'PUT', path: '/v1/admin/settings/delivery' });
    expect(saved.body).to.deep.equal(expected);
    const now = await bench.api.deliveryRules();
    expect(now.ok && now.value).to.deep.equal({ ...expected, knownMethods: ['Express (1–2 days)', 'Standard post'] });
    // What the server saved is what the form shows; a named method leaves the suggestions.
    expect(rows(el).map((r) => r.querySelector<HTMLInputElement>('input[name=method]')!.value)).to.deep.equal(['Express']);
    expect(rows(el)[0]!.querySelector('button')!.getAttribute('aria-label')).to.equal('Remove Express');
  });

  it('removes a row (focus back on Add, what was typed in the others kept), and ignores a row left empty', async () => {
    await bench.api.saveDeliveryRules({ ...DEFAULT_RULES, methods: [{ name: 'Express', processingDays: 0, transitDays: 1 }, { name: 'Standard', processingDays: 1, transitDays: 4 }] });
    const el = await form();
    await waitFor(() => rows(el).length === 2, 'two rows');
    input(el, `#${rows(el)[1]!.querySelector('input[name=methodTransitDays]')!.id}`).value = '3';
    rows(el)[0]!.querySelector('button')!.click();
    await waitFor(() => rows(el).length === 1, 'one row left');
    await waitFor(() => focused(el)?.id === 'add-method', 'focus on Add');
    expect(rows(el)[0]!.querySelector<HTMLInputElement>('input[name=methodTransitDays]')!.value).to.equal('3');
    addButton(el).click(); // added and left empty
    await waitFor(() => rows(el).length === 2, 'an empty row');
    submit(el);
    await waitFor(() => text(root(el).querySelector('[role=status]')) === 'Saved.', 'the saved notice');
    const saved = (await bench.shop.requests({ method: 'PUT', path: '/v1/admin/settings/delivery' })).at(-1)!;
    expect(saved.body).to.deep.equal({ ...DEFAULT_RULES, methods: [{ name: 'Standard', processingDays: 1, transitDays: 3 }] });
  });

  it('refuses a method named twice before sending, in the merchant’s words', async () => {
    const el = await form();
    addButton(el).click();
    addButton(el).click();
    await waitFor(() => rows(el).length === 2, 'two rows');
    fill(rows(el)[0]!, 'Express', 0, 1);
    fill(rows(el)[1]!, 'EXPRESS', 1, 2);
    submit(el);
    await waitFor(() => root(el).querySelector('[role=alert]'), 'the form error');
    expect(text(root(el).querySelector('[role=alert]'))).to.equal('“EXPRESS” is listed twice: keep one row for it.');
    expect(await bench.shop.requests({ method: 'PUT' })).to.deep.equal([]);
  });

  it('is worked with the keyboard alone: Add, type, Save', async () => {
    const el = await form();
    addButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focused(el)?.getAttribute('name') === 'method', 'focus on the new name');
    await sendKeys({ type: 'Overnight' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '0' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Enter' }); // submits the form from a field
    await waitFor(() => text(root(el).querySelector('[role=status]')) === 'Saved.', 'the saved notice');
    const now = await bench.api.deliveryRules();
    expect(now.ok && now.value.methods).to.deep.equal([{ name: 'Overnight', processingDays: 0, transitDays: 1 }]);
  });

  it('fits 390 and 1280 px in every language without scrolling sideways, with no axe violations', async function () {
    this.timeout(90_000);
    await bench.api.saveDeliveryRules({ ...DEFAULT_RULES, methods: [{ name: 'Express International Priority (with tracking)', processingDays: 1, transitDays: 6 }] });
    try {
      for (const width of [390, 1280]) {
        await setViewport({ width, height: 844 });
        for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) {
          await applyAdminLocale(locale);
          const el = await form();
          const zh = locale === 'zh-Hans' ? zhHans : locale === 'zh-Hant' ? zhHant : undefined;
          if (zh) await waitFor(() => text(root(el).querySelector('h2')) === zh['rules.heading'], `${locale} heading`);
          await waitFor(() => rows(el).length === 1, 'the saved row');
          expect(document.documentElement.scrollWidth, `${locale} ${width}`).to.be.at.most(width);
          expect(el.getBoundingClientRect().right, `${locale} ${width} card`).to.be.at.most(width);
          await expectAccessible(el);
          unmountAll();
        }
      }
    } finally {
      await applyAdminLocale('en');
      await setViewport({ width: 800, height: 600 });
    }
  });
});
