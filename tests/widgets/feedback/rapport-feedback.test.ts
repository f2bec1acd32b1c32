/**
 * @module Tests of <rapport-feedback>, the form: accessible, kinds and scores as the page
 * asks, checks in the shopper's language next to each field,
 * the context it attaches, the thank-you, theming — against the real API, which checks the
 * order and product against its database and answers with its stored reference and FAQ.
 * (Photos: rapport-feedback-photos.test.ts; queue: rapport-feedback-queue.test.ts; spam
 * defences: rapport-feedback-spam.test.ts.)
 */
import { expect } from '@esm-bundle/chai';
import type { RapportFeedback, RapportFeedbackSubmitEvent } from '../../../widgets/feedback/rapport-feedback.ts';
import { cleanup, expectAccessible, fixture, settle, startLoader, testShop, tick, waitFor, watchPageErrors, SETUP_MS, type TestShop } from '../helpers.ts';
import { $, $$, choose, feedbackLog, file, fill, image, send, text, thanks } from './helpers.ts';

const PRODUCT = '0b5e8a36-3f0e-4c52-9d0a-6a1f2c3b4d5e';
const mount = (attrs = '') => fixture<RapportFeedback>(`<rapport-feedback lang="en" ${attrs}></rapport-feedback>`);
let shop: TestShop;
const log = () => feedbackLog(shop);

/** FAQ articles in the order the API ranks them for "My parcel never came" (trigram similarity), and one it does not match. */
const FAQ = ['My parcel never came: what now?', 'Is my parcel lost?', 'Where is my parcel?', 'When will my parcel come?', 'Do you ship abroad?'];

describe('<rapport-feedback>', () => {
  before(async function () {
    this.timeout(SETUP_MS); // a shop on the real API, the loader and the element's chunk
    shop = await testShop();
    await shop.orders([{ number: '1042', email: 'mei@example.com' }]);
    await shop.products([{ id: PRODUCT, title: 'Linen shirt' }]);
    await shop.faq(FAQ.map((q, i) => ({
      locale: 'en', question: q,
      answerMd: `## ${q}\n\n**Answer ${i + 1}:** see [our help page](https://shop.example/help). ${'Every word of this answer is here to make it long enough to be cut. '.repeat(5)}`,
    })));
    await startLoader(shop.key);
    await import('../../../widgets/feedback/rapport-feedback.ts');
  });
  beforeEach(() => shop.reset());
  afterEach(cleanup);

  it('has no accessibility violations: the form, its errors and the thank-you', async function () {
    this.timeout(15_000); // axe four times over the whole form, and a real image
    const el = await mount('mode="nps"');
    await expectAccessible(el);
    await send(el);
    await waitFor(() => $(el, '#text-error'), 'the errors');
    await expectAccessible(el);
    await fill(el, { kind: 'question', score: 9, text: 'Do you ship to Taipei?' });
    await choose(el, [file('box.png', await image('image/png'), 0)], 1);
    await expectAccessible(el);
    await send(el);
    await thanks(el);
    await expectAccessible(el);
  });

  it('offers only the kinds named in `kinds`, as a radio group with a legend', async () => {
    const el = await mount('kinds="praise, question,nonsense"');
    expect(text($(el, 'fieldset.kinds legend'))).to.equal('What is your feedback about?');
    expect($$<HTMLInputElement>(el, 'input[name=kind]').map((i) => [i.value, text(i.labels![0])])).to.deep.equal([
      ['praise', 'Praise'],
      ['question', 'Question'],
    ]);
    const all = await mount();
    expect($$(all, 'input[name=kind]')).to.have.length(4);
  });

  it('chooses the kind already when only one is offered', async () => {
    const el = await mount('kinds="complaint"');
    expect($<HTMLInputElement>(el, 'input[name=kind]')!.checked).to.equal(true);
  });

  it('asks CSAT by default: 1–5, each face drawn (no emoji a system may show as a box) and named by its label', async () => {
    const el = await mount();
    const radios = $$<HTMLInputElement>(el, 'input[name=score]');
    expect(radios.map((r) => r.value)).to.deep.equal(['1', '2', '3', '4', '5']);
    // The label's whole text is the radio's accessible name: the face adds no characters of its own.
    expect(radios.map((r) => text(r.labels![0]))).to.deep.equal([
      'Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied',
    ]);
    const faces = radios.map((r) => r.labels![0].querySelector('.face')!);
    expect(faces.map((f) => f.textContent!.trim())).to.deep.equal(['', '', '', '', '']);
    const drawn = faces.map((f) => f.querySelector('svg'));
    expect(drawn.every((svg) => svg?.getAttribute('aria-hidden') === 'true'), 'each face is an svg hidden from assistive technology').to.equal(true);
    expect(drawn.every((svg) => svg!.getBoundingClientRect().width >= 24), 'each face is drawn at least 24 px wide').to.equal(true);
    expect(new Set(drawn.map((svg) => svg!.innerHTML)).size, 'five different faces').to.equal(5);
    expect(text($(el, 'fieldset.score legend'))).to.equal('How satisfied are you?');
  });

  it('lets a pointer (or a test driver) click the radio itself anywhere on its chip', async () => {
    const el = await mount();
    for (const radio of $$<HTMLInputElement>(el, 'input[type=radio]')) {
      const box = radio.labels![0].getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit === radio, `the ${radio.name} ${radio.value} radio is hit`).to.equal(true);
    }
  });

  it('asks NPS 0–10 with the scale explained, and nothing in mode "none"', async () => {
    const nps = await mount('mode="nps"');
    expect($$<HTMLInputElement>(nps, 'input[name=score]').map((r) => r.value)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const group = $(nps, 'fieldset.score')!;
    expect(text(nps.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!))).to.equal('0 = not at all likely, 10 = extremely likely');
    const none = await mount('mode="none"');
    expect($(none, 'fieldset.score') === null, 'no fieldset.score').to.equal(true);
    const odd = await mount('mode="stars"');
    expect($$(odd, 'input[name=score]')).to.have.length(5);
  });

  it('explains what is missing in Simplified Chinese, next to each field, and focuses the first', async () => {
    const el = await fixture<RapportFeedback>('<div lang="zh-CN"><rapport-feedback></rapport-feedback></div>').then((d) => d.firstElementChild as RapportFeedback);
    await settle(el);
    expect(text($(el, '[part~=submit]'))).to.equal('提交反馈');
    await send(el);
    const kindError = await waitFor(() => $(el, '#kind-error'), 'the kind error');
    expect(kindError.getAttribute('role')).to.equal('alert');
    expect(text(kindError)).to.equal('请选择反馈类型。');
    expect(text($(el, '#text-error'))).to.equal('请填写留言（最多 5000 字）。');
    const textarea = $(el, '#text')!;
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(textarea.getAttribute('aria-describedby')!.split(' ')).to.include('text-error');
    expect($(el, 'fieldset.kinds')!.getAttribute('aria-describedby')).to.equal('kind-error');
    await tick();
    expect(el.shadowRoot!.activeElement === $(el, 'input[name=kind]'), 'the first kind is focused').to.equal(true);
    expect((await log()).requests).to.have.length(0);
  });

  it('refuses an invalid email in Traditional Chinese', async () => {
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="zh-TW"></rapport-feedback>');
    await fill(el, { kind: 'suggestion', text: '請增加更多尺寸', email: 'ada@' });
    await send(el);
    expect(text(await waitFor(() => $(el, '#email-error'), 'the email error'))).to.equal('請輸入有效的電子郵件地址，例如 name@example.com。');
    expect($(el, '#kind-error') === null, 'no #kind-error').to.equal(true);
  });

  it('keeps a pasted message longer than 5,000 characters whole, and says so before sending', async () => {
    const el = await mount();
    const area = $<HTMLTextAreaElement>(el, '#text')!;
    const long = 'The lid cracked. '.repeat(300).trim(); // 5,099 characters
    area.focus();
    document.execCommand('insertText', false, long); // as a paste: the browser's own editing, maxlength and all
    await settle(el);
    expect(area.value.length, 'nothing was cut').to.equal(5099);
    expect(area.value === long, 'the text as pasted').to.equal(true);
    expect(text($(el, '#text-count'))).to.equal('5099 / 5000 characters');
    const limit = $(el, '#text-limit')!;
    expect(limit.getAttribute('aria-live')).to.equal('polite');
    expect(text(limit)).to.equal('Your message is longer than 5000 characters. Shorten it before sending: nothing has been cut.');
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    expect(area.getAttribute('aria-describedby')).to.equal('text-count text-limit');
    await fill(el, { kind: 'complaint' });
    await send(el);
    const error = await waitFor(() => $(el, '#text-error'), 'the length error');
    expect(text(error)).to.equal('Your message is 99 characters too long. Shorten it to at most 5000 characters.');
    expect(area.value === long, 'the text kept').to.equal(true);
    expect((await log()).requests).to.have.length(0);
  });

  it('says when the message comes close to the limit, in Chinese too', async () => {
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="zh-Hans"></rapport-feedback>');
    await fill(el, { text: '很'.repeat(4500), quick: true });
    expect(text($(el, '#text-limit'))).to.equal('即将达到 5000 字的上限。');
    await fill(el, { text: '很'.repeat(4499), quick: true });
    expect(text($(el, '#text-limit'))).to.equal('');
    await fill(el, { text: '很'.repeat(5000), quick: true });
    expect($(el, '#text')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it("shows the API's field errors next to the field, in the shopper's language", async () => {
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="zh-Hans"></rapport-feedback>');
    // Loose enough for the widget's own check (something@something.tld), refused by the API's.
    await fill(el, { kind: 'question', text: '什么时候发货？', email: 'ada@example.c' });
    await send(el);
    const error = await waitFor(() => $(el, '#email-error'), 'the email error from the API');
    expect(text(error)).to.equal('请输入有效的电子邮箱地址，例如 name@example.com。');
    expect($(el, '#email')!.getAttribute('aria-describedby')).to.equal('email-hint email-error');
    const { requests, stored } = await log();
    expect(requests.map((r) => r.status)).to.deep.equal([400]);
    expect(stored).to.deep.equal([]);
    expect(($<HTMLTextAreaElement>(el, '#text')!).value).to.equal('什么时候发货？');
  });

  it('attaches the page, order, product and language, with an idempotency key', async () => {
    document.title = 'Linen shirt — Demo shop';
    const el = await fixture<RapportFeedback>(`<rapport-feedback lang="zh-TW" order="1042" product="${PRODUCT}"></rapport-feedback>`);
    await fill(el, { kind: 'complaint', score: 2, text: '  尺寸不對  ', email: 'mei@example.com' });
    await send(el);
    await thanks(el);
    const { requests, stored } = await log();
    expect(requests).to.have.length(1);
    expect(requests[0].key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(requests[0].authorization).to.equal(null);
    const expected = {
      kind: 'complaint', scoreType: 'csat', score: 2, text: '尺寸不對', email: 'mei@example.com', locale: 'zh-Hant',
      context: { pageUrl: location.href, pageTitle: 'Linen shirt — Demo shop', orderNumber: '1042', productId: PRODUCT }, photos: [],
    };
    // What the widget sent …
    const { fillMs, ...sent } = requests[0].body as { fillMs: number };
    expect(fillMs).to.be.a('number').and.at.least(0);
    expect(sent).to.deep.equal(expected);
    // … is what the shop's database holds: the guest's order 1042 and the product found, under the same key.
    expect(stored).to.have.length(1);
    expect(stored[0].body).to.deep.equal(expected);
    expect([stored[0].key, stored[0].customer]).to.deep.equal([requests[0].key, null]);
  });

  it('sends no score when none was picked, and drops a product id that is not Rapport’s', async () => {
    const el = await mount('product="gid://shopify/Product/42"');
    await fill(el, { kind: 'suggestion', text: 'More colours please' });
    await send(el);
    await thanks(el);
    const { requests, stored } = await log();
    const sent = requests[0].body as { scoreType: string; score?: number; context: { productId?: string } };
    expect([sent.scoreType, sent.score, sent.context.productId]).to.deep.equal(['none', undefined, undefined]);
    const [{ body }] = stored;
    expect([body.scoreType, body.score, body.context.productId]).to.deep.equal(['none', undefined, undefined]);
  });

  it('locks the email of a verified customer and sends their session token', async () => {
    const signedIn = await window.Rapport!.identify(await shop.proof({ sub: 'feedback-0001', email: 'ada@example.com', name: 'Ada' }));
    expect(signedIn.ok, 'the real API took the proof').to.equal(true);
    try {
      const el = await mount();
      const email = $<HTMLInputElement>(el, '#email')!;
      expect([email.value, email.readOnly]).to.deep.equal(['ada@example.com', true]);
      expect(text($(el, '#email-hint'))).to.equal('We will answer at the email address of your account.');
      await fill(el, { kind: 'praise', score: 5, text: 'Lovely service' });
      await send(el);
      await thanks(el);
      const { requests, stored } = await log();
      expect(requests[0].authorization).to.equal(`Bearer ${window.Rapport!.session!.sessionToken}`);
      expect(stored[0].body.email).to.equal('ada@example.com');
      expect(stored[0].customer).to.deep.equal({ sub: 'feedback-0001', email: 'ada@example.com' });
    } finally {
      window.Rapport!.signOut();
    }
  });

  it('thanks with the promised time, the reference and at most 3 FAQ answers, focused, with an event', async () => {
    const errors = watchPageErrors();
    const el = await mount();
    const events: RapportFeedbackSubmitEvent[] = [];
    document.addEventListener('rapport-feedback-submit', (e) => events.push(e as RapportFeedbackSubmitEvent), { once: true });
    await fill(el, { kind: 'complaint', score: 1, text: 'My parcel never came' });
    await send(el);
    const panel = await thanks(el);
    const [stored] = (await log()).stored;
    expect(text(panel.querySelector('h3'))).to.equal('Thank you for your feedback!');
    expect(el.shadowRoot!.activeElement === panel.querySelector('h3'), 'the heading is focused').to.equal(true);
    expect([...panel.querySelectorAll('p')].slice(0, 2).map(text)).to.deep.equal([
      'We answer complaints within 24 hours.',
      `Your reference number: ${stored.reference}`,
    ]);
    const faq = [...panel.querySelectorAll('[part~=faq] li')];
    // The API matched four articles and sends its best three; the widget lists them in its order.
    expect(faq.map((li) => text(li.querySelector('strong')))).to.deep.equal(FAQ.slice(0, 3));
    const answer = text(faq[0].querySelector('p'));
    expect(answer.startsWith(`${FAQ[0]} Answer 1: see our help page.`), answer).to.equal(true);
    expect(answer.length).to.be.at.most(201);
    expect(answer.endsWith('…')).to.equal(true);
    expect(events.map((e) => [e.detail, e.bubbles, e.composed])).to.deep.equal([[{ reference: stored.reference, queued: false }, true, true]]);
    expect(errors.stop()).to.deep.equal([]);
  });

  it('promises days from 48 hours on, and lists no FAQ for praise or suggestions', async () => {
    const el = await mount();
    await fill(el, { kind: 'praise', text: 'Fast delivery!' });
    await send(el);
    const panel = await thanks(el);
    expect(text(panel.querySelector('p'))).to.equal('We reply within 3 days.');
    expect(panel.querySelector('[part~=faq]') === null, 'no [part~=faq]').to.equal(true);
    const zh = await fixture<RapportFeedback>('<rapport-feedback lang="zh-Hans"></rapport-feedback>');
    await fill(zh, { kind: 'suggestion', text: '希望增加支付宝付款' });
    await send(zh);
    expect(text((await thanks(zh)).querySelector('p'))).to.equal('我们会在 3 天内回复您的建议。');
  });

  it('themes through --rapport-feedback-* falling back to --rapport-*, with parts', async () => {
    const wrap = await fixture('<div style="--rapport-color-primary: rgb(1, 2, 3)"><rapport-feedback lang="en"></rapport-feedback></div>');
    const el = wrap.firstElementChild as RapportFeedback;
    await settle(el);
    const submit = $(el, 'button[part~=submit]')!;
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(1, 2, 3)');
    el.style.setProperty('--rapport-feedback-color-primary', 'rgb(4, 5, 6)');
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(4, 5, 6)');
    expect($(el, 'form[part~=form]')).to.exist;
  });

  it('shows the setup error when the page has no shop key', async () => {
    const saved = window.Rapport;
    window.Rapport = undefined;
    try {
      const el = await mount();
      expect(text($(el, '[part~=error] span'))).to.equal('This feature is not set up correctly on this website.');
      expect($(el, 'form') === null, 'no form').to.equal(true);
    } finally {
      window.Rapport = saved;
    }
  });
});
