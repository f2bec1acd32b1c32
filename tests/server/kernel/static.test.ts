/**
 * @module Tests of the widget files' route on a tiny fake build: brotli or gzip copies
 * chosen by `Accept-Encoding` (q-values, brotli first), identity otherwise, the headers a
 * cross-origin module script needs, the cache lifetimes, and a plain 404 for anything
 * outside the build (traversal, broken percent-escapes, the manifest, the copies themselves).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptedCodings, widgetRoutes } from '../../../server/kernel/http/static.ts';

const root = mkdtempSync(join(tmpdir(), 'rapport-static-'));
const dir = join(root, 'widgets');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const LOADER = Buffer.from(`const x=${JSON.stringify('loader '.repeat(200))};console.log(x);`);
const CHUNK = Buffer.from(`export const y=${JSON.stringify('chunk '.repeat(300))};`);
const TINY = Buffer.from('export{};');

function write(rel: string, body: Buffer, copies = true) {
  const path = join(dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, body);
  if (copies) {
    writeFileSync(`${path}.br`, brotliCompressSync(body));
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  }
}
write('rapport.js', LOADER);
write('chunks/lit-AbC123.js', CHUNK);
write('chunks/tiny-Zz9.js', TINY, false); // too small to be worth a compressed copy
write('.vite/manifest.json', Buffer.from('{}'), false);
writeFileSync(join(root, 'secret.js'), 'export const secret = 1;');

const app = widgetRoutes({ dir, adminEntry: 'admin.js' });
const get = (path: string, acceptEncoding?: string) =>
  app.request(`http://localhost${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

async function bodyOf(res: Response) {
  return Buffer.from(await res.arrayBuffer());
}

describe('GET /widgets/* chooses the encoding', () => {
  it('serves brotli when it is accepted, with the encoded length and the original type', async () => {
    const res = await get('/widgets/rapport.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bodyOf(res);
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(LOADER.length);
    expect(brotliDecompressSync(body)).toEqual(LOADER);
  });

  it('serves gzip when brotli is not accepted', async () => {
    const res = await get('/widgets/chunks/lit-AbC123.js', 'gzip, deflate');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bodyOf(res);
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(gunzipSync(body)).toEqual(CHUNK);
  });

  it('serves the file as is when neither is accepted, still saying that it varies', async () => {
    for (const accept of [undefined, '', 'deflate', 'identity', 'br;q=0, gzip;q=0']) {
      const res = await get('/widgets/rapport.js', accept);
      expect(res.headers.get('content-encoding'), String(accept)).toBeNull();
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      const body = await bodyOf(res);
      expect(Number(res.headers.get('content-length'))).toBe(LOADER.length);
      expect(body).toEqual(LOADER);
    }
  });

  it('honours q-values, and prefers brotli on a tie', async () => {
    const enc = async (accept: string) => (await get('/widgets/rapport.js', accept)).headers.get('content-encoding');
    expect(await enc('br;q=0.5, gzip')).toBe('gzip');
    expect(await enc('gzip;q=0.8, br;q=0.8')).toBe('br');
    expect(await enc('BR;Q=0.9, GZIP;Q=0.1')).toBe('br');
    expect(await enc('*')).toBe('br');
    expect(await enc('br;q=0, *;q=0.5')).toBe('gzip');
    expect(await enc('x-gzip')).toBe('gzip');
    expect(await enc('identity;q=1, br;q=0.2')).toBeNull();
  });

  it('falls back to the original when a file has no compressed copy', async () => {
    const res = await get('/widgets/chunks/tiny-Zz9.js', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(await bodyOf(res)).toEqual(TINY);
  });

  it('acceptedCodings lists what to try, best first, identity last', () => {
    expect(acceptedCodings(undefined)).toEqual(['identity']);
    expect(acceptedCodings('gzip, br')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedCodings('gzip;q=1, br;q=0.9')).toEqual(['gzip', 'br', 'identity']);
    expect(acceptedCodings('br;q=nonsense, gzip')).toEqual(['gzip', 'identity']);
  });
});

describe('GET /widgets/* headers', () => {
  it('hashed chunks are immutable for a year, the loader for five minutes; both cross-origin readable', async () => {
    for (const accept of ['br', 'gzip', '']) {
      const chunk = await get('/widgets/chunks/lit-AbC123.js', accept);
      expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const loader = await get('/widgets/rapport.js', accept);
      expect(loader.headers.get('cache-control')).toBe('public, max-age=300');
      for (const res of [chunk, loader]) {
        expect(res.headers.get('access-control-allow-origin')).toBe('*');
        expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      }
    }
  });
});

describe('GET /widgets/* answers 404 for anything that is not a built file', () => {
  it.each([
    '/widgets/%.js',
    '/widgets/%zz.js',
    '/widgets/chunks/%E0%A4%A.js',
    '/widgets/..%2Fsecret.js',
    '/widgets/chunks/..%2F..%2Fsecret.js',
    '/widgets/%2e%2e/secret.js',
    '/widgets/..%5Csecret.js',
    '/widgets/rapport.js%00.js',
    '/widgets/.vite/manifest.json',
    '/widgets/rapport.js.br',
    '/widgets/rapport.js.gz',
    '/widgets/missing.js',
    '/widgets/',
  ])('%s', async (path) => {
    for (const accept of ['br, gzip', undefined]) {
      const res = await get(path, accept);
      expect(res.status, `${path} (${accept})`).toBe(404);
    }
  });
});
