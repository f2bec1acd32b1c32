/**
 * @module Tests of the API client against a real HTTP endpoint (the test API in
 * tests/widgets/test-api.mjs): problem+json becomes an `ApiError` with its slug and field
 * paths, transport failures get their own codes, and no call ever rejects.
 */
import { expect } from '@esm-bundle/chai';
import { ApiClient, type ApiError, type Result } from '../../../widgets/core/api-client.ts';

const client = new ApiClient({ baseUrl: location.origin, headers: () => ({ 'x-rapport-shop': 'pk_clienttest01' }) });

function failure<T>(r: Result<T>): ApiError {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return r.error;
}

describe('ApiClient', () => {
  it('sends the configured headers and returns the JSON value', async () => {
    const r = await client.get<{ method: string; shop: string }>('/api-test/ok');
    expect(r).to.deep.equal({ ok: true, value: { method: 'GET', shop: 'pk_clienttest01', authorization: null, body: null } });
  });

  it('posts a JSON body', async () => {
    const r = await client.post<{ method: string; body: unknown }>('/api-test/ok', { email: 'a@example.com', qty: 2 });
    expect(r.ok && r.value.method).to.equal('POST');
    expect(r.ok && r.value.body).to.deep.equal({ email: 'a@example.com', qty: 2 });
  });

  it('treats 204 as success without a value', async () => {
    expect(await client.request('/api-test/no-content', { method: 'DELETE' })).to.deep.equal({ ok: true, value: undefined });
  });

  it('maps a validation problem to an ApiError with its field paths', async () => {
    const e = failure(await client.post('/api-test/problem/validation', {}));
    expect(e.code).to.equal('validation');
    expect(e.status).to.equal(400);
    expect(e.detail).to.equal('Invalid body');
    expect(e.errors).to.deep.equal([
      { path: 'body.email', message: 'Invalid email address' },
      { path: 'body.items.0.qty', message: 'Too small: expected number to be >=1' },
    ]);
  });

  it('keeps the problem slug and Retry-After of a rate limit', async () => {
    const e = failure(await client.get('/api-test/problem/rate-limited?status=429'));
    expect([e.code, e.status, e.retryAfter]).to.deep.equal(['rate-limited', 429, 7]);
  });

  for (const [slug, status] of [['invalid-token', 401], ['origin-not-allowed', 403], ['unknown-shop', 404], ['payload-too-large', 413], ['locked', 429], ['internal', 500], ['unavailable', 503]] as const) {
    it(`maps the ${slug} problem (${status})`, async () => {
      const e = failure(await client.get(`/api-test/problem/${slug}?status=${status}`));
      expect([e.code, e.status, e.errors]).to.deep.equal([slug, status, undefined]);
    });
  }

  it('gives a problem of another vocabulary a generic http-<status> code', async () => {
    const e = failure(await client.get('/api-test/foreign-problem'));
    expect([e.code, e.status, e.title]).to.deep.equal(['http-404', 404, 'Not Found']);
  });

  it('survives a non-JSON error page from a proxy', async () => {
    const e = failure(await client.get('/api-test/not-json'));
    expect([e.code, e.status]).to.deep.equal(['http-502', 502]);
  });

  it('reports a timeout as timeout', async () => {
    const quick = new ApiClient({ baseUrl: location.origin, timeoutMs: 100 });
    expect(failure(await quick.get('/api-test/slow?ms=1500')).code).to.equal('timeout');
  });

  it("reports the caller's abort as aborted, not as a timeout or network failure", async () => {
    const abort = new AbortController();
    const pending = client.get('/api-test/slow?ms=1500', abort.signal);
    setTimeout(() => abort.abort(), 50);
    expect(failure(await pending).code).to.equal('aborted');
  });

  it('reports an unreachable server as network, without rejecting', async () => {
    const offline = new ApiClient({ baseUrl: 'http://127.0.0.1:1' });
    const e = failure(await offline.get('/v1/shop'));
    expect([e.code, e.status]).to.deep.equal(['network', 0]);
  });
});
