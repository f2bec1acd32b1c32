/**
 * @module TEMPORARY, for tests/widgets/core/loader.test.ts only (owned by another change,
 * still written against the old hand-written fake): `POST /v1/identity/exchange` for the
 * one shop key `pk_loadertest01` (a proof starting with `valid.` gets `session.<rest>`,
 * anything else 401 `invalid-token`, a proof shorter than 10 characters 400 `validation`)
 * and `GET /api-test/count?shop=` (exchanges so far). Every other shop and path goes to
 * the real API (real-api.ts). Delete this file and its line in web-test-runner.config.mjs
 * once loader.test.ts creates its shop and proofs through tests/widgets/helpers.ts
 * (`testShop()`, `shop.proof()`, `shop.requests()`).
 */
const SHOP = 'pk_loadertest01';
const PROBLEM_BASE = 'https://rapport.dev/problems/';
let exchanges = 0;

function send(ctx, status, type, value) {
  ctx.status = status;
  ctx.type = type;
  ctx.body = JSON.stringify(value);
}

async function readJson(req) {
  const parts = [];
  for await (const part of req) parts.push(part);
  try {
    return JSON.parse(Buffer.concat(parts).toString('utf8') || 'null');
  } catch {
    return undefined;
  }
}

export async function legacyLoaderApi(ctx, next) {
  if (ctx.path === '/api-test/count' && ctx.query.shop === SHOP) return send(ctx, 200, 'application/json', { exchanges });
  if (ctx.path !== '/v1/identity/exchange' || ctx.method !== 'POST' || ctx.get('x-rapport-shop') !== SHOP) return next();
  exchanges++;
  const token = (await readJson(ctx.req))?.token;
  const problem = (status, slug, extra = {}) => send(ctx, status, 'application/problem+json', { type: PROBLEM_BASE + slug, title: slug, status, ...extra });
  if (typeof token !== 'string' || token.length < 10) return problem(400, 'validation', { errors: [{ path: 'body.token', message: 'Too small' }] });
  if (!token.startsWith('valid.')) return problem(401, 'invalid-token');
  return send(ctx, 200, 'application/json', {
    sessionToken: `session.${token.slice('valid.'.length)}`,
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    customer: { id: '6f1c2a4e-9b1d-4c1e-8f3a-2d5b7c9e0a11', email: 'ada@example.com', name: 'Ada' },
  });
}
