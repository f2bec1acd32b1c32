/**
 * @module The photo picker every form with photos uses (feedback, returns …): a file is
 * accepted only if its first bytes say JPEG, PNG or WebP (never its name or the browser's
 * guessed type), it fits the feature's byte limit, and its header declares a size the
 * server takes — so a "decompression bomb" is refused before this browser decodes it.
 * Each photo gets a small preview drawn here, shown as a `data:` image (it works under a
 * host page's strict CSP, which may forbid `blob:`) and uploaded beside the photo so the
 * merchant's admin never has to open the full image. Texts are the shared form texts.
 */
import { html, nothing } from 'lit';
import { imageSize, sniffPhotoType } from '../../server/uploads/image-header.ts';
import { PREVIEW_MAX_SIDE, UPLOAD_MAX_PIXELS, UPLOAD_MAX_SIDE } from '../../server/uploads/limits.ts';
import type { Msg } from './form-parts.ts';
import type { Translate } from './texts.ts';
import type { FormKey } from './locales/form-en.ts';

export interface Photo {
  name: string;
  /** The file as chosen, typed by its bytes; the server strips its metadata. */
  file: Blob;
  /** A JPEG at most PREVIEW_MAX_SIDE pixels a side, drawn here, as a `data:` URL. */
  preview: string;
}

/** A feature's limits (its `limits.ts`): how many photos, how many bytes each. */
export interface PhotoLimits {
  max: number;
  maxBytes: number;
}

export type PhotoResult = { ok: true; photo: Photo } | { ok: false; reason: 'type' | 'size' | 'pixels' };

/** Draws `file` at most PREVIEW_MAX_SIDE pixels a side, as a JPEG data URL; undefined when the browser cannot decode it. */
async function drawPreview(file: Blob, width: number, height: number): Promise<string | undefined> {
  const scale = Math.min(1, PREVIEW_MAX_SIDE / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  try {
    const bitmap = await createImageBitmap(file, { resizeWidth: w, resizeHeight: h, resizeQuality: 'medium' });
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.fillStyle = '#fff'; // a transparent PNG previews on white, as JPEG has no alpha
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(bitmap, 0, 0, w, h);
    bitmap.close();
    return canvas.toDataURL('image/jpeg', 0.82);
  } catch {
    return undefined;
  }
}

/** Checks and reads one file; rejects only when the browser cannot read it at all. */
export async function readPhoto(file: File, maxBytes: number): Promise<PhotoResult> {
  if (file.size > maxBytes) return { ok: false, reason: 'size' };
  // Enough of the header for every format's size field (a JPEG's frame header may follow large metadata).
  const head = new Uint8Array(await file.slice(0, Math.min(file.size, 256 * 1024)).arrayBuffer());
  const type = sniffPhotoType(head);
  if (!type) return { ok: false, reason: 'type' };
  const size = imageSize(head, type);
  if (!size) return { ok: false, reason: 'type' };
  if (size.width * size.height > UPLOAD_MAX_PIXELS || size.width > UPLOAD_MAX_SIDE || size.height > UPLOAD_MAX_SIDE) return { ok: false, reason: 'pixels' };
  const preview = await drawPreview(file, size.width, size.height);
  if (!preview) return { ok: false, reason: 'type' };
  // Sent with the type its bytes say (a file's own type comes from its name, which may lie or be missing).
  return { ok: true, photo: { name: file.name.slice(0, 200), file: file.slice(0, file.size, type), preview } };
}

/** Adds what fits of `files` to `photos`; the refused ones come back as messages. */
export async function addPhotos(photos: Photo[], files: File[], limits: PhotoLimits): Promise<{ photos: Photo[]; errors: Msg<FormKey>[] }> {
  const errors: Msg<FormKey>[] = [];
  for (const file of files) {
    if (photos.length >= limits.max) {
      errors.push({ key: 'form.photos.error.count', params: { max: limits.max } });
      break;
    }
    const r = await readPhoto(file, limits.maxBytes).catch((): PhotoResult => ({ ok: false, reason: 'type' }));
    if (r.ok) photos = [...photos, r.photo];
    else errors.push({ key: `form.photos.error.${r.reason}`, params: { name: file.name, megapixels: UPLOAD_MAX_PIXELS / 1e6 } });
  }
  return { photos, errors };
}

/** The preview's bytes, to upload beside the photo (decoded here: a host CSP may forbid fetching `data:`). */
export function previewBlob(photo: Photo): Blob {
  const base64 = photo.preview.slice(photo.preview.indexOf(',') + 1);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'image/jpeg' });
}

/** Previews of the chosen photos, each with its remove button. */
export function photoList(t: Translate<FormKey>, photos: Photo[], remove: (p: Photo) => void) {
  if (!photos.length) return nothing;
  return html`<ul class="photos" part="photos">
    ${photos.map(
      (p) => html`<li>
        <img src=${p.preview} alt=${t('form.photos.alt', { name: p.name })} />
        <button type="button" class="remove" aria-label=${t('form.photos.remove', { name: p.name })} @click=${() => remove(p)}>
          <span aria-hidden="true">×</span>
        </button>
      </li>`,
    )}
  </ul>`;
}
