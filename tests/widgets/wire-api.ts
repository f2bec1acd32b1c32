/**
 * @module Generic wire behaviours for the API client's tests (tests/widgets/core/api-client.test.ts)
 * that the real API cannot be made to produce on demand: a 204, a proxy's non-JSON error
 * page, a problem of another vocabulary, and the problems the real API answers only in
 * situations a browser test cannot set up (a foreign Origin on a same-origin request, an
 * account lockout, a crash, a shutdown). Those problems are written by the server's own
 * `problemResponse`, so their format is the real one. Everything else the client tests
 * use is the real API (tests/widgets/real-api.ts).
 *
 * `/api-test/wire/no-content`, `/not-json`, `/foreign-problem`, `/problem/:slug`.
 */
import { Hono } from 'hono';
import { Problem, problemResponse, problems, type ProblemSlug } from '../../server/kernel/http/errors.ts';

export const wireApp = new Hono().basePath('/api-test/wire');

wireApp.all('/no-content', (c) => c.body(null, 204));
wireApp.get('/not-json', (c) => c.html('<h1>Bad gateway</h1>', 502));
wireApp.get('/foreign-problem', (c) => {
  const res = c.json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404);
  res.headers.set('content-type', 'application/problem+json');
  return res;
});
wireApp.get('/problem/:slug', (c) => {
  const slug = c.req.param('slug');
  if (!(slug in problems)) return c.text(`no problem ${slug}`, 400);
  return problemResponse(c, new Problem(slug as ProblemSlug));
});
