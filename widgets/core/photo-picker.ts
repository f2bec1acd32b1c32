/**
 * @module Photos for <rapport-feedback>: a file is accepted only if its first bytes say
 * JPEG, PNG or WebP (never trusting its name or the browser's guessed type) and it is at
 * most 5 MB; then it is read as base64 for the submission, with a preview URL.
 */
import type { Msg } from '../feedback/feedback-fields.ts';

/** The contract's limits (server/contract/feedback.ts), repeated here: the widget imports no runtime code from it. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTOS_MAX = 3;

export interface Photo {
  name: string;
  /** Base64 of the bytes, as the API takes them. */
  data: string;
  /** An object URL for the preview; revoke it with `URL.revokeObjectURL` when the photo goes. */
  url: string;
}

export type PhotoResult = { ok: true; photo: Photo } | { ok: false; reason: 'photoType' | 'photoSize' };

const SIGNATURES: Array<[offset: number, bytes: number[]]> = [
  [0, [0xff, 0xd8, 0xff]], // JPEG
  [0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]], // PNG
  [8, [0x57, 0x45, 0x42, 0x50]], // WebP: "RIFF" size "WEBP"; RIFF is checked below
];
const RIFF = [0x52, 0x49, 0x46, 0x46];

const at = (head: Uint8Array, offset: number, bytes: number[]) => bytes.every((b, i) => head[offset + i] === b);

/** True when the first bytes are those of a JPEG, PNG or WebP image. */
export function isSupportedImage(head: Uint8Array): boolean {
  return SIGNATURES.some(([offset, bytes]) => at(head, offset, bytes) && (offset === 0 || at(head, 0, RIFF)));
}

function base64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Checks and reads one file; rejects only when the browser cannot read it at all. */
export async function readPhoto(file: File): Promise<PhotoResult> {
  if (file.size > PHOTO_MAX_BYTES) return { ok: false, reason: 'photoSize' };
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  if (!isSupportedImage(head)) return { ok: false, reason: 'photoType' };
  return { ok: true, photo: { name: file.name.slice(0, 200), data: await base64(file), url: URL.createObjectURL(file) } };
}

/** Adds what fits of `files` to `photos` (at most 3); the refused ones come back as messages. */
export async function addPhotos(photos: Photo[], files: File[]): Promise<{ photos: Photo[]; errors: Msg[] }> {
  const errors: Msg[] = [];
  for (const file of files) {
    if (photos.length >= PHOTOS_MAX) {
      errors.push({ key: 'feedback.error.photoCount', params: { max: PHOTOS_MAX } });
      break;
    }
    const r = await readPhoto(file).catch((): PhotoResult => ({ ok: false, reason: 'photoType' }));
    if (r.ok) photos = [...photos, r.photo];
    else errors.push({ key: `feedback.error.${r.reason}`, params: { name: file.name } });
  }
  return { photos, errors };
}
