/**
 * @module A feedback's photos in the admin's detail answer: the preview the shopper's
 * browser drew has its address; a photo without one has none (`previewUrl: null`), so the
 * admin never draws a full-size photo as a thumbnail without knowing its size.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeShop, staffSession, testApp, testDb } from '../helpers/db.ts';
import { BASE, jsonReq, uploadedPhoto } from '../helpers/http.ts';
import { pngDeclaring, pngWithText } from '../helpers/images.ts';

const db = testDb();
const app = testApp(db);
const PASSWORD = 'a long enough password';

type Photo = { id: string; url: string; previewUrl: string | null; width: number | null; height: number | null };

describe('photo previews in the admin’s feedback detail', () => {
  it('gives the address of a stored preview, and null for a photo that has none', async () => {
    const { shop, owner } = await makeShop(db, { password: PASSWORD });
    const up = (bytes: Buffer) => uploadedPhoto(app, shop.publicKey, bytes);
    const [withPreview, preview, without] = [await up(pngWithText()), await up(pngDeclaring(64, 48)), await up(pngDeclaring(3000, 2000))];
    const res = await app.request(`${BASE}/v1/feedback`, jsonReq('POST', {
      kind: 'complaint', text: 'The lid is cracked', locale: 'en', fillMs: 9000,
      photos: [{ upload: withPreview, preview }, { upload: without }],
    }, { 'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID() }));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };

    const api = await staffSession(app, owner.email, PASSWORD);
    const { photos } = (await (await api.get(`/v1/admin/feedback/${id}`)).json()) as { photos: Photo[] };
    expect(photos.map((p) => [p.width, p.height, p.previewUrl])).toEqual([
      [2, 2, `/v1/admin/feedback/${id}/photos/${photos[0].id}/preview`],
      [3000, 2000, null],
    ]);
    // The preview's address answers the small image, not the photo.
    const small = await api.get(photos[0].previewUrl!);
    expect(small.status).toBe(200);
    expect(Buffer.from(await small.arrayBuffer())).toEqual(pngDeclaring(64, 48));
    expect((await api.get(photos[1].url)).status).toBe(200);
  });
});
