/**
 * @module The test API's `POST /v1/feedback`, with the contract's rules and real state per
 * shop key: submissions stored by idempotency key (a replay answers 200 with the same
 * receipt, the same key with another body 422), photos checked by content (415: magic
 * number, and a PNG's IHDR chunk) and size
 * (413), a honeypot that gets a quiet success, and a real ALTCHA-style proof of work
 * (challenge = SHA-256(salt + secret number), signature = HMAC of the challenge).
 * Tests steer it per shop: `POST /api-test/feedback/mode?shop=…&mode=…` (also resets the
 * shop's state) and read `GET /api-test/feedback/log?shop=…`.
 *
 * Modes: ok | down (503) | drop (connection closed) | lose-once (stored, then the
 * connection closes before the answer) | rate-once (429 + Retry-After: 1, once) | pow.
 */
import { createHash, createHmac, randomBytes, randomInt, randomUUID } from 'node:crypto';

const POW_SECRET = 'feedback-test-pow-secret';
const POW_MAX = 5000;
const KINDS = ['complaint', 'suggestion', 'praise', 'question'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAGIC = [[0, 'ffd8ff'], [0, '89504e470d0a1a0a'], [8, '57454250']];
const shops = new Map();
let references = 1000;

const sha256 = (s) => createHash('sha256').update(s).digest('hex');
const hmac = (s) => createHmac('sha256', POW_SECRET).update(s).digest('hex');

const fresh = (mode = 'ok') => ({ mode, stored: new Map(), requests: [], challenges: new Map(), once: false });

function state(shop) {
  if (!shops.has(shop)) shops.set(shop, fresh());
  return shops.get(shop);
}

/** Stable JSON (sorted keys) of the body without `pow`, so a proof added on retry is the same submission. */
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).filter((k) => k !== 'pow' && v[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function fieldErrors(b) {
  const errors = [];
  const add = (path, message) => errors.push({ path: `body.${path}`, message });
  if (!KINDS.includes(b.kind)) add('kind', 'Invalid option');
  const text = typeof b.text === 'string' ? b.text.trim() : '';
  if (!text || text.length > 5000) add('text', 'Too small or too big');
  if (b.email !== undefined && (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(b.email) || b.email.endsWith('.invalid'))) add('email', 'Invalid email address');
  const range = { csat: [1, 5], nps: [0, 10] }[b.scoreType];
  if (range ? !(Number.isInteger(b.score) && b.score >= range[0] && b.score <= range[1]) : b.score !== undefined || b.scoreType !== 'none') {
    add('score', 'A score is required in its range');
  }
  if (!['en', 'zh-Hans', 'zh-Hant'].includes(b.locale)) add('locale', 'Invalid option');
  if (!Number.isInteger(b.fillMs) || b.fillMs < 0) add('fillMs', 'Invalid input');
  if (b.context?.productId !== undefined && !UUID.test(b.context.productId)) add('context.productId', 'Invalid UUID');
  if (!Array.isArray(b.photos) || b.photos.length > 3) add('photos', 'Too big: at most 3');
  return errors;
}

/** 413 / 415 for a photo that is too large or not a JPEG, PNG or WebP by its bytes. */
function photoProblem(photos) {
  for (const p of photos) {
    const bytes = Buffer.from(String(p.data), 'base64');
    if (bytes.length > 5 * 1024 * 1024) return [413, 'payload-too-large'];
    const hex = bytes.subarray(0, 12).toString('hex');
    const ok = MAGIC.some(([at, sig]) => hex.startsWith(sig, at * 2) && (at === 0 || hex.startsWith('52494646')));
    // Deeper than the widget looks, as decoding would be: a PNG starts with its IHDR chunk.
    const png = hex.startsWith(MAGIC[1][1]);
    if (!ok || (png && bytes.subarray(12, 16).toString('latin1') !== 'IHDR')) return [415, 'unsupported-media-type'];
  }
  return undefined;
}

function challenge(s) {
  const salt = `${randomBytes(12).toString('hex')}?expires=${Math.floor(Date.now() / 1000) + 600}`;
  const c = sha256(salt + randomInt(0, POW_MAX + 1));
  s.challenges.set(c, false);
  return { algorithm: 'SHA-256', challenge: c, salt, signature: hmac(c), maxnumber: POW_MAX };
}

/** True when `pow` solves a challenge this API issued and that was not used before. */
function verifyPow(s, pow) {
  try {
    const p = JSON.parse(Buffer.from(String(pow), 'base64').toString('utf8'));
    const fresh = s.challenges.get(p.challenge) === false;
    const ok = fresh && p.algorithm === 'SHA-256' && hmac(p.challenge) === p.signature && sha256(p.salt + p.number) === p.challenge;
    if (ok) s.challenges.set(p.challenge, true);
    return ok;
  } catch {
    return false;
  }
}

function receipt(b) {
  const faq = ['complaint', 'question'].includes(b.kind)
    ? ['Where is my parcel?', 'How do I return an item?', 'Can I change my order?', 'Do you ship abroad?'].map((q, i) => ({
        id: randomUUID(),
        question: q,
        answer: `## ${q}\n\n**Answer ${i + 1}:** see [our help page](https://shop.example/help). ${'Every word of this answer is here to make it long enough to be cut. '.repeat(5)}`,
        locale: b.locale,
      }))
    : [];
  return { id: randomUUID(), reference: `FB-${++references}`, status: 'new', responseHours: b.kind === 'complaint' ? 24 : 72, faq };
}

/** `/api-test/feedback/*`: steer and observe the feedback API of one shop. */
export function feedbackControl(ctx, path, { json }) {
  if (path === '/feedback/mode') {
    shops.set(String(ctx.query.shop), fresh(String(ctx.query.mode)));
    return json(ctx, 200, { mode: String(ctx.query.mode) });
  }
  const s = state(String(ctx.query.shop));
  const stored = [...s.stored].map(([key, v]) => ({ key, reference: v.receipt.reference, body: v.body }));
  return json(ctx, 200, { mode: s.mode, requests: s.requests, stored });
}

/** `POST /v1/feedback`, as the contract describes it. */
export async function feedbackRoute(ctx, { problem, json, readJson }) {
  const shop = ctx.get('x-rapport-shop');
  const s = state(shop);
  const key = ctx.get('idempotency-key');
  const b = await readJson(ctx.req);
  const log = { key, authorization: ctx.get('authorization') || null, pow: !!b?.pow, status: 0 };
  s.requests.push(log);
  const answer = (status, fn) => ((log.status = status), fn());
  // No answer at all: the connection closes (status 502 only for the dev server's own log).
  const close = () => ((log.status = -1), (ctx.status = 502), (ctx.respond = false), ctx.req.socket.destroy());

  if (s.mode === 'down') return answer(503, () => problem(ctx, 503, 'unavailable'));
  if (s.mode === 'drop') return close();
  if (!/^pk_[a-z0-9]{8,64}$/.test(shop)) return answer(404, () => problem(ctx, 404, 'unknown-shop'));
  if (!UUID.test(key)) return answer(400, () => problem(ctx, 400, 'validation', { errors: [{ path: 'header.idempotency-key', message: 'Invalid UUID' }] }));
  if (!b || typeof b !== 'object') return answer(400, () => problem(ctx, 400, 'malformed-json'));

  const seen = s.stored.get(key);
  if (seen) {
    if (seen.hash !== canonical(b)) return answer(422, () => problem(ctx, 422, 'unprocessable', { detail: 'Idempotency key reused with another body' }));
    return answer(200, () => json(ctx, 200, seen.receipt));
  }
  if (s.mode === 'rate-once' && !s.once) {
    s.once = true;
    ctx.set('retry-after', '1');
    return answer(429, () => problem(ctx, 429, 'rate-limited'));
  }
  if (s.mode === 'pow' && !verifyPow(s, b.pow)) return answer(429, () => problem(ctx, 429, 'rate-limited', { challenge: challenge(s) }));

  const errors = fieldErrors(b);
  if (errors.length) return answer(400, () => problem(ctx, 400, 'validation', { errors }));
  const bad = photoProblem(b.photos);
  if (bad) return answer(bad[0], () => problem(ctx, bad[0], bad[1]));
  if (b.context?.orderNumber === 'NOPE-404') {
    return answer(422, () => problem(ctx, 422, 'unprocessable', { errors: [{ path: 'body.context.orderNumber', message: 'Unknown order' }] }));
  }
  // A bot filled the honeypot: a quiet success that stores nothing.
  if (b.website) return answer(201, () => json(ctx, 201, receipt(b)));

  const r = receipt(b);
  s.stored.set(key, { hash: canonical(b), receipt: r, body: b });
  if (s.mode === 'lose-once' && !s.once) {
    s.once = true;
    return close();
  }
  return answer(201, () => json(ctx, 201, r));
}
