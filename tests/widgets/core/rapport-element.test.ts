/**
 * @module Tests of the base element: the loading / empty / error states (all at the height
 * the widget reserves), stale results dropped, API problems shown in the shopper's
 * language, and no exception ever reaching the host page.
 */
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ApiError, Result } from '../../../widgets/core/api-client.ts';
import { defineElement } from '../../../widgets/core/define.ts';
import { RapportElement } from '../../../widgets/core/rapport-element.ts';
import { RapportIdentityChangeEvent } from '../../../widgets/core/identity-events.ts';
import { baseStyles, reserve } from '../../../widgets/core/styles.ts';
import { cleanup, expectAccessible, fixture, settle, tick, watchPageErrors } from '../helpers.ts';

type Reply = (r: Result<string[]>) => void;

/** A widget that loads a list for `query`; the test answers each load by hand. */
class TestWidget extends RapportElement {
  @property() query = 'a';
  boom = false;
  renders = 0;
  readonly replies = new Map<string, Reply>();
  readonly aborted: string[] = [];

  readonly items = this.load({
    args: () => [this.query] as const,
    load: ([q], signal) =>
      new Promise<Result<string[]>>((resolve) => {
        this.replies.set(q, resolve);
        signal.addEventListener('abort', () => this.aborted.push(q));
      }),
  });

  protected renderContent() {
    this.renders++;
    if (this.boom) throw new Error('a bug in render');
    const list = (items: string[]) => html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
    return this.renderPanel('Test widget', this.renderLoad(this.items, list));
  }
}
defineElement('test-widget', TestWidget);

/** The same widget, reserving 240 px as a real one declares its skeleton's size. */
class ReservedWidget extends TestWidget {
  static override styles = [baseStyles, reserve('reserved', 240)];
}
defineElement('reserved-widget', ReservedWidget);

const shadow = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const problem = (code: string, status: number, more: Partial<ApiError> = {}): Result<string[]> => ({
  ok: false,
  error: { code, status, title: code, ...more },
});

async function answer(el: TestWidget, q: string, r: Result<string[]>) {
  el.replies.get(q)!(r);
  await tick();
  await settle(el);
}

describe('RapportElement (base of every widget)', () => {
  afterEach(cleanup);

  it('has no accessibility violations while loading and in the error state', async () => {
    const el = await fixture<TestWidget>('<test-widget lang="en"></test-widget>');
    await expectAccessible(el);
    await answer(el, 'a', problem('rate-limited', 429, { retryAfter: 7 }));
    await expectAccessible(el);
  });

  it('shows a loading status until the data arrives, then the content', async () => {
    const el = await fixture<TestWidget>('<test-widget lang="en"></test-widget>');
    const loading = shadow(el, '[part~="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent!.trim()).to.equal('Loading…');
    await answer(el, 'a', { ok: true, value: ['one', 'two'] });
    expect(shadow(el, '[part~="loading"]')).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['one', 'two']);
  });

  it('keeps the height it reserves while loading, with its content, empty, in the error state and after a crash', async () => {
    const heights = new Set<number>();
    const el = await fixture<ReservedWidget>('<reserved-widget lang="en"></reserved-widget>');
    const measure = () => heights.add(el.getBoundingClientRect().height);
    measure();
    await answer(el, 'a', { ok: true, value: ['one', 'two', 'three'] });
    measure();
    el.query = 'b';
    await settle(el);
    measure();
    await answer(el, 'b', { ok: true, value: [] });
    measure();
    el.query = 'c';
    await settle(el);
    await answer(el, 'c', problem('rate-limited', 429, { retryAfter: 7 }));
    measure();
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.boom = true;
      el.requestUpdate();
      await settle(el);
      await tick(20);
    } finally {
      console.warn = warn;
    }
    expect(shadow(el, '[part~="error"]')).to.not.equal(null);
    measure();
    expect([...heights]).to.deep.equal([240]);
  });

  it('shows the empty state when the data is an empty list', async () => {
    const el = await fixture<TestWidget>('<test-widget lang="en"></test-widget>');
    await answer(el, 'a', { ok: true, value: [] });
    expect(shadow(el, '[part~="empty"]')!.textContent!.trim()).to.equal('Nothing here yet.');
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(0);
  });

  it('shows an API problem as an alert in the shopper language, with retry-after', async () => {
    const el = await fixture<TestWidget>('<test-widget lang="zh-CN"></test-widget>');
    const events: ApiError[] = [];
    el.addEventListener('rapport-error', (e) => events.push(e.detail.error));
    await answer(el, 'a', problem('rate-limited', 429, { retryAfter: 7 }));
    const alert = shadow(el, '[part~="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal('请求过于频繁，请稍后再试。 请在 7 秒后重试。 重试');
    expect(events.map((e) => e.code)).to.deep.equal(['rate-limited']);
  });

  it('words network, timeout, unknown and server errors without leaking codes', async () => {
    const cases: Array<[Result<string[]>, string]> = [
      [problem('network', 0), 'You seem to be offline. Check your connection and try again.'],
      [problem('timeout', 0), 'The server took too long to answer. Please try again.'],
      [problem('http-502', 502), 'Something went wrong on our side. Please try again later.'],
      [problem('http-418', 418), 'Something went wrong. Please try again.'],
      [problem('unknown-shop', 404), 'This shop could not be found.'],
    ];
    for (const [reply, text] of cases) {
      const el = await fixture<TestWidget>('<test-widget lang="en"></test-widget>');
      await answer(el, 'a', reply);
      expect(shadow(el, '[part~="error"] span')!.textContent).to.equal(text);
    }
  });

  it('loads again when "Try again" is pressed', async () => {
    const el = await fixture<TestWidget>('<test-widget lang="en"></test-widget>');
    await answer(el, 'a', problem('network', 0));
    (shadow(el, '[part~="retry-button"]') as HTMLButtonElement).click();
    await settle(el);
    expect(shadow(el, '[part~="loading"]')).to.exist;
    await answer(el, 'a', { ok: true, value: ['back'] });
    expect(shadow(el, 'li')!.textContent).to.equal('back');
  });

  it('drops a stale result when the inputs changed meanwhile, and aborts its request', async () => {
    const el = await fixture<TestWidget>('<test-widget lang="en"></test-widget>');
    el.query = 'b';
    await settle(el);
    expect(el.aborted).to.deep.equal(['a']);
    await answer(el, 'b', { ok: true, value: ['fresh'] });
    await answer(el, 'a', { ok: true, value: ['stale'] });
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['fresh']);
  });

  it('aborts its load when removed from the page', async () => {
    const el = await fixture<TestWidget>('<test-widget lang="en"></test-widget>');
    el.remove();
    expect(el.aborted).to.deep.equal(['a']);
  });

  it('turns a bug in its own rendering into the error state, never a page error', async () => {
    const errors = watchPageErrors();
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<TestWidget>('<test-widget lang="zh-TW"></test-widget>');
      const events: ApiError[] = [];
      el.addEventListener('rapport-error', (e) => events.push(e.detail.error));
      el.boom = true;
      el.requestUpdate();
      await settle(el);
      await tick(20);
      const alert = shadow(el, '[part~="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.querySelector('span')!.textContent).to.equal('發生錯誤，請再試一次。');
      expect(events.map((e) => e.code)).to.deep.equal(['client']);
      // Fixed, "Try again" brings the content back.
      el.boom = false;
      (shadow(el, '[part~="retry-button"]') as HTMLButtonElement).click();
      await settle(el);
      expect(shadow(el, '[part~="title"]')!.textContent!.trim()).to.equal('Test widget');
    } finally {
      console.warn = warn;
    }
    expect(errors.stop()).to.deep.equal([]);
  });

  it('turns a bug in a widget’s own connectedCallback into the error state, never a page error', async () => {
    class FragileWidget extends TestWidget {
      override connectedCallback() {
        super.connectedCallback();
        throw new Error('bug in connectedCallback');
      }
    }
    defineElement('fragile-widget', FragileWidget);
    const errors = watchPageErrors();
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<FragileWidget>('<fragile-widget lang="en"></fragile-widget>');
      await tick(20);
      expect(shadow(el, '[part~="error"]')).to.not.equal(null);
    } finally {
      console.warn = warn;
    }
    expect(errors.stop()).to.deep.equal([]);
  });

  it('re-renders when the shopper identity changes', async () => {
    const el = await fixture<TestWidget>('<test-widget lang="en"></test-widget>');
    const before = el.renders;
    dispatchEvent(new RapportIdentityChangeEvent(null));
    await settle(el);
    expect(el.renders).to.equal(before + 1);
  });
});
