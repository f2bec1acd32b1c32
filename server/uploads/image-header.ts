/**
 * @module What an image's first bytes say: its type (JPEG, PNG, WebP — never the file
 * name) and its size in pixels (PNG IHDR, JPEG SOFn, WebP VP8/VP8L/VP8X), read without
 * decoding it. No imports: the server checks uploads with it and the widgets refuse a
 * "decompression bomb" before their browser decodes it.
 */

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

export function sniffPhotoType(b: Uint8Array): PhotoType | undefined {
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return 'image/png';
  if (b.length > 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'image/webp';
  return undefined;
}

/** The picture's size in pixels as its header declares it (PNG IHDR, JPEG SOFn, WebP VP8/VP8L/VP8X), or undefined. */
export function imageSize(b: Uint8Array, type: PhotoType): { width: number; height: number } | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (type === 'image/png') {
    if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return undefined;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (type === 'image/jpeg') {
    let at = 2;
    while (at + 9 < b.length) {
      if (b[at] !== 0xff) return undefined;
      const marker = b[at + 1];
      if (marker === 0xff) { at++; continue; }
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) { at += 2; continue; }
      const len = (b[at + 2] << 8) | b[at + 3];
      // Start of frame (baseline, progressive …), not DHT (c4), JPG (c8) or DAC (cc).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: (b[at + 5] << 8) | b[at + 6], width: (b[at + 7] << 8) | b[at + 8] };
      }
      if (marker === 0xda || marker === 0xd9 || len < 2) return undefined;
      at += 2 + len;
    }
    return undefined;
  }
  // WebP: the first chunk after the RIFF header.
  if (b.length < 30) return undefined;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return { width: 1 + (b[24] | (b[25] << 8) | (b[26] << 16)), height: 1 + (b[27] | (b[28] << 8) | (b[29] << 16)) };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  return undefined;
}
