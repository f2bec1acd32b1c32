/**
 * @module A tiny real HTTP API for the widget tests, served by web-test-runner's dev
 * server: `/api-test/*` answers with real status codes, headers and problem+json bodies
 * (so the API client is tested against the wire, not a stubbed fetch), and
 * `POST /v1/identity/exchange` stands in for the identity route with its contract:
 * a proof starting with `valid.` is accepted, anything else gets 401 `invalid-token`;
 * `POST /v1/feedback` and `/api-test/feedback/*` live in feedback-api.mjs.
 * (web-test-runner lists the deliberate 404 answers under "404 network requests".)
 */
import { feedbackControl, feedbackRoute } from './feedback-api.mjs';

const PROBLEM_BASE = 'https://rapport.dev/problems/';
const PUBLIC_KEY = /^pk_[a-z0-9]{8,64}$/;
/** Exchange calls per shop key, so a test can see whether a request was made. */
const exchanges = new Map();

function problem(ctx, status, slug, extra = {}) {
  ctx.status = status;
  ctx.type = 'application/problem+json';
  ctx.body = JSON.stringify({ type: PROBLEM_BASE + slug, title: `Problem ${slug}`, status, ...extra });
}

function json(ctx, status, value) {
  ctx.status = status;
  ctx.type = 'application/json';
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function testRoutes(ctx) {
  const path = ctx.path.slice('/api-test'.length);
  if (path === '/ok') {
    return json(ctx, 200, {
      method: ctx.method,
      shop: ctx.get('x-rapport-shop') || null,
      authorization: ctx.get('authorization') || null,
      body: ctx.method === 'GET' ? null : await readJson(ctx.req),
    });
  }
  if (path === '/no-content') return void (ctx.status = 204);
  if (path === '/not-json') {
    ctx.status = 502;
    ctx.type = 'text/html';
    ctx.body = '<h1>Bad gateway</h1>';
    return;
  }
  if (path === '/foreign-problem') return problem(ctx, 404, '', { type: 'about:blank', title: 'Not Found' });
  if (path === '/slow') {
    await sleep(Number(ctx.query.ms ?? 2000));
    return json(ctx, 200, { slow: true });
  }
  if (path === '/count') return json(ctx, 200, { exchanges: exchanges.get(ctx.query.shop) ?? 0 });
  if (path.startsWith('/feedback/')) return feedbackControl(ctx, path, { json });
  const m = /^\/problem\/([a-z-]+)$/.exec(path);
  if (m) {
    const slug = m[1];
    if (slug === 'validation') {
      return problem(ctx, 400, slug, {
        detail: 'Invalid body',
        errors: [
          { path: 'body.email', message: 'Invalid email address' },
          { path: 'body.items.0.qty', message: 'Too small: expected number to be >=1' },
        ],
      });
    }
    if (slug === 'rate-limited') ctx.set('retry-after', '7');
    return problem(ctx, Number(ctx.query.status ?? 400), slug);
  }
  return problem(ctx, 404, 'not-found');
}

async function exchange(ctx) {
  const shop = ctx.get('x-rapport-shop');
  if (!shop) {
    return problem(ctx, 400, 'validation', { errors: [{ path: 'header.x-rapport-shop', message: 'Required' }] });
  }
  if (!PUBLIC_KEY.test(shop)) return problem(ctx, 404, 'unknown-shop');
  exchanges.set(shop, (exchanges.get(shop) ?? 0) + 1);
  const body = await readJson(ctx.req);
  const token = body?.token;
  if (typeof token !== 'string' || token.length < 10) {
    return problem(ctx, 400, 'validation', { errors: [{ path: 'body.token', message: 'Too small' }] });
  }
  if (!token.startsWith('valid.')) return problem(ctx, 401, 'invalid-token', { detail: 'The token signature or format is not valid' });
  return json(ctx, 200, {
    sessionToken: `session.${token.slice('valid.'.length)}`,
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    customer: { id: '6f1c2a4e-9b1d-4c1e-8f3a-2d5b7c9e0a11', email: 'ada@example.com', name: 'Ada' },
  });
}

/** `GET /v1/shop`: a shop whose key contains `nopraise` has hidden praise in its settings. */
function shopInfo(ctx) {
  const shop = ctx.get('x-rapport-shop') ?? '';
  if (!PUBLIC_KEY.test(shop)) return problem(ctx, 404, 'unknown-shop');
  const kinds = ['complaint', 'suggestion', 'praise', 'question'].filter((k) => !(shop.includes('nopraise') && k === 'praise'));
  return json(ctx, 200, {
    name: 'Test shop', defaultLocale: 'en', currency: 'USD',
    feedback: { kinds, responseHours: { complaint: 24, suggestion: 72, praise: 72, question: 72 } },
  });
}

/**
 * Cross-origin like the real server: a page on `localhost` may load the loader, its chunks
 * and call the API from `127.0.0.1` (module scripts are fetched in CORS mode).
 */
function cors(ctx) {
  const origin = ctx.get('origin');
  if (!origin || origin === `${ctx.protocol}://${ctx.host}`) return false;
  ctx.set('access-control-allow-origin', '*');
  if (ctx.method !== 'OPTIONS') return false;
  ctx.set('access-control-allow-methods', 'GET, POST');
  ctx.set('access-control-allow-headers', 'content-type, authorization, x-rapport-shop, idempotency-key');
  ctx.status = 204;
  return true;
}

/** Koa middleware for the dev server's `middleware` option. */
export async function testApi(ctx, next) {
  if (cors(ctx)) return;
  if (ctx.path.startsWith('/api-test/')) return testRoutes(ctx);
  if (ctx.path === '/v1/identity/exchange' && ctx.method === 'POST') return exchange(ctx);
  if (ctx.path === '/v1/shop' && ctx.method === 'GET') return shopInfo(ctx);
  if (ctx.path === '/v1/feedback' && ctx.method === 'POST') return feedbackRoute(ctx, { problem, json, readJson });
  return next();
}
