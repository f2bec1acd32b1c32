/**
 * @module Tests of <rapport-feedback>'s spam defences: the honeypot (hidden from people and
 * assistive technology, a quiet success for bots), the fill time, and the proof of work the
 * API asks for on 429 (solved in the page, verified by the test API with node:crypto).
 */
import { expect } from '@esm-bundle/chai';
import { ApiClient } from '../../../widgets/core/api-client.ts';
import { powChallenge, solvePow } from '../../../widgets/core/proof-of-work.ts';
import type { RapportFeedback } from '../../../widgets/feedback/rapport-feedback.ts';
import { cleanup, expectAccessible, fixture, startLoader, tick } from '../helpers.ts';
import { $, fill, send, testApi, text, thanks } from './helpers.ts';

const SHOP = 'pk_feedbackspam01';
const api = testApi(SHOP);
const mount = () => fixture<RapportFeedback>('<rapport-feedback lang="en"></rapport-feedback>');

async function sha256hex(s: string) {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('<rapport-feedback> against spam', () => {
  before(async () => {
    await startLoader(SHOP);
    await import('../../../widgets/feedback/rapport-feedback.ts');
  });
  beforeEach(() => api.mode('ok'));
  afterEach(cleanup);

  it('hides the honeypot from people, assistive technology and the tab order', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#website')!;
    expect(input.closest('[aria-hidden]')!.getAttribute('aria-hidden')).to.equal('true');
    expect([input.tabIndex, input.getAttribute('autocomplete')]).to.deep.equal([-1, 'off']);
    expect(input.getBoundingClientRect().right).to.be.below(0);
    await expectAccessible(el);
  });

  it('gives a filled honeypot a quiet success: no error, nothing stored', async () => {
    const el = await mount();
    await fill(el, { kind: 'praise', score: 5, text: 'Great products, visit my site', website: 'https://spam.example' });
    await send(el);
    await thanks(el);
    expect(el.shadowRoot!.querySelector('[role=alert]') === null, 'no [role=alert]').to.equal(true);
    const { requests, stored } = await api.log();
    expect(requests.map((r) => r.status)).to.deep.equal([201]);
    expect(stored).to.deep.equal([]);
  });

  it('reports how long the form was shown before it was sent', async () => {
    const el = await mount();
    await tick(250);
    await fill(el, { kind: 'question', text: 'Is this in stock?' });
    await send(el);
    await thanks(el);
    const [{ body }] = (await api.log()).stored;
    expect(body.fillMs).to.be.at.least(250).and.below(10_000);
    expect(body.website).to.equal(undefined);
  });

  it("receives the API's challenge through the API client (ApiError.extensions)", async () => {
    await api.mode('pow');
    const client = new ApiClient({ baseUrl: location.origin, headers: () => ({ 'x-rapport-shop': SHOP, 'idempotency-key': crypto.randomUUID() }) });
    const r = await client.post('/v1/feedback', { kind: 'praise', scoreType: 'none', text: 'Hi', locale: 'en', photos: [], fillMs: 1 });
    expect(!r.ok && r.error.status).to.equal(429);
    const extensions = !r.ok ? (r.error as { extensions?: unknown }).extensions : undefined;
    expect(powChallenge(extensions), "the problem body's `challenge` must reach the widget: widgets/core/api-client.ts keeps extension members as ApiError.extensions").to.not.equal(undefined);
  });

  it('solves the proof of work the API asks for, saying so, and sends again with the same key', async () => {
    await api.mode('pow');
    const el = await mount();
    const said: string[] = [];
    const status = $(el, '[role=status]')!;
    const watch = new MutationObserver(() => said.push(text(status)));
    watch.observe(status, { childList: true, characterData: true, subtree: true });
    await fill(el, { kind: 'complaint', text: 'Sent while the shop is under attack' });
    await send(el);
    await thanks(el, 4000);
    watch.disconnect();
    expect(said).to.include('Checking you’re human…');
    const { requests, stored } = await api.log();
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
