/**
 * @module Tests of <rapport-feedback> on a flaky network: a submission waits in the
 * IndexedDB outbox until the server confirms it, goes out again on `online` and on the next
 * page's start with the same idempotency key, is stored once, honours Retry-After, and a
 * permanent refusal is shown and never retried. The faults (down, a broken connection, an
 * answer lost after the commit, one 429) are switched on in front of the real API
 * (tests/widgets/real-api.ts); what is stored is read from its database.
 */
import { expect } from '@esm-bundle/chai';
import type { FeedbackSubmission } from '../../../server/feedback/contract.ts';
import { backoff, retryPolicy, retryable } from '../../../widgets/core/durable-send.ts';
import { outbox } from '../../../widgets/core/durable-queue.ts';
import type { RapportFeedback, RapportFeedbackSubmitEvent } from '../../../widgets/feedback/rapport-feedback.ts';
import { cleanup, fixture, startLoader, testShop, tick, waitFor, watchPageErrors, SETUP_MS, type TestShop } from '../helpers.ts';
import { $, eventually, feedbackLog, fill, outboxEntries, queuedPanel, seedOutbox, send, text, thanks } from './helpers.ts';

let shop: TestShop;
let SHOP: string;
const log = () => feedbackLog(shop);
const fault = (mode: Parameters<TestShop['fault']>[0]) => shop.fault(mode, { path: '/v1/feedback' });
const mount = () => fixture<RapportFeedback>('<rapport-feedback lang="en" mode="none"></rapport-feedback>');
const online = () => dispatchEvent(new Event('online'));

async function sendOne(el: RapportFeedback, words: string) {
  await fill(el, { kind: 'complaint', text: words });
  await send(el);
}

describe('<rapport-feedback> offline and on a flaky network', () => {
  const base = retryPolicy.baseMs;
  before(async function () {
    this.timeout(SETUP_MS); // a shop on the real API, the loader and the element's chunk
    shop = await testShop();
    SHOP = shop.key;
    await startLoader(SHOP);
    await import('../../../widgets/feedback/rapport-feedback.ts');
    // Backoff so long that only `online` or a new element can send again within a test.
    retryPolicy.baseMs = 10 * 60_000;
  });
  after(() => (retryPolicy.baseMs = base));
  beforeEach(() => shop.reset());
  afterEach(async () => {
    cleanup();
    await fault('ok');
    online(); // let anything a failed test left behind go, so the next test starts clean
    await eventually(async () => (await outboxEntries(SHOP)).length === 0, 'an empty outbox', 3000).catch(() => {});
  });

  it('keeps a submission made while the API answers 503 and says it will be sent later', async () => {
    await fault('down');
    const el = await mount();
    const events: Array<RapportFeedbackSubmitEvent['detail']> = [];
    el.addEventListener('rapport-feedback-submit', (e) => events.push(e.detail));
    await sendOne(el, 'Saved while the shop is down');
    const panel = await queuedPanel(el);
    expect(text(panel)).to.equal('Saved on this device Your feedback will be sent automatically when you’re back online. You can keep browsing.');
    expect(el.shadowRoot!.activeElement === panel.querySelector('h3'), 'the heading is focused').to.equal(true);
    expect(events).to.deep.equal([{ reference: null, queued: true }]);
    const queued = await outboxEntries(SHOP);
    expect(queued.map((q) => q.body.text)).to.deep.equal(['Saved while the shop is down']);
    const { requests, stored } = await log();
    expect(requests.map((r) => [r.key, r.status])).to.deep.equal([[queued[0].key, 503]]);
    expect(stored).to.deep.equal([]);

    // Back online: the same submission goes with the same key, and the shopper sees "sent".
    await fault('ok');
    online();
    const done = await thanks(el);
    const after = await log();
    expect(after.stored.map((s) => s.key)).to.deep.equal([queued[0].key]);
    expect(after.requests.map((r) => [r.key, r.status])).to.deep.equal([[queued[0].key, 503], [queued[0].key, 201]]);
    expect(text(done)).to.include(after.stored[0].reference);
    expect(events).to.deep.equal([{ reference: null, queued: true }, { reference: after.stored[0].reference, queued: false }]);
    expect(await outboxEntries(SHOP)).to.deep.equal([]);

    // Nothing left to send: more `online` events and a new element send nothing again.
    online();
    await mount();
    await tick(200);
    expect((await log()).requests).to.have.length(2);
  });

  it('queues when the connection breaks, and sends once the network is back', async () => {
    await fault('drop');
    const el = await mount();
    await sendOne(el, 'Sent into a broken connection');
    await queuedPanel(el);
    const [entry] = await outboxEntries(SHOP);
    expect(entry.body.text).to.equal('Sent into a broken connection');
    await fault('ok');
    online();
    await thanks(el);
    const { requests, stored } = await log();
    expect(stored.map((s) => s.key)).to.deep.equal([entry.key]);
    expect(requests.map((r) => [r.key, r.status]).at(-1)).to.deep.equal([entry.key, 201]);
    expect(requests.slice(0, -1).every((r) => r.key === entry.key && r.status === -1), 'every earlier attempt was cut off').to.equal(true);
  });

  it('stores it once when the answer was lost after the server stored it', async () => {
    await fault('lose-once');
    const el = await mount();
    await sendOne(el, 'The answer to this one gets lost');
    await waitFor(() => $(el, '[part~=queued]') || $(el, '[part~=thanks]'), 'queued or sent');
    online();
    const done = await thanks(el);
    const { requests, stored } = await log();
    expect(stored).to.have.length(1);
    expect(requests.length).to.be.at.least(2);
    expect(new Set(requests.map((r) => r.key))).to.deep.equal(new Set([stored[0].key]));
    expect(requests[0].status).to.equal(-1); // stored, then the answer was lost
    expect(requests.at(-1)!.status).to.equal(200); // the replay, with the first receipt
    expect(text(done)).to.include(stored[0].reference);
  });

  it('sends what a previous page left in the outbox as soon as an element starts', async () => {
    const key = crypto.randomUUID();
    const body: FeedbackSubmission = {
      kind: 'question', scoreType: 'none', text: 'Left behind by the last page', locale: 'en',
      context: { pageUrl: 'https://shop.example/help' }, photos: [], fillMs: 4200,
    };
    await seedOutbox(SHOP, { key, body, createdAt: Date.now() - 60_000 });
    await mount();
    await eventually(async () => (await log()).stored.length === 1, 'the left-over submission stored');
    const { stored } = await log();
    expect([stored[0].key, stored[0].body.text]).to.deep.equal([key, 'Left behind by the last page']);
    await eventually(async () => (await outboxEntries(SHOP)).length === 0, 'the outbox emptied');
  });

  it('sends on `online` what another tab left in the outbox after this page started', async () => {
    await mount();
    await tick(100); // the start-up flush found nothing
    const key = crypto.randomUUID();
    const body: FeedbackSubmission = { kind: 'praise', scoreType: 'csat', score: 5, text: 'From another tab', locale: 'zh-Hans', photos: [], fillMs: 2900 };
    await seedOutbox(SHOP, { key, body, createdAt: Date.now() });
    await tick(200);
    expect((await log()).requests).to.have.length(0);
    online();
    await eventually(async () => (await log()).stored.length === 1, 'the other tab’s submission stored');
    expect((await log()).stored[0].key).to.equal(key);
  });

  it('waits as long as Retry-After says on 429, then sends, still "sending…"', async () => {
    await fault('rate-once');
    const el = await mount();
    const start = performance.now();
    await sendOne(el, 'Sent while rate limited');
    await eventually(async () => (await log()).requests.length === 1, 'the first attempt');
    expect(text($(el, '[role=status]'))).to.equal('Sending…');
    expect($(el, '[part~=queued]') === null, 'no [part~=queued]').to.equal(true);
    await thanks(el, 4000);
    expect(performance.now() - start).to.be.at.least(950);
    const { requests, stored } = await log();
    expect(requests.map((r) => r.status)).to.deep.equal([429, 201]);
    expect(requests[0].key).to.equal(requests[1].key);
    expect(stored.map((s) => s.key)).to.deep.equal([requests[0].key]);
  });

  it('shows a permanent refusal, takes it out of the outbox and never retries it', async () => {
    // An order this shop does not have: the real API refuses it (422) and stores nothing.
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="en" order="NOPE-404"></rapport-feedback>');
    await fill(el, { kind: 'complaint', text: 'About an order that does not exist', email: 'mei@example.com' });
    await send(el);
    const alert = await waitFor(() => el.shadowRoot!.querySelector('form [role=alert]'), 'the refusal');
    // Said where the shopper can act on it (the order's email), not as "This request cannot be processed."
    expect(text(alert)).to.equal('This email address does not match order NOPE-404. Enter the email address you used for that order.');
    expect(await outboxEntries(SHOP)).to.deep.equal([]);
    online();
    await mount();
    await tick(300);
    const { requests, stored } = await log();
    expect(requests.map((r) => r.status)).to.deep.equal([422]);
    expect(stored).to.deep.equal([]);
    expect(($(el, '#text') as HTMLTextAreaElement).value).to.equal('About an order that does not exist');
  });

  it('keeps the outbox in memory where IndexedDB is blocked, without a page error', async () => {
    const errors = watchPageErrors();
    const open = indexedDB.open;
    const warn = console.warn;
    indexedDB.open = () => {
      throw new DOMException('blocked in this frame', 'SecurityError');
    };
    console.warn = () => {};
    try {
      const box = outbox('pk_noindexeddb01');
      const body: FeedbackSubmission = { kind: 'question', scoreType: 'none', text: 'No storage here', locale: 'en', photos: [], fillMs: 1 };
      await box.put({ key: 'k1', path: '/v1/feedback', body, createdAt: 1 });
      expect((await box.all()).map((e) => (e.body as FeedbackSubmission).text)).to.deep.equal(['No storage here']);
      await box.remove('k1');
      expect(await box.all()).to.deep.equal([]);
    } finally {
      indexedDB.open = open;
      console.warn = warn;
    }
    expect(errors.stop()).to.deep.equal([]);
  });

  it('retries network errors, 5xx, 408 and 429 with capped, jittered backoff; not other 4xx', () => {
    const e = (status: number, code = 'x') => ({ status, code, title: '' });
    expect([e(0, 'network'), e(0, 'timeout'), e(503), e(500), e(429), e(408)].every(retryable)).to.equal(true);
    expect([e(0, 'aborted'), e(400), e(401), e(413), e(415), e(422)].some(retryable)).to.equal(false);
    retryPolicy.baseMs = 1000;
    try {
      for (let n = 0; n < 12; n++) {
        const d = backoff(n);
        expect(d).to.be.within(0, Math.min(retryPolicy.maxMs, 1000 * 2 ** n));
      }
      expect(backoff(3, 7)).to.equal(7000);
    } finally {
      retryPolicy.baseMs = 10 * 60_000;
    }
  });
});
