/**
 * @module The loader on a storefront of another origin, as in production: the page is
 * on `localhost`, Rapport on `127.0.0.1` (same dev server, different origin). The loader
 * must find its own tag through `import.meta.url`, load its chunks and catalogs from its
 * own origin, and call the API there.
 */
import { expect } from '@esm-bundle/chai';
import { cleanup, fixture, waitFor } from '../helpers.ts';

const RAPPORT = `http://127.0.0.1:${location.port}`;

describe('loader on a storefront of another origin', () => {
  before(function () {
    if (location.hostname !== 'localhost') this.skip();
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
    tag.dataset.shop = 'pk_crossorigin01';
    document.head.append(tag);

    const rapport = await waitFor(() => window.Rapport, 'window.Rapport');
    expect([rapport.shop, rapport.api]).to.deep.equal(['pk_crossorigin01', RAPPORT]);

    const faq = wrap.querySelector('rapport-faq')!;
    const title = () => faq.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
    await waitFor(() => title() === '常見問題', 'the zh-Hant title rendered from 127.0.0.1 chunks');

    const r = await rapport.identify('valid.crossorigin-0001');
    expect(r.ok && r.value.sessionToken).to.equal('session.crossorigin-0001');
  });
});
