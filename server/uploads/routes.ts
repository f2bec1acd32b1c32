/**
 * @module `POST /v1/uploads`: one photo, as raw bytes (JPEG, PNG or WebP by its content),
 * uploaded before the submission that names it, so JSON bodies stay small. The shop,
 * origin and limits are checked before the body is read; the type comes from the bytes,
 * the size in pixels from the header (a decompression bomb is refused), and identifying
 * metadata is removed. A retry with the same Idempotency-Key is the same upload.
 */
import { createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { withShop } from '../kernel/db/tenancy.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { problem, ShopHeader, storefrontErrors } from '../kernel/http/contract.ts';
import { Problem } from '../kernel/http/errors.ts';
import { checkHuman, POW_HEADER } from '../kernel/http/human-check.ts';
import { readBodyLimited } from '../kernel/http/json-body.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { UploadReceipt } from './contract.ts';
import { findUploadByKey, insertUpload } from './db.ts';
import { cleanPhoto, imageSize } from './images.ts';
import { UPLOAD_MAX_BYTES, UPLOAD_MAX_PIXELS, UPLOAD_MAX_SIDE, UPLOAD_RATE } from './limits.ts';

const upload = createRoute({
  method: 'post',
  path: '/uploads',
  tags: ['Uploads'],
  summary: 'Upload one photo (raw JPEG, PNG or WebP bytes) for a submission to name',
  request: {
    headers: ShopHeader.extend({
      'content-type': z.enum(['image/jpeg', 'image/png', 'image/webp']).openapi({ description: 'The type is read from the bytes; this must name an image' }),
      'idempotency-key': z.string().min(8).max(200).openapi({ description: 'One per photo, reused for every retry' }),
      [POW_HEADER]: z.string().max(4000).optional(),
    }),
    body: { required: true, content: { 'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) } } },
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: UploadReceipt } } },
    200: { description: 'A retry: the same upload', content: { 'application/json': { schema: UploadReceipt } } },
    422: problem('Too many pixels, or the Idempotency-Key was used for another photo'),
    429: problem('Past a limit: solve `challenge` and send again with X-Rapport-Pow'),
    ...storefrontErrors,
  },
});

const view = (u: { id: string; contentType: UploadReceipt['contentType']; size: number; width: number; height: number }): UploadReceipt =>
  ({ id: u.id, contentType: u.contentType, size: u.size, width: u.width, height: u.height });

export function uploadRoutes(deps: AppDeps) {
  const { sql } = deps.db;
  const app = router<ShopEnv>();
  app.openapi(upload, async (c) => {
    const shop = c.var.shop;
    const headers = c.req.valid('header');
    const key = headers['idempotency-key'];
    // A retry of a stored upload is not counted again; anything new passes the limits before its body is read.
    const retry = await withShop(sql, shop.id, (tx) => findUploadByKey(tx, key));
    const gate = retry ? undefined : await checkHuman(sql, shop, clientIp(c) ?? 'unknown', { scope: 'upload', ...UPLOAD_RATE, pow: headers[POW_HEADER] });
    const raw = await readBodyLimited(c.req.raw, UPLOAD_MAX_BYTES);
    const photo = cleanPhoto(raw);
    const size = imageSize(photo.bytes, photo.type);
    if (!size || size.width < 1 || size.height < 1) throw new Problem('unsupported-media-type', { detail: 'The photo does not say how big it is' });
    if (size.width * size.height > UPLOAD_MAX_PIXELS || size.width > UPLOAD_MAX_SIDE || size.height > UPLOAD_MAX_SIDE) {
      throw new Problem('unprocessable', {
        detail: `The photo is ${size.width} × ${size.height} pixels; at most ${UPLOAD_MAX_PIXELS / 1e6} megapixels and ${UPLOAD_MAX_SIDE} pixels a side`,
        errors: [{ path: 'body', message: 'Too many pixels' }],
      });
    }
    const hash = createHash('sha256').update(photo.bytes).digest('hex');
    const { row, created } = retry
      ? { row: retry, created: false }
      : await withShop(sql, shop.id, (tx) => insertUpload(tx, { shopId: shop.id, key, hash, contentType: photo.type, bytes: photo.bytes, ...size }));
    if (row.contentHash !== hash) throw new Problem('unprocessable', { detail: 'This Idempotency-Key was used for another photo' });
    if (created) await gate?.accepted();
    return c.json(view(row), created ? 201 : 200);
  });
  return app;
}
