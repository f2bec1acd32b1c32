/**
 * @module Tests of <rapport-feedback>'s photos: judged by their first bytes (never by their
 * name), at most 5 MB and 3 of them, each with a preview and a remove button, sent as base64;
 * the API's own refusal (415) shown at the photos.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportFeedback } from '../../../widgets/feedback/rapport-feedback.ts';
import { cleanup, fixture, settle, startLoader, waitFor } from '../helpers.ts';
import { $, $$, GIF, JPEG, PNG, WEBP, choose, file, fill, outboxEntries, send, testApi, text, thanks } from './helpers.ts';

const SHOP = 'pk_feedbackphotos01';
const api = testApi(SHOP);
const mount = () => fixture<RapportFeedback>('<rapport-feedback lang="en"></rapport-feedback>');

describe('<rapport-feedback> photos', () => {
  before(async () => {
    await startLoader(SHOP);
    await import('../../../widgets/feedback/rapport-feedback.ts');
  });
  beforeEach(() => api.mode('ok'));
  afterEach(cleanup);

  it('judges photos by their bytes, not their name', async () => {
    const el = await mount();
    await choose(el, [file('fake.jpg', GIF), file('note.jpg', 'just some text'), file('real.jpg', PNG)], 1);
    expect($$<HTMLImageElement>(el, '[part~=photos] img').map((i) => i.alt)).to.deep.equal(['Preview of real.jpg']);
    expect(text($(el, '#photos-error'))).to.equal('“fake.jpg” is not a JPEG, PNG or WebP image. “note.jpg” is not a JPEG, PNG or WebP image.');
    await choose(el, [file('photo.txt', JPEG), file('pic', WEBP)], 3);
    expect($$(el, '[part~=photos] li')).to.have.length(3);
    expect($(el, '#photos-error') === null, 'no #photos-error').to.equal(true);
    await fill(el, { kind: 'complaint', text: 'Broken on arrival' });
    await send(el);
    await thanks(el);
    const [stored] = (await api.log()).stored;
    const heads = stored.body.photos!.map((p) => [...atob(p.data).slice(0, 4)].map((c) => c.charCodeAt(0)));
    expect(heads).to.deep.equal([PNG.slice(0, 4), JPEG, WEBP.slice(0, 4)]);
    expect(stored.body.photos!.map((p) => p.name)).to.deep.equal(['real.jpg', 'photo.txt', 'pic']);
  });

  it('refuses a photo over 5 MB, in the shopper language', async () => {
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="zh-Hans"></rapport-feedback>');
    await choose(el, [file('big.jpg', JPEG, 5 * 1024 * 1024 + 1), file('ok.jpg', JPEG, 5 * 1024 * 1024)], 1);
    expect(text($(el, '#photos-error'))).to.equal('“big.jpg”超过了 5 MB。');
    expect($$(el, '[part~=photos] img')).to.have.length(1);
  });

  it('takes at most 3 photos, each with a remove button', async () => {
    const el = await mount();
    await choose(el, ['a', 'b', 'c', 'd'].map((n) => file(`${n}.png`, PNG)), 3);
    expect($$(el, '[part~=photos] li')).to.have.length(3);
    expect(text($(el, '#photos-error'))).to.equal('You can add at most 3 photos.');
    expect($<HTMLInputElement>(el, '#photos')!.disabled).to.equal(true);
    const remove = $$<HTMLButtonElement>(el, '[part~=photos] button');
    expect(remove.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Remove a.png', 'Remove b.png', 'Remove c.png']);
    remove[1].click();
    await settle(el);
    expect($$<HTMLImageElement>(el, '[part~=photos] img').map((i) => i.alt)).to.deep.equal(['Preview of a.png', 'Preview of c.png']);
    expect($<HTMLInputElement>(el, '#photos')!.disabled).to.equal(false);
    expect(el.shadowRoot!.activeElement === $(el, '#photos'), 'the photo input is focused').to.equal(true);
  });

  it("shows the API's refusal of a disguised photo (415) at the photos, and does not retry it", async () => {
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="zh-TW"></rapport-feedback>');
    await choose(el, [file('odd.png', PNG.slice(0, 8))], 1); // a PNG signature, then no image at all
    await fill(el, { kind: 'complaint', text: '包裹破損' });
    await send(el);
    const error = await waitFor(() => $(el, '#photos-error'), 'the photo refusal');
    expect(text(error)).to.equal('有照片無法接收，請使用不超過 5 MB 的 JPEG、PNG 或 WebP 圖片。');
    expect($(el, '#photos')!.getAttribute('aria-describedby')).to.equal('photos-hint photos-error');
    expect((await api.log()).requests.map((r) => r.status)).to.deep.equal([415]);
    expect(await outboxEntries(SHOP)).to.deep.equal([]);
  });
});
