/**
 * @module The store's proof is the truth (issue 7 #2): pages of one tab in frames that share
 * its sessionStorage, each with the real loader, on the real API. A session kept from an
 * earlier page is not used until this page's proof confirms it; a page without a proof has
 * nobody signed in (the next person at a shared computer never writes as the previous
 * customer); another customer's proof replaces it; a submission made while the exchange
 * runs waits for it; an entry queued by one customer never goes with another's session.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportGlobal, RapportSession } from '../../../widgets/core/rapport-global.ts';
import { SETUP_MS, testShop, waitFor, type TestShop } from '../helpers.ts';

interface PageWindow extends Window {
  Rapport?: RapportGlobal;
  /** What the page saw of `Rapport.session` the moment its own first module ran. */
  sessionAtStart?: RapportSession | null;
  /** Puts a feedback body in the outbox and sends it with the durable send. */
  send?: (body: object, customer?: string | null) => Promise<{ ok: boolean } | undefined>;
}

let shop: TestShop;
const frames: HTMLIFrameElement[] = [];

/** A store page in a frame of this tab: the loader, optionally a provider with a proof, and a helper to send. */
async function page(opts: { proof?: string; provider?: boolean } = {}): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  const provider = opts.provider === false ? '' : opts.proof !== undefined ? `<rapport-provider customer-token="${opts.proof}"></rapport-provider>` : '';
  frame.srcdoc = `<!doctype html><html><head>
    <script type="module" src="/widgets/loader.ts" data-shop="${shop.key}" data-api="${location.origin}"></script>
    <script type="module">
      window.sessionAtStart = window.Rapport.session;
      const { deliver, newKey } = await import('/widgets/core/durable-send.ts');
      const { outbox } = await import('/widgets/core/durable-queue.ts');
      window.send = async (body, customer) => {
        const entry = { key: newKey(), path: '/v1/feedback', body, createdAt: Date.now(), ...(customer !== undefined ? { customer } : {}) };
        await outbox(window.Rapport.shop).put(entry);
        return deliver(window.Rapport.shop, entry);
      };
    </script></head><body>${provider}<p>Store page</p></body></html>`;
  document.body.append(frame);
  frames.push(frame);
  const win = frame.contentWindow as PageWindow;
  await waitFor(() => win.send, 'the page started', 10_000);
  return win;
}

const feedback = (text: string) => ({ kind: 'question', text, locale: 'en', fillMs: 5000, context: {} });
const exchanges = async () => (await shop.requests({ method: 'POST', path: '/v1/identity/exchange' })).length;
const filedUnder = async (text: string) => (await shop.feedback()).items.find((i) => i.body.text === text)?.customer?.sub ?? null;

describe('identity follows the store', () => {
  let ada: string;
  let bob: string;

  before(async function () {
    this.timeout(SETUP_MS);
    shop = await testShop();
    ada = await shop.proof({ sub: 'ada', email: 'ada@example.com' });
    bob = await shop.proof({ sub: 'bob', email: 'bob@example.com' });
  });
  beforeEach(() => sessionStorage.clear());
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it("signs nobody in on a page without the store's proof: the previous customer's session is forgotten before anything uses it", async function () {
    this.timeout(20_000);
    const first = await page({ proof: ada });
    expect((await first.Rapport!.identityReady())?.customer.email).to.equal('ada@example.com');
    expect(sessionStorage.getItem(`rapport:session:${shop.key}`)).to.not.equal(null);

    // Ada signed out of the store; the next person opens a page of it.
    const next = await page();
    expect(next.sessionAtStart, 'not in use before the page is decided').to.equal(null);
    expect(await next.Rapport!.identityReady()).to.equal(null);
    expect(sessionStorage.getItem(`rapport:session:${shop.key}`)).to.equal(null);
    expect((await next.send!(feedback('Written by the next person')))?.ok).to.equal(true);
    expect(await filedUnder('Written by the next person')).to.equal(null);
  });

  it('confirms the kept session without a new exchange when the page carries the same proof', async function () {
    this.timeout(20_000);
    await (await page({ proof: ada })).Rapport!.identityReady();
    const before = await exchanges();
    const next = await page({ proof: ada });
    expect(next.sessionAtStart).to.equal(null);
    expect((await next.Rapport!.identityReady())?.customer.email).to.equal('ada@example.com');
    expect(await exchanges()).to.equal(before);
  });

  it("replaces the kept session when the page carries another customer's proof, and never shows the previous one", async function () {
    this.timeout(20_000);
    await (await page({ proof: ada })).Rapport!.identityReady();
    const next = await page({ proof: bob });
    const seen: Array<string | null> = [];
    next.addEventListener('rapport-identity-change', (e) => seen.push((e as CustomEvent<{ session: RapportSession | null }>).detail.session?.customer.email ?? null));
    expect(next.sessionAtStart).to.equal(null);
    expect((await next.Rapport!.identityReady())?.customer.email).to.equal('bob@example.com');
    expect(seen).to.not.include('ada@example.com');
  });

  it('holds a submission made while the exchange runs until it answers, so it goes as the customer’s', async function () {
    this.timeout(20_000);
    await shop.fault('slow', { path: '/v1/identity/exchange', ms: 1500 });
    try {
      const p = await page({ proof: await shop.proof({ sub: 'carol', email: 'carol@example.com' }) });
      expect(p.Rapport!.session, 'the exchange is still running').to.equal(null);
      expect((await p.send!(feedback('Sent before the exchange answered')))?.ok).to.equal(true);
    } finally {
      await shop.fault('ok');
    }
    expect(await filedUnder('Sent before the exchange answered')).to.equal('carol');
  });

  it("never sends an entry queued by one customer with another customer's session", async function () {
    this.timeout(20_000);
    const adaPage = await page({ proof: ada });
    const adaId = (await adaPage.Rapport!.identityReady())!.customer.id;
    const bobPage = await page({ proof: bob });
    expect((await bobPage.Rapport!.identityReady())?.customer.email).to.equal('bob@example.com');
    // Ada's entry, queued before she signed out, is delivered on Bob's page.
    expect((await bobPage.send!(feedback("Ada's queued question"), adaId))?.ok).to.equal(true);
    const wire = (await shop.requests({ method: 'POST', path: '/v1/feedback' })).at(-1)!;
    expect(wire.authorization).to.equal(null);
    expect(await filedUnder("Ada's queued question")).to.not.equal('bob');
    // Bob's own goes with his session.
    expect((await bobPage.send!(feedback("Bob's question")))?.ok).to.equal(true);
    expect(await filedUnder("Bob's question")).to.equal('bob');
  });
});
