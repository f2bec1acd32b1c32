/**
 * @module Tests of <rapport-feedback>'s spam defences against the real API: the honeypot
 * (hidden from people and assistive technology; filled, it costs a proof of work, never a
 * false thank-you), the fill time, and the proof of work the API asks for on 429 once its
 * rate limit is used up (solved in the page, sent in X-Rapport-Pow, verified and spent by
 * the server).
 */
import { expect } from '@esm-bundle/chai';
import { ApiClient } from '../../../widgets/core/api-client.ts';
import { powChallenge, solvePow } from '../../../widgets/core/proof-of-work.ts';
import type { RapportFeedback } from '../../../widgets/feedback/rapport-feedback.ts';
import { cleanup, expectAccessible, fixture, startLoader, testShop, tick, SETUP_MS, type TestShop } from '../helpers.ts';
import { $, feedbackLog, fill, send, text, thanks } from './helpers.ts';

let shop: TestShop;
const log = () => feedbackLog(shop);
const mount = () => fixture<RapportFeedback>('<rapport-feedback lang="en"></rapport-feedback>');

async function sha256hex(s: string) {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('<rapport-feedback> against spam', () => {
  before(async function () {
    this.timeout(SETUP_MS); // a shop on the real API, the loader and the element's chunk
    shop = await testShop();
    await startLoader(shop.key);
    await import('../../../widgets/feedback/rapport-feedback.ts');
  });
  beforeEach(() => shop.reset());
  afterEach(cleanup);

  it('hides the honeypot from people, assistive technology and the tab order', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#website')!;
    expect(input.closest('[aria-hidden]')!.getAttribute('aria-hidden')).to.equal('true');
    expect([input.tabIndex, input.getAttribute('autocomplete')]).to.deep.equal([-1, 'off']);
    expect(input.getBoundingClientRect().right).to.be.below(0);
    await expectAccessible(el);
  });

  it('gives a filled honeypot a proof of work to solve, then stores it: no error, never a false thank-you', async function () {
    this.timeout(30_000); // the real challenge: up to 100,000 SHA-256 hashes in the page
    const el = await mount();
    await fill(el, { kind: 'praise', score: 5, text: 'Great products, visit my site', website: 'https://spam.example' });
    await send(el);
    const panel = await thanks(el, 25_000);
    expect(el.shadowRoot!.querySelector('[role=alert]') === null, 'no [role=alert]').to.equal(true);
    const { requests, stored } = await log();
    expect(requests.map((r) => [r.status, r.pow])).to.deep.equal([[429, false], [201, true]]);
    expect((requests[0].body as { website?: string }).website).to.equal('https://spam.example');
    // The thank-you names a reference that exists: the one stored under the submission's key.
    expect(stored.map((s) => s.key)).to.deep.equal([requests[0].key]);
    expect(text(panel)).to.include(stored[0].reference);
  });

  it('reports how long the form was shown before it was sent', async function () {
    this.timeout(10_000);
    const el = await mount();
    await tick(2100); // a person's pace: the API stores a form shown for at least 2 s
    await fill(el, { kind: 'question', text: 'Is this in stock?', quick: true });
    await send(el);
    await thanks(el);
    const { requests, stored } = await log();
    const sent = requests[0].body as { fillMs: number; website?: string };
    expect(sent.fillMs).to.be.at.least(2100).and.below(10_000);
    expect(sent.website).to.equal(undefined);
    expect(stored.map((s) => s.body.text)).to.deep.equal(['Is this in stock?']);
  });

  it("receives the API's challenge through the API client (ApiError.extensions)", async () => {
    await shop.exhaustFeedbackLimit();
    const client = new ApiClient({ baseUrl: location.origin, headers: () => ({ 'x-rapport-shop': shop.key, 'idempotency-key': crypto.randomUUID() }) });
    const r = await client.post('/v1/feedback', { kind: 'praise', scoreType: 'none', text: 'Hi', locale: 'en', photos: [], fillMs: 5000 });
    expect(!r.ok && r.error.status).to.equal(429);
    const extensions = !r.ok ? (r.error as { extensions?: unknown }).extensions : undefined;
    expect(powChallenge(extensions), "the problem body's `challenge` must reach the widget: widgets/core/api-client.ts keeps extension members as ApiError.extensions").to.not.equal(undefined);
  });

  it('solves the proof of work the API asks for, saying so, and sends again with the same key', async function () {
    this.timeout(30_000); // the real challenge: up to 100,000 SHA-256 hashes in the page
    await shop.exhaustFeedbackLimit();
    const el = await mount();
    const said: string[] = [];
    const status = $(el, '[role=status]')!;
    const watch = new MutationObserver(() => said.push(text(status)));
    watch.observe(status, { childList: true, characterData: true, subtree: true });
    await fill(el, { kind: 'complaint', text: 'Sent while the shop is under attack' });
    await send(el);
    await thanks(el, 25_000);
    watch.disconnect();
    expect(said).to.include('Checking you’re human…');
    const { requests, stored } = await log();
    expect(requests.map((r) => [r.status, r.pow])).to.deep.equal([[429, false], [201, true]]);
    expect(requests[0].key).to.equal(requests[1].key);
    expect(stored.map((s) => s.key)).to.deep.equal([requests[0].key]);
  });

  it('finds the number behind a challenge, and gives up when there is none', async () => {
    const salt = 'f00d?expires=1';
    const c = { algorithm: 'SHA-256' as const, challenge: await sha256hex(`${salt}1234`), salt, signature: 'sig', maxnumber: 3000 };
    const pow = await solvePow(c);
    expect(JSON.parse(atob(pow!))).to.deep.equal({ algorithm: 'SHA-256', challenge: c.challenge, number: 1234, salt, signature: 'sig' });
    expect(await solvePow({ ...c, maxnumber: 1000 })).to.equal(undefined);
    const stop = new AbortController();
    stop.abort();
    expect(await solvePow(c, stop.signal)).to.equal(undefined);
  });

  it('takes only well-formed SHA-256 challenges from a problem', () => {
    const c = { algorithm: 'SHA-256', challenge: 'ab', salt: 's', signature: 'x', maxnumber: 10 };
    expect(powChallenge({ challenge: c })).to.deep.equal(c);
    expect(powChallenge({ challenge: { ...c, algorithm: 'SHA-1' } })).to.equal(undefined);
    expect(powChallenge({ challenge: { ...c, maxnumber: '10' } })).to.equal(undefined);
    expect(powChallenge(undefined)).to.equal(undefined);
  });
});
