/**
 * @module The tracker on the real API: store pages in frames of one tab (sharing its
 * sessionStorage), each with the real loader. Product views from `data-rapport-product`
 * and `Rapport.track` calls (also those made before the tracker's chunk arrived) are
 * stored; events survive going offline and a page unload and are stored once; a page
 * closed before its batch went out delivers it with keepalive; consent decides whether a
 * visitor id is kept; events the server refuses are not retried forever.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportGlobal } from '../../../widgets/core/rapport-global.ts';
import { SETUP_MS, testShop, tick, waitFor, type TestShop } from '../helpers.ts';

interface PageWindow extends Window {
  Rapport?: RapportGlobal;
  trackerReady?: boolean;
}

let shop: TestShop;
const frames: HTMLIFrameElement[] = [];

/** A store page: the loader, the tracker's batch delay set to `batchMs`, then `body`. `early` runs before the tracker loads. */
async function page(body = '', opts: { batchMs?: number; early?: string } = {}): Promise<{ win: PageWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head>
    <script type="module" src="/widgets/loader.ts" data-shop="${shop.key}" data-api="${location.origin}"></script>
    <script type="module">
      ${opts.early ?? ''}
      const t = await import('/widgets/core/tracker.ts');
      t.trackerTiming.batchMs = ${opts.batchMs ?? 100};
      t.trackerTiming.baseRetryMs = 200;
      window.trackerReady = true;
    </script></head><body>${body}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  const win = frame.contentWindow as PageWindow;
  await waitFor(() => win.trackerReady, 'the page started', 10_000);
  return { win, frame };
}

/** Leaves the page as a shopper does (pagehide, then the next document). */
async function leave(frame: HTMLIFrameElement) {
  const gone = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.contentWindow!.location.replace('about:blank');
  await gone;
}

const eventsWire = () => shop.requests({ method: 'POST', path: '/v1/events' });
const idsSent = async () => (await eventsWire()).flatMap((r) => ((r.body as { events?: { id: string }[] } | null)?.events ?? []).map((e) => e.id));

describe('the tracker', () => {
  before(async function () {
    this.timeout(SETUP_MS);
    shop = await testShop();
    await shop.products([
      { title: 'Celadon teapot', handle: 'celadon-teapot', category: 'teaware' },
      { title: 'Tea cup', handle: 'tea-cup', category: 'teaware' },
    ]);
  });
  beforeEach(async () => {
    sessionStorage.clear();
    await shop.reset();
  });
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('records the product on the page and what the page tracks, also before its chunk arrived', async function () {
    this.timeout(20_000);
    const before = (await shop.interactions()).length;
    await page('<main data-rapport-product="celadon-teapot"><h1>Celadon teapot</h1></main>', {
      early: "window.Rapport.track('cart.add', { product: 'celadon-teapot', quantity: 2 });",
    });
    const rows = await waitFor(async () => {
      const all = (await shop.interactions()).slice(before);
      return all.length >= 2 ? all : undefined;
    }, 'two events stored', 10_000);
    expect(rows.map((r) => [r.kind, r.product]).sort()).to.deep.equal([['cart.add', 'celadon-teapot'], ['product.view', 'celadon-teapot']]);
    expect(rows.find((r) => r.kind === 'cart.add')!.data).to.deep.equal({ quantity: 2 });
    // Sent as a beacon is: text/plain, the shop in the query, no preflight needed.
    const wire = await eventsWire();
    expect(wire.every((r) => r.status === 200)).to.equal(true);
  });

  it('keeps events through an offline spell and a page unload, and stores each once', async function () {
    this.timeout(30_000);
    await shop.fault('drop', { path: '/v1/events' });
    const { win, frame } = await page();
    win.Rapport!.track('product.view', { product: 'tea-cup' });
    win.Rapport!.track('search', { query: 'green tea' });
    win.Rapport!.track('product.view', { product: 'celadon-teapot' });
    await waitFor(async () => (await eventsWire()).some((r) => r.status === -1), 'a failed attempt', 10_000);
    const pending = JSON.parse(sessionStorage.getItem(`rapport:events:${shop.key}`) ?? '[]') as { id: string }[];
    expect(pending).to.have.length(3);
    await leave(frame); // the unload beacon fails too: still offline
    expect(JSON.parse(sessionStorage.getItem(`rapport:events:${shop.key}`) ?? '[]')).to.have.length(3);

    await shop.fault('ok');
    await page(); // the next page of the tab, back online
    const ids = pending.map((e) => e.id);
    const stored = await waitFor(async () => {
      const rows = (await shop.interactions()).filter((r) => ids.includes(r.eventId));
      return rows.length === 3 ? rows : undefined;
    }, 'the three events stored', 10_000);
    expect(stored.map((r) => r.kind)).to.have.members(['product.view', 'search', 'product.view']);
    await waitFor(() => sessionStorage.getItem(`rapport:events:${shop.key}`) === null, 'nothing left pending');
    expect((await shop.interactions()).filter((r) => ids.includes(r.eventId))).to.have.length(3);
  });

  it('delivers a batch with keepalive when the page closes before it went out; a later resend is a duplicate, stored once', async function () {
    this.timeout(30_000);
    const { win, frame } = await page('', { batchMs: 60_000 });
    win.Rapport!.track('product.view', { product: 'tea-cup' });
    // In the tab's storage once the tracker has it (it starts after the page's load).
    const [event] = JSON.parse(await waitFor(() => sessionStorage.getItem(`rapport:events:${shop.key}`), 'the event kept in the tab')) as { id: string }[];
    await leave(frame);
    await waitFor(async () => (await shop.interactions()).some((r) => r.eventId === event.id), 'stored by the keepalive request', 10_000);

    // The closing page never saw the answer: the next page sends it again.
    await page();
    await waitFor(async () => (await idsSent()).filter((id) => id === event.id).length === 2, 'sent again', 10_000);
    await waitFor(() => sessionStorage.getItem(`rapport:events:${shop.key}`) === null, 'acknowledged');
    expect((await shop.interactions()).filter((r) => r.eventId === event.id)).to.have.length(1);
  });

  it("keeps what a page tracked before the tracker arrived when the page closes first, and the next page sends it", async function () {
    this.timeout(30_000);
    // An image that takes long holds the page's load event, so the tracker is not fetched yet.
    await shop.fault('slow', { path: '/v1/shop', ms: 8000 });
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><head>
      <script type="module" src="/widgets/loader.ts" data-shop="${shop.key}" data-api="${location.origin}"></script>
      <script type="module">window.Rapport.track('search', { query: 'before the tracker' }); window.tracked = true;</script>
      </head><body><img src="/v1/shop?shop=${shop.key}" alt=""></body></html>`;
    document.body.append(frame);
    frames.push(frame);
    await waitFor(() => (frame.contentWindow as PageWindow & { tracked?: boolean }).tracked, 'tracked');
    await leave(frame);
    await shop.fault('ok');
    expect(JSON.parse(sessionStorage.getItem(`rapport:early:${shop.key}`) ?? '[]')).to.have.length(1);
    await page();
    await waitFor(async () => (await shop.interactions()).some((r) => (r.data as { query?: string }).query === 'before the tracker'), 'stored', 10_000);
    expect(sessionStorage.getItem(`rapport:early:${shop.key}`)).to.equal(null);
  });

  it('keeps a visitor id only with consent, where the shop requires it', async function () {
    this.timeout(30_000);
    localStorage.removeItem(`rapport:consent:${shop.key}`);
    localStorage.removeItem(`rapport:visitor:${shop.key}`);
    const { win } = await page();
    win.Rapport!.track('product.view', { product: 'tea-cup' });
    await tick(800);
    expect(localStorage.getItem(`rapport:visitor:${shop.key}`), 'no id without consent').to.equal(null);
    expect(win.Rapport!.consented).to.equal(undefined);

    const said: boolean[] = [];
    win.addEventListener('rapport-consent-change', (e) => said.push(e.detail.granted));
    win.Rapport!.consent(true);
    expect(said).to.deep.equal([true]);
    const visitor = JSON.parse(localStorage.getItem(`rapport:visitor:${shop.key}`)!) as string;
    expect(visitor).to.match(/^v_[0-9a-f]{32}$/);
    win.Rapport!.track('product.view', { product: 'celadon-teapot' });
    await waitFor(async () => (await shop.interactions()).some((r) => r.visitor === visitor), 'linked with consent', 10_000);

    win.Rapport!.consent(false);
    expect(localStorage.getItem(`rapport:visitor:${shop.key}`)).to.equal(null);
    expect(win.Rapport!.consented).to.equal(false);
    win.Rapport!.track('search', { query: 'after saying no' });
    const last = await waitFor(async () => (await shop.interactions()).find((r) => (r.data as { query?: string }).query === 'after saying no'), 'stored', 10_000);
    expect(last.visitor).to.equal(null);
    const anonymous = (await shop.interactions()).filter((r) => r.kind === 'product.view' && r.product === 'tea-cup').at(-1)!;
    expect(anonymous.visitor).to.equal(null);
  });

  it('keeps a visitor id unless the shopper says no, where the shop implies consent', async function () {
    this.timeout(30_000);
    await shop.tracking('implied');
    try {
      localStorage.removeItem(`rapport:consent:${shop.key}`);
      localStorage.removeItem(`rapport:visitor:${shop.key}`);
      const { win } = await page();
      win.Rapport!.track('product.view', { product: 'tea-cup' });
      const id = await waitFor(() => localStorage.getItem(`rapport:visitor:${shop.key}`), 'an id kept');
      const visitor = JSON.parse(id) as string;
      await waitFor(async () => (await shop.interactions()).some((r) => r.visitor === visitor), 'linked', 10_000);
    } finally {
      await shop.tracking('required');
    }
  });

  it('records the product of a page left before its tracker arrived, on the next page', async function () {
    this.timeout(20_000);
    const before = (await shop.interactions()).filter((r) => r.product === 'celadon-teapot').length;
    // A page the shopper leaves at once: gone before its load event, so before the tracker starts.
    const frame = document.createElement('iframe');
    frames.push(frame);
    const gone = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.srcdoc = `<!doctype html><html><head>
      <script type="module" src="/widgets/loader.ts" data-shop="${shop.key}" data-api="${location.origin}"></script></head>
      <body><main data-rapport-product="celadon-teapot"></main><img alt="" src="${location.origin}/api-test/slow?ms=5000">
      <script type="module">addEventListener('DOMContentLoaded', () => setTimeout(() => location.replace('about:blank'), 100));</script></body></html>`;
    document.body.append(frame);
    await gone;
    await waitFor(() => frame.contentWindow?.location.href === 'about:blank', 'the page left');
    expect(sessionStorage.getItem(`rapport:early:${shop.key}`), 'kept for the next page').to.contain('celadon-teapot');
    await page();
    await waitFor(async () => (await shop.interactions()).filter((r) => r.product === 'celadon-teapot').length === before + 1, 'the view stored', 10_000);
  });

  it("takes the store's consent banner answer from the page (<rapport-provider consent>)", async function () {
    this.timeout(30_000);
    localStorage.removeItem(`rapport:consent:${shop.key}`);
    localStorage.removeItem(`rapport:visitor:${shop.key}`);
    const granted = await page('<rapport-provider consent="granted"><main data-rapport-product="tea-cup"></main></rapport-provider>');
    expect(granted.win.Rapport!.consented).to.equal(true);
    const visitor = JSON.parse(await waitFor(() => localStorage.getItem(`rapport:visitor:${shop.key}`), 'an id kept')) as string;
    await waitFor(async () => (await shop.interactions()).some((r) => r.visitor === visitor && r.product === 'tea-cup'), 'linked', 10_000);

    const denied = await page('<rapport-provider consent="denied"><main data-rapport-product="celadon-teapot"></main></rapport-provider>');
    expect(denied.win.Rapport!.consented).to.equal(false);
    expect(localStorage.getItem(`rapport:visitor:${shop.key}`), 'the id is forgotten').to.equal(null);
    const view = await waitFor(async () => (await shop.interactions()).find((r) => r.product === 'celadon-teapot'), 'stored', 10_000);
    expect(view.visitor).to.equal(null);

    // A page that says nothing leaves the shopper's last answer as it is.
    const silent = await page();
    expect(silent.win.Rapport!.consented).to.equal(false);
  });

  it('drops events the server refuses instead of sending them forever', async function () {
    this.timeout(20_000);
    const { win } = await page();
    win.Rapport!.track('teleport', { product: 'tea-cup' });
    win.Rapport!.track('product.view', { product: 'no-such-product' });
    await waitFor(async () => (await eventsWire()).some((r) => r.status === 422), 'refused', 10_000);
    await waitFor(() => sessionStorage.getItem(`rapport:events:${shop.key}`) === null, 'dropped');
    await tick(1000);
    // Sent once (requests of earlier tests' closing pages may land in the log too: only this page's count).
    const mine = (await eventsWire()).filter((r) => JSON.stringify(r.body).includes('no-such-product'));
    expect(mine.length).to.equal(1);
  });
});
