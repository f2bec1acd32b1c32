/**
 * @module Tests of <rapport-feedback>'s photos: judged by their first bytes (never by their
 * name), at most 5 MB and 3 of them, each with a preview and a remove button, sent as base64
 * and stored by the real API; its own refusal (415) shown at the photos.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportFeedback } from '../../../widgets/feedback/rapport-feedback.ts';
import { cleanup, fixture, settle, startLoader, testShop, waitFor, SETUP_MS, type TestShop } from '../helpers.ts';
import { $, $$, GIF, JPEG, PNG, WEBP, choose, feedbackLog, file, fill, headBytes, image, outboxEntries, send, text, thanks } from './helpers.ts';

const mount = () => fixture<RapportFeedback>('<rapport-feedback lang="en"></rapport-feedback>');
let shop: TestShop;

describe('<rapport-feedback> photos', () => {
  before(async function () {
    this.timeout(SETUP_MS); // a shop on the real API, the loader and the element's chunk
    shop = await testShop();
    await startLoader(shop.key);
    await import('../../../widgets/feedback/rapport-feedback.ts');
  });
  beforeEach(() => shop.reset());
  afterEach(cleanup);

  it('judges photos by their bytes, not their name', async () => {
    const el = await mount();
    // Real images where the API must take them (it reads the whole file), first bytes only where the widget refuses.
    const [png, jpeg, webp] = await Promise.all([image('image/png'), image('image/jpeg'), image('image/webp')]);
    await choose(el, [file('fake.jpg', GIF), file('note.jpg', 'just some text'), file('real.jpg', png, 0)], 1);
    expect($$<HTMLImageElement>(el, '[part~=photos] img').map((i) => i.alt)).to.deep.equal(['Preview of real.jpg']);
    expect(text($(el, '#photos-error'))).to.equal('“fake.jpg” is not a JPEG, PNG or WebP image. “note.jpg” is not a JPEG, PNG or WebP image.');
    await choose(el, [file('photo.txt', jpeg, 0), file('pic', webp, 0)], 3);
    expect($$(el, '[part~=photos] li')).to.have.length(3);
    expect($(el, '#photos-error') === null, 'no #photos-error').to.equal(true);
    await fill(el, { kind: 'complaint', text: 'Broken on arrival' });
    await send(el);
    await thanks(el);
    const { requests, stored } = await feedbackLog(shop);
    // Sent in the order chosen, with their names …
    const sent = (requests[0].body as { photos: Array<{ name: string; head: string }> }).photos;
    expect(sent.map((p) => headBytes(p.head))).to.deep.equal([PNG.slice(0, 4), JPEG, WEBP.slice(0, 4)]);
    expect(sent.map((p) => p.name)).to.deep.equal(['real.jpg', 'photo.txt', 'pic']);
    // … and all three stored with the feedback, typed by their bytes.
    expect(stored).to.have.length(1);
    const kept = stored[0].body.photos.map((p) => [p.type, headBytes(p.head)] as const).sort(([a], [b]) => a.localeCompare(b));
    expect(kept).to.deep.equal([['image/jpeg', JPEG], ['image/png', PNG.slice(0, 4)], ['image/webp', WEBP.slice(0, 4)]]);
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
    const { requests, stored } = await feedbackLog(shop);
    expect(requests.map((r) => r.status)).to.deep.equal([415]);
    expect(stored).to.deep.equal([]);
    expect(await outboxEntries(shop.key)).to.deep.equal([]);
  });
});
