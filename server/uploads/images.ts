/**
 * @module Shopper photos: the type is read from the bytes (JPEG, PNG, WebP — never the
 * file name), the size in pixels from the image's header (a small file can declare a
 * picture big enough to take a browser's memory: a decompression bomb), and metadata that
 * can identify a person (EXIF with GPS, XMP, comments, text chunks) is removed before
 * anything is stored. Hand-written because the only libraries that do this (sharp,
 * libvips) are large native addons; the container formats are simple and the walk below
 * keeps image data byte for byte.
 */
import { Problem } from '../kernel/http/errors.ts';
import { imageSize, sniffPhotoType, type PhotoType } from './image-header.ts';

export { imageSize, sniffPhotoType, type PhotoType };

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

class Broken extends Error {}

/** Returns the photo's type and its bytes without metadata; throws a 415 Problem otherwise. */
export function cleanPhoto(bytes: Uint8Array): { type: PhotoType; bytes: Uint8Array } {
  const type = sniffPhotoType(bytes);
  if (!type) throw new Problem('unsupported-media-type', { detail: 'A photo must be a JPEG, PNG or WebP image' });
  try {
    const clean = type === 'image/jpeg' ? stripJpeg(bytes) : type === 'image/png' ? stripPng(bytes) : stripWebp(bytes);
    return { type, bytes: clean };
  } catch (err) {
    if (err instanceof Broken) throw new Problem('unsupported-media-type', { detail: `The photo is not a valid ${type.slice(6).toUpperCase()} image` });
    throw err;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** JPEG: keep JFIF (APP0), ICC profiles (APP2 "ICC_PROFILE") and Adobe (APP14); drop other APPn and comments. */
function stripJpeg(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (at + 4 > b.length || b[at] !== 0xff) throw new Broken();
    const marker = b[at + 1];
    if (marker === 0xff) { at++; continue; } // fill byte
    if (marker === 0xd9) { parts.push(b.subarray(at, at + 2)); break; }
    if (marker >= 0xd0 && marker <= 0xd7) { parts.push(b.subarray(at, at + 2)); at += 2; continue; }
    const len = (b[at + 2] << 8) | b[at + 3];
    if (len < 2 || at + 2 + len > b.length) throw new Broken();
    const segment = b.subarray(at, at + 2 + len);
    if (marker === 0xda) { parts.push(b.subarray(at)); break; } // start of scan: the rest is image data
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const keep = !isApp && marker !== 0xfe
      ? true
      : marker === 0xe0 || marker === 0xee || (marker === 0xe2 && ascii(b, at + 4, 11) === 'ICC_PROFILE');
    if (keep) parts.push(segment);
    at += 2 + len;
  }
  return concat(parts);
}

const PNG_DROP = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

/** PNG: drop text, EXIF and time chunks; every other chunk is copied with its CRC. */
function stripPng(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 8)];
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 8;
  let sawEnd = false;
  while (at < b.length) {
    if (at + 12 > b.length) throw new Broken();
    const len = view.getUint32(at);
    const type = ascii(b, at + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type) || at + 12 + len > b.length) throw new Broken();
    if (!PNG_DROP.has(type)) parts.push(b.subarray(at, at + 12 + len));
    at += 12 + len;
    if (type === 'IEND') { sawEnd = true; break; }
  }
  if (!sawEnd) throw new Broken();
  return concat(parts);
}

/** WebP (RIFF): drop EXIF and XMP chunks and clear their flags in VP8X. */
function stripWebp(b: Uint8Array): Uint8Array {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const riffEnd = 8 + view.getUint32(4, true);
  if (riffEnd > b.length) throw new Broken();
  const parts: Uint8Array[] = [];
  let at = 12;
  while (at < riffEnd) {
    if (at + 8 > riffEnd) throw new Broken();
    const fourcc = ascii(b, at, 4);
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size & 1);
    if (end > riffEnd + 1) throw new Broken();
    if (fourcc !== 'EXIF' && fourcc !== 'XMP ') {
      const chunk = b.slice(at, Math.min(end, riffEnd));
      if (fourcc === 'VP8X' && chunk.length > 8) chunk[8] &= ~(0x08 | 0x04);
      parts.push(chunk);
    }
    at = end;
  }
  const body = concat(parts);
  const header = new Uint8Array(12);
  header.set(b.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, 4 + body.length, true);
  return concat([header, body]);
}

