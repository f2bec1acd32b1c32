/**
 * @module `POST /v1/uploads` (issue 7 #16, #18): photos travel on their own, so JSON bodies
 * stay small; the shop, origin and limits are checked before the body is read; the type
 * comes from the bytes, a "decompression bomb" is refused by its declared size, a retry is
 * the same upload, and unused uploads are pruned.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { uploads } from '../../../server/uploads/index.ts';
import { UPLOAD_KEEP_HOURS, UPLOAD_MAX_BYTES, UPLOAD_RATE } from '../../../server/uploads/limits.ts';
import { createLogger } from '../../../server/kernel/log.ts';
import { loadConfig } from '../../../server/config.ts';
import { makeShop, testApp, testDb } from '../helpers/db.ts';
import { BASE, expectProblem, uploadPhoto } from '../helpers/http.ts';
import { GIF, jpegWithExif, pngDeclaring, pngWithText } from '../helpers/images.ts';

const db = testDb();
const app = testApp(db, { TRUST_PROXY: 'true' });
const { shop } = await makeShop(db);
const count = async () => (await withShop(db.sql, shop.id, (tx) => tx`select count(*)::int as n from uploads`))[0].n as number;
let ip = 0;
const from = () => ({ 'x-forwarded-for': `198.51.100.${++ip % 250}` });

describe('POST /v1/uploads', () => {
  it('stores a photo without its metadata and answers its size; a retry under the same key is the same upload', async () => {
    const key = randomUUID();
    const first = await uploadPhoto(app, shop.publicKey, jpegWithExif(), { 'idempotency-key': key, 'content-type': 'image/jpeg', ...from() });
    expect(first.status).toBe(201);
    const receipt = (await first.json()) as { id: string; contentType: string; width: number; height: number };
    expect(receipt).toMatchObject({ contentType: 'image/jpeg', width: 1, height: 1 });
    const again = await uploadPhoto(app, shop.publicKey, jpegWithExif(), { 'idempotency-key': key, 'content-type': 'image/jpeg', ...from() });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(receipt.id);
    const [row] = await withShop(db.sql, shop.id, (tx) => tx`select bytes from uploads where id = ${receipt.id}`);
    expect(Buffer.from(row.bytes).includes('GPSLatitude')).toBe(false);
    await expectProblem(await uploadPhoto(app, shop.publicKey, pngWithText(), { 'idempotency-key': key, ...from() }), 422, 'unprocessable');
  });

  it('reads the type from the bytes and refuses a disguised file, an oversized one and a decompression bomb, storing nothing', async () => {
    const before = await count();
    await expectProblem(await uploadPhoto(app, shop.publicKey, GIF, from()), 415, 'unsupported-media-type');
    await expectProblem(await uploadPhoto(app, shop.publicKey, Buffer.concat([pngWithText(), Buffer.alloc(UPLOAD_MAX_BYTES)]), from()), 413, 'payload-too-large');
    const bomb = pngDeclaring(20_000, 20_000);
    expect(bomb.length).toBeLessThan(1024);
    const refused = await expectProblem(await uploadPhoto(app, shop.publicKey, bomb, from()), 422, 'unprocessable');
    expect(refused.detail).toMatch(/20000 × 20000 pixels/);
    await expectProblem(await uploadPhoto(app, shop.publicKey, pngDeclaring(13_000, 10), from()), 422, 'unprocessable');
    expect(await count()).toBe(before);
    // A photo as a phone takes it is fine.
    expect((await uploadPhoto(app, shop.publicKey, pngDeclaring(4032, 3024), from())).status).toBe(201);
  });

  it('checks the shop before reading the body, and asks a client past its limit for a proof of work', async () => {
    await expectProblem(await uploadPhoto(app, 'pk_doesnotexist00', pngWithText()), 404, 'unknown-shop');
    const one = { 'x-forwarded-for': '203.0.113.77' };
    for (let i = 0; i < UPLOAD_RATE.perClient.hits; i++) expect((await uploadPhoto(app, shop.publicKey, pngWithText(), one)).status).toBe(201);
    const limited = await expectProblem(await uploadPhoto(app, shop.publicKey, pngWithText(), one), 429, 'rate-limited');
    expect(limited.challenge).toMatchObject({ algorithm: 'SHA-256' });
  });

  it('is pruned when no submission took it within a day', async () => {
    const res = await uploadPhoto(app, shop.publicKey, pngWithText(), from());
    const { id } = (await res.json()) as { id: string };
    await db.sql`update uploads set created_at = now() - make_interval(hours => ${UPLOAD_KEEP_HOURS + 1}) where id = ${id}`;
    const deps = { db, config: loadConfig({}), log: createLogger('silent') };
    await uploads.jobs!(deps)['uploads.prune']({ id: '1', kind: 'uploads.prune', shopId: null, payload: {}, attempts: 1, maxAttempts: 3 });
    const [{ n }] = await db.sql`select count(*)::int as n from uploads where id = ${id}`;
    expect(n).toBe(0);
  });

  it('keeps JSON bodies small: a feedback body the size of a photo is refused', async () => {
    const res = await app.request(`${BASE}/v1/feedback`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-rapport-shop': shop.publicKey, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ kind: 'question', text: 'x', locale: 'en', fillMs: 5000, photos: [{ data: 'A'.repeat(1024 * 1024) }] }),
    });
    await expectProblem(res, 413, 'payload-too-large');
  });
});
