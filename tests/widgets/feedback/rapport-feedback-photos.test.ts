/**
 * @module Tests of <rapport-feedback>'s photos: judged by their first bytes (never by their
 * name), their byte size and their declared pixel size (a "decompression bomb" is refused
 * before this browser decodes it), at most 3, each with a preview drawn here as a `data:`
 * image (so it shows under a host page's strict CSP) and a remove button; uploaded on
 * their own with the preview, then named by the feedback and stored by the real API; the
 * API's refusal (415) shown at the photos.
 */
import { expect } from '@esm-bundle/chai';
import type { RapportFeedback } from '../../../widgets/feedback/rapport-feedback.ts';
import { cleanup, fixture, settle, startLoader, testShop, waitFor, SETUP_MS, type TestShop } from '../helpers.ts';
import { $, $$, GIF, JPEG, PNG, WEBP, choose, feedbackLog, file, fill, headBytes, image, outboxEntries, send, text, thanks } from './helpers.ts';

const mount = () => fixture<RapportFeedback>('<rapport-feedback lang="en"></rapport-feedback>');
let shop: TestShop;

/** A PNG whose header declares `w` × `h` pixels (only the header: the widget must not try to decode it). */
function pngDeclaring(w: number, h: number): Uint8Array {
  const b = new Uint8Array(64);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, w);
  new DataView(b.buffer).setUint32(20, h);
  return b;
}

describe('<rapport-feedback> photos', () => {
  before(async function () {
    this.timeout(SETUP_MS); // a shop on the real API, the loader and the element's chunk
    shop = await testShop();
    await startLoader(shop.key);
    await import('../../../widgets/feedback/rapport-feedback.ts');
  });
  beforeEach(() => shop.reset());
  afterEach(cleanup);

  it('judges photos by their bytes, not their name, uploads each with its preview, and the feedback names them', async function () {
    this.timeout(15_000);
    const el = await mount();
    const [png, jpeg, webp] = await Promise.all([image('image/png'), image('image/jpeg'), image('image/webp')]);
    await choose(el, [file('fake.jpg', GIF), file('note.jpg', 'just some text'), file('real.jpg', png, 0)], 1);
    expect($$<HTMLImageElement>(el, '[part~=photos] img').map((i) => i.alt)).to.deep.equal(['Preview of real.jpg']);
    expect(text($(el, '#photos-error'))).to.equal('“fake.jpg” is not a JPEG, PNG or WebP image. “note.jpg” is not a JPEG, PNG or WebP image.');
    await choose(el, [file('photo.txt', jpeg, 0), file('pic', webp, 0)], 3);
    expect($$(el, '[part~=photos] li')).to.have.length(3);
    expect($(el, '#photos-error') === null, 'no #photos-error').to.equal(true);
    await fill(el, { kind: 'complaint', text: 'Broken on arrival' });
    await send(el);
    await thanks(el, 10_000);
    // Each photo, then its preview (a JPEG drawn here), uploaded as raw bytes, in the order chosen …
    const uploads = await shop.requests({ method: 'POST', path: '/v1/uploads' });
    const heads = uploads.map((u) => headBytes((u.body as { head: string }).head));
    expect(heads).to.deep.equal([PNG.slice(0, 4), JPEG, JPEG, JPEG, WEBP.slice(0, 4), JPEG]);
    expect(uploads.map((u) => u.status)).to.deep.equal([201, 201, 201, 201, 201, 201]);
    // … then the feedback names them, with their names …
    const { requests, stored } = await feedbackLog(shop);
    const named = (requests[0].body as { photos: Array<{ upload: string; preview?: string; name: string }> }).photos;
    expect(named.map((p) => p.name)).to.deep.equal(['real.jpg', 'photo.txt', 'pic']);
    expect(named.every((p) => p.upload && p.preview)).to.equal(true);
    // … and all three are stored with the feedback, typed by their bytes.
    expect(stored).to.have.length(1);
    const kept = stored[0].body.photos.map((p) => [p.type, headBytes(p.head)] as const).sort(([a], [b]) => a.localeCompare(b));
    expect(kept).to.deep.equal([['image/jpeg', JPEG], ['image/png', PNG.slice(0, 4)], ['image/webp', WEBP.slice(0, 4)]]);
  });

  it('shows its previews under a host page CSP that forbids blob: images (img-src self data:)', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "img-src 'self' data:";
    document.head.append(meta);
    const violations: string[] = [];
    const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(e.blockedURI);
    document.addEventListener('securitypolicyviolation', onViolation);
    try {
      const el = await mount();
      await choose(el, [file('lid.png', await image('image/png'), 0)], 1);
      const img = $<HTMLImageElement>(el, '[part~=photos] img')!;
      expect(img.src.startsWith('data:image/jpeg;base64,'), img.src.slice(0, 30)).to.equal(true);
      await waitFor(() => img.complete && img.naturalWidth > 0, 'the preview to load');
      expect(violations).to.deep.equal([]);
    } finally {
      document.removeEventListener('securitypolicyviolation', onViolation);
    }
  });

  it('refuses a photo over 5 MB and a picture with too many pixels before decoding it, in the shopper language', async () => {
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="zh-Hans"></rapport-feedback>');
    const jpeg = await image('image/jpeg');
    await choose(el, [file('big.jpg', JPEG, 5 * 1024 * 1024 + 1), file('bomb.png', pngDeclaring(20_000, 20_000)), file('ok.jpg', jpeg, 5 * 1024 * 1024)], 1);
    expect(text($(el, '#photos-error'))).to.equal('“big.jpg”超过了 5 MB。 “bomb.png”的像素过多（超过 50 百万像素）。');
    expect($$(el, '[part~=photos] img')).to.have.length(1);
  });

  it('takes at most 3 photos, each with a remove button', async () => {
    const el = await mount();
    const png = await image('image/png');
    await choose(el, ['a', 'b', 'c', 'd'].map((n) => file(`${n}.png`, png, 0)), 3);
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

  it("shows the API's refusal of a photo (415) at the photos, and does not retry it", async () => {
    const el = await fixture<RapportFeedback>('<rapport-feedback lang="zh-TW"></rapport-feedback>');
    await choose(el, [file('odd.png', await image('image/png'), 0)], 1);
    await shop.fault('unsupported-once', { path: '/v1/uploads' });
    await fill(el, { kind: 'complaint', text: '包裹破損' });
    await send(el);
    const error = await waitFor(() => $(el, '#photos-error'), 'the photo refusal');
    expect(text(error)).to.equal('有照片無法接收，請使用不超過 5 MB 的 JPEG、PNG 或 WebP 圖片。');
    expect($(el, '#photos')!.getAttribute('aria-describedby')).to.equal('photos-hint photos-error');
    const uploads = await shop.requests({ method: 'POST', path: '/v1/uploads' });
    expect(uploads.map((r) => r.status)).to.deep.equal([415]);
    const { requests, stored } = await feedbackLog(shop);
    expect(requests).to.deep.equal([]);
    expect(stored).to.deep.equal([]);
    expect(await outboxEntries(shop.key)).to.deep.equal([]);
  });
});
