/**
 * @module Contract: a photo upload's receipt, and how a submission names an upload.
 */
import { z } from '@hono/zod-openapi';

export const UploadReceipt = z
  .object({
    id: z.uuid(),
    contentType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
    size: z.number().int(),
    width: z.number().int(),
    height: z.number().int(),
  })
  .openapi('UploadReceipt');
export type UploadReceipt = z.infer<typeof UploadReceipt>;

/** A photo in a submission: the upload of the image, and optionally of the preview the browser drew. */
export const PhotoRef = z.object({
  upload: z.uuid(),
  preview: z.uuid().optional(),
  name: z.string().max(200).optional(),
});
export type PhotoRef = z.infer<typeof PhotoRef>;
