import { describe, expect, it } from 'vitest';
import { cleanPhoto, sniffPhotoType } from '../../../server/uploads/images.ts';
import { GIF, jpegWithExif, pngWithText, webpWithExif } from '../helpers/images.ts';

const has = (b: Uint8Array, s: string) => Buffer.from(b).includes(Buffer.from(s, 'latin1'));

describe('shopper photos', () => {
  it('reads the type from the bytes, not the name', () => {
    expect(sniffPhotoType(jpegWithExif())).toBe('image/jpeg');
    expect(sniffPhotoType(pngWithText())).toBe('image/png');
    expect(sniffPhotoType(webpWithExif())).toBe('image/webp');
    expect(sniffPhotoType(GIF)).toBeUndefined();
    expect(sniffPhotoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  });

  it('strips EXIF and comments from a JPEG and keeps its frame and scan', () => {
    const input = jpegWithExif();
    const { type, bytes } = cleanPhoto(input);
    expect(type).toBe('image/jpeg');
    expect(has(input, 'GPSLatitude')).toBe(true);
    expect(has(bytes, 'GPSLatitude')).toBe(false);
    expect(has(bytes, '12 Elm Street')).toBe(false);
    expect(has(bytes, 'JFIF')).toBe(true);
    expect(Buffer.from(bytes.subarray(-5)).equals(Buffer.from([0x12, 0x34, 0x56, 0xff, 0xd9]))).toBe(true);
  });

  it('strips text chunks from a PNG, leaving a valid image', () => {
    const { bytes } = cleanPhoto(pngWithText());
    expect(has(bytes, 'GPS 45.5231')).toBe(false);
    expect(has(bytes, 'IHDR') && has(bytes, 'IDAT') && has(bytes, 'IEND')).toBe(true);
    expect(bytes.length).toBeLessThan(pngWithText().length);
  });

  it('strips EXIF and XMP from a WebP and clears their flags', () => {
    const { bytes } = cleanPhoto(webpWithExif());
    expect(has(bytes, 'GPSLatitude')).toBe(false);
    expect(has(bytes, 'creator Ann')).toBe(false);
    const view = Buffer.from(bytes);
    expect(view.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(view[20] & 0x0c).toBe(0);
  });

  it('refuses disguised or broken files with 415', () => {
    expect(() => cleanPhoto(GIF)).toThrow(expect.objectContaining({ status: 415 }));
    const truncated = pngWithText().subarray(0, 40);
    expect(() => cleanPhoto(truncated)).toThrow(expect.objectContaining({ status: 415 }));
    const badJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]), Buffer.alloc(10)]);
    expect(() => cleanPhoto(badJpeg)).toThrow(expect.objectContaining({ status: 415 }));
  });
});
