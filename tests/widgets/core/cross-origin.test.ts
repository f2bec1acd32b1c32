/**
 * @module The loader on a storefront of another origin, as in production: the page is
 * on `localhost`, Rapport on `127.0.0.1` (same dev server, different origin). The loader
 * must find its own tag through `import.meta.url`, load its chunks and catalogs from its
 * own origin, and call the real API there, which lets the shop's allowed origin through CORS.
 */
import { expect } from '@esm-bundle/chai';
import { cleanup, fixture, testShop, waitFor, SETUP_MS, type TestShop } from '../helpers.ts';

const RAPPORT = `http://127.0.0.1:${location.port}`;

describe('loader on a storefront of another origin', () => {
  let shop: TestShop;
  before(async function () {
    if (location.hostname !== 'localhost') this.skip();
    this.timeout(SETUP_MS);
    shop = await testShop(); // allows this page's origin, http://localhost:<port>
  });
  after(cleanup);

  it('loads its chunks and texts from its own origin and talks to its API there', async () => {
    const wrap = await fixture('<div lang="zh-TW"><rapport-faq></rapport-faq></div>');
    // Another tag naming a shop comes first: the loader must still pick its own.
    const decoy = document.createElement('script');
    decoy.type = 'application/json';
    decoy.dataset.shop = 'pk_wrongshop001';
    document.head.append(decoy);
    const tag = document.createElement('script');
    tag.type = 'module';
    tag.src = `${RAPPORT}/widgets/loader.ts`;
    tag.dataset.shop = shop.key;
    document.head.append(tag);

    const rapport = await waitFor(() => window.Rapport, 'window.Rapport');
    expect([rapport.shop, rapport.api]).to.deep.equal([shop.key, RAPPORT]);

    const faq = wrap.querySelector('rapport-faq')!;
    const title = () => faq.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
    await waitFor(() => title() === '常見問題', 'the zh-Hant title rendered from 127.0.0.1 chunks');

    const r = await rapport.identify(await shop.proof({ sub: 'crossorigin-0001', email: 'mei@example.com' }));
    expect(r.ok && r.value.customer.email).to.equal('mei@example.com');
    expect(rapport.session?.sessionToken).to.be.a('string').and.match(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    // It went to the API on 127.0.0.1, from this page's origin, and CORS let the page read the answer.
    const [sent] = await shop.requests({ path: '/v1/identity/exchange' });
    expect(sent.origin).to.equal(location.origin);
  });
});
