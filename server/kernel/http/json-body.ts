/**
 * @module Request bodies: for every write, reads the body once with a byte limit (also
 * for chunked bodies with no Content-Length), demands JSON, refuses broken UTF-8 and
 * malformed JSON with problem+json, and leaves the checked text for the validators.
 */
import type { MiddlewareHandler } from 'hono';
import { Problem } from './errors.ts';
import { assertCleanJson, assertShallowJson } from './input-rules.ts';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a request body, stopping as soon as it passes `limit` bytes. */
export async function readBodyLimited(req: Request, limit: number): Promise<Uint8Array> {
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    throw new Problem('payload-too-large', { detail: `The body must be at most ${limit} bytes` });
  }
  if (declared !== null && /^\d+$/.test(declared)) {
    // A declared length within the limit is read in one go: Node's HTTP parser delivers
    // exactly that many bytes, and on @hono/node-server this skips building a web stream
    // for the body (a large part of a small request's cost). The length is checked again
    // for runtimes that do not enforce it.
    const bytes = new Uint8Array(await req.arrayBuffer());
    if (bytes.byteLength > limit) throw new Problem('payload-too-large', { detail: `The body must be at most ${limit} bytes` });
    return bytes;
  }
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new Problem('payload-too-large', { detail: `The body must be at most ${limit} bytes` });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Every JSON body stays within `limit`; `skip` names the paths that read a raw body
 * themselves (photo uploads); `plainText` the paths that also take JSON sent as text/plain
 * (`navigator.sendBeacon` and CORS-simple keepalive requests cannot send application/json
 * without a preflight; the storefront API takes no cookies, so this opens no CSRF).
 */
export function jsonBody(opts: { limit: number; skip?: (path: string) => boolean; plainText?: (path: string) => boolean }): MiddlewareHandler {
  return async function jsonBody(c, next) {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || opts.skip?.(c.req.path)) return next();
    const bytes = await readBodyLimited(c.req.raw, opts.limit);
    if (bytes.byteLength === 0 && method === 'DELETE') return next();
    const type = (c.req.header('content-type') ?? '').split(';')[0].trim();
    if (!JSON_TYPE.test(type) && !(type.toLowerCase() === 'text/plain' && opts.plainText?.(c.req.path))) {
      throw new Problem('unsupported-media-type', { detail: 'Send the body as application/json' });
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new Problem('invalid-utf8');
    }
    assertShallowJson(text);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new Problem('malformed-json', { detail: (err as Error).message });
    }
    assertCleanJson(parsed, text);
    // Hono keeps body promises in bodyCache (its type says values); validators read `text`
    // (and a reader of another form, such as arrayBuffer, gets it made from the text).
    const cache = c.req.bodyCache as Record<string, Promise<unknown>>;
    cache.text = Promise.resolve(text);
    return next();
  };
}
