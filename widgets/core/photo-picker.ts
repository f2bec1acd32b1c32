/**
 * @module The photo picker every form with photos uses (feedback, returns …): a file is
 * accepted only if its first bytes say JPEG, PNG or WebP (never trusting its name or the
 * browser's guessed type) and it fits the feature's size limit; it is read as base64 for
 * the submission, with a preview. Texts are the shared form texts (`form.photos.*`).
 */
import { html, nothing } from 'lit';
import type { Msg } from './form-parts.ts';
import type { Translate } from './i18n.ts';
import type { FormKey } from './locales/form-en.ts';

export interface Photo {
  name: string;
  /** Base64 of the bytes, as the API takes them. */
  data: string;
  /** An object URL for the preview; revoke it with `URL.revokeObjectURL` when the photo goes. */
  url: string;
}

/** A feature's limits (its `limits.ts`): how many photos, how many bytes each. */
export interface PhotoLimits {
  max: number;
  maxBytes: number;
}

export type PhotoResult = { ok: true; photo: Photo } | { ok: false; reason: 'type' | 'size' };

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
export async function readPhoto(file: File, maxBytes: number): Promise<PhotoResult> {
  if (file.size > maxBytes) return { ok: false, reason: 'size' };
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  if (!isSupportedImage(head)) return { ok: false, reason: 'type' };
  return { ok: true, photo: { name: file.name.slice(0, 200), data: await base64(file), url: URL.createObjectURL(file) } };
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
    else errors.push({ key: `form.photos.error.${r.reason}`, params: { name: file.name } });
  }
  return { photos, errors };
}

/** Previews of the chosen photos, each with its remove button. */
export function photoList(t: Translate<FormKey>, photos: Photo[], remove: (p: Photo) => void) {
  if (!photos.length) return nothing;
  return html`<ul class="photos" part="photos">
    ${photos.map(
      (p) => html`<li>
        <img src=${p.url} alt=${t('form.photos.alt', { name: p.name })} />
        <button type="button" class="remove" aria-label=${t('form.photos.remove', { name: p.name })} @click=${() => remove(p)}>
          <span aria-hidden="true">×</span>
        </button>
      </li>`,
    )}
  </ul>`;
}
