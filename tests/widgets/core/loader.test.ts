/**
 * @module Tests of the real loader: `window.Rapport`, elements defined only when their tag
 * appears (at start, later, or in a shadow root handed to `scan`), and `identify()`
 * answering with results and events, never exceptions. Then the built loader
 * (dist/widgets/rapport.js, when built) in a frame: an element's whole chunk graph
 * preloaded at once, at low priority, each file once.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportGlobal } from '../../../widgets/core/rapport-global.ts';
import { SETUP_MS, startLoader, testShop, tick, waitFor, watchPageErrors, type TestShop } from '../helpers.ts';

let shop: TestShop;
let SHOP: string;
let rapport: RapportGlobal;

describe('loader (rapport.js)', () => {
  before(async function () {
    this.timeout(SETUP_MS);
    shop = await testShop();
    SHOP = shop.key;
    document.body.insertAdjacentHTML('beforeend', '<rapport-profile id="early"></rapport-profile>');
    rapport = await startLoader(SHOP);
  });

  it('exposes window.Rapport with the shop key, API base and version', () => {
    expect(window.Rapport).to.equal(rapport);
    expect(rapport.shop).to.equal(SHOP);
    expect(rapport.api).to.equal(location.origin);
    expect(rapport.version).to.match(/^\d+\.\d+\.\d+/);
    expect(rapport.session).to.equal(null);
  });

  it('defines an element whose tag is in the page at start', async () => {
    await waitFor(() => customElements.get('rapport-profile'), '<rapport-profile> defined');
    expect(document.getElementById('early')!.shadowRoot).to.exist;
  });

  it('does not load elements whose tag is not in the page', async () => {
    await tick(100);
    for (const tag of ['rapport-returns', 'rapport-feedback', 'rapport-provider']) {
      expect(customElements.get(tag) === undefined, `${tag} undefined`).to.equal(true);
    }
  });

  it('defines an element added to the page later', async () => {
    expect(customElements.get('rapport-faq') === undefined, 'not loaded yet').to.equal(true);
    const box = document.createElement('div');
    box.innerHTML = '<div><rapport-faq></rapport-faq></div>';
    document.body.append(box);
    await waitFor(() => customElements.get('rapport-faq'), '<rapport-faq> defined');
    box.remove();
  });

  it('defines an element inside a shadow root once the page hands it to scan()', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<rapport-recommendations></rapport-recommendations>';
    await tick(100);
    expect(customElements.get('rapport-recommendations') === undefined, 'not visible to the observer').to.equal(true);
    rapport.scan(host.shadowRoot!);
    await waitFor(() => customElements.get('rapport-recommendations'), '<rapport-recommendations> defined');
    host.remove();
  });

  it('identify() resolves a refused proof as an error result and event, never a throw', async () => {
    const errors = watchPageErrors();
    const seen: string[] = [];
    const onError = (e: WindowEventMap['rapport-identity-error']) => seen.push(e.detail.error.code);
    addEventListener('rapport-identity-error', onError);
    const r = await rapport.identify('forged.token.value');
    removeEventListener('rapport-identity-error', onError);
    expect(r.ok).to.equal(false);
    expect(!r.ok && [r.error.code, r.error.status]).to.deep.equal(['invalid-token', 401]);
    expect(seen).to.deep.equal(['invalid-token']);
    expect(rapport.session).to.equal(null);
    // Not even nonsense input throws.
    const odd = await rapport.identify(undefined as unknown as string);
    expect(!odd.ok && odd.error.code).to.equal('validation');
    expect(errors.stop()).to.deep.equal([]);
  });

  it('identify() keeps the session, announces it, and does not exchange the same proof twice', async () => {
    const changes: Array<string | undefined> = [];
    const onChange = (e: WindowEventMap['rapport-identity-change']) => changes.push(e.detail.session?.sessionToken);
    addEventListener('rapport-identity-change', onChange);
    const count = async () => (await shop.requests({ method: 'POST', path: '/v1/identity/exchange' })).length;
    const before = await count();
    const proof = await shop.proof({ sub: 'ada', email: 'ada@example.com' });
    const r = await rapport.identify(proof);
    const token = r.ok ? r.value.sessionToken : '';
    expect(token).to.be.a('string').and.not.equal('');
    expect(rapport.session?.customer.email).to.equal('ada@example.com');
    expect(JSON.parse(sessionStorage.getItem(`rapport:session:${SHOP}`)!).sessionToken).to.equal(token);
    const again = await rapport.identify(proof);
    expect(again.ok).to.equal(true);
    expect(await count()).to.equal(before + 1);
    rapport.signOut();
    removeEventListener('rapport-identity-change', onChange);
    expect(changes).to.deep.equal([token, undefined]);
    expect(rapport.session).to.equal(null);
    expect(sessionStorage.getItem(`rapport:session:${SHOP}`)).to.equal(null);
  });

  it("a refused proof drops the previous customer's session", async () => {
    await rapport.identify(await shop.proof({ sub: 'first-customer' }));
    expect(rapport.session).to.not.equal(null);
    await rapport.identify(await shop.proof({ sub: 'second-customer', expiresIn: -60 }));
    expect(rapport.session).to.equal(null);
  });
});

describe('the built loader (dist/widgets/rapport.js)', () => {
  const src = `${location.origin}/dist/widgets/rapport.js`;
  let frame: HTMLIFrameElement | undefined;
  after(() => frame?.remove());

  it('preloads the whole chunk graph of an element in one stage: modulepreload, crossorigin, low priority, each file once', async function () {
    this.timeout(15_000);
    if (!(await fetch(src, { method: 'HEAD' })).ok) this.skip(); // run `npx vite build` first
    frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><head>
      <script type="module" src="${src}" data-shop="pk_loadertest02" data-api="${location.origin}" fetchpriority="low"></script>
      </head><body><rapport-feedback></rapport-feedback></body></html>`;
    document.body.append(frame);
    const win = () => frame!.contentWindow as (Window & typeof globalThis) | null;
    await waitFor(() => win()?.customElements?.get('rapport-feedback'), '<rapport-feedback> defined in the frame', 12_000);

    const links = [...frame.contentDocument!.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];
    const hrefs = links.map((l) => l.href);
    expect(new Set(hrefs).size, 'each file once').to.equal(hrefs.length);
    expect(hrefs.some((h) => /\/chunks\/rapport-feedback-[\w-]+\.js$/.test(h)), 'the element chunk').to.equal(true);
    expect(hrefs.some((h) => /\/chunks\/lit-[\w-]+\.js$/.test(h)), 'Lit').to.equal(true);
    for (const l of links) {
      expect(l.href.startsWith(`${location.origin}/dist/widgets/chunks/`), l.href).to.equal(true);
      expect(l.getAttribute('crossorigin')).to.equal('');
      expect(l.getAttribute('fetchpriority')).to.equal('low');
    }
    // Fetched once each, and in one stage: every file of the graph was requested before any
    // of them had arrived (none waited for an import to discover it). Files the loader
    // itself imports came earlier, with it; Vite's preload helper is no longer among them.
    const fetched = win()!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    for (const h of hrefs) expect(fetched.filter((e) => e.name === h), h).to.have.length(1);
    const own = fetched.find((e) => /\/chunks\/rapport-feedback-/.test(e.name))!;
    const stage = fetched.filter((e) => hrefs.includes(e.name) && e.startTime >= own.startTime);
    const firstArrival = Math.min(...stage.map((e) => e.responseEnd));
    for (const e of stage) expect(e.startTime <= firstArrival, `${e.name} was requested after another file had arrived`).to.equal(true);
    const earlier = fetched.filter((e) => e.name.includes('/dist/widgets/') && e.startTime < own.startTime).map((e) => e.name);
    expect(earlier.some((n) => n.includes('preload-helper')), earlier.join(', ')).to.equal(false);
  });
});
