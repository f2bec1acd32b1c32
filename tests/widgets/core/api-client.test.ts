/**
 * @module Tests of the API client against the real API (tests/widgets/real-api.ts):
 * problem+json becomes an `ApiError` with its slug and field paths, transport failures get
 * their own codes, and no call ever rejects. The few wire behaviours the real API cannot be
 * made to produce on demand (a 204, a proxy's HTML page, another problem vocabulary, and
 * problems that need a foreign Origin, a lockout, a crash or a shutdown) come from
 * tests/widgets/wire-api.ts.
 */
import { expect } from '@esm-bundle/chai';
import { ApiClient, type ApiError, type Result } from '../../../widgets/core/api-client.ts';
import { testShop, SETUP_MS, type TestShop } from '../helpers.ts';

let shop: TestShop;
let client: ApiClient;

function failure<T>(r: Result<T>): ApiError {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return r.error;
}

/** A submission the real API takes from a person (shown for a few seconds before it was sent). */
const feedback = { kind: 'praise', scoreType: 'none', text: 'Lovely shop', locale: 'en', photos: [], fillMs: 5000 };

describe('ApiClient', () => {
  before(async function () {
    this.timeout(SETUP_MS); // a shop on the real API, the loader and the element's chunk
    shop = await testShop();
    client = new ApiClient({ baseUrl: location.origin, headers: () => ({ 'x-rapport-shop': shop.key }) });
  });
  afterEach(() => shop.reset());

  it('sends the configured headers and returns the JSON value', async () => {
    const r = await client.get('/v1/shop');
    expect(r).to.deep.equal({
      ok: true,
      value: {
        name: shop.name, defaultLocale: 'en', currency: 'USD',
        feedback: { kinds: ['complaint', 'suggestion', 'praise', 'question'], responseHours: { complaint: 24, suggestion: 72, praise: 72, question: 72 } },
        tracking: { consentRequired: true },
      },
    });
    const [sent] = await shop.requests({ path: '/v1/shop' });
    expect([sent.method, sent.shop, sent.authorization]).to.deep.equal(['GET', shop.key, null]);
  });

  it('posts a JSON body', async () => {
    const token = await shop.proof({ sub: 'client-0001', email: 'a@example.com', name: 'Ada' });
    const r = await client.post<{ customer: { email: string; name: string } }>('/v1/identity/exchange', { token });
    expect(r.ok && r.value.customer).to.deep.include({ email: 'a@example.com', name: 'Ada' });
    const [sent] = await shop.requests({ path: '/v1/identity/exchange' });
    expect([sent.method, sent.body]).to.deep.equal(['POST', { token }]);
  });

  it('treats 204 as success without a value', async () => {
    expect(await client.request('/api-test/wire/no-content', { method: 'DELETE' })).to.deep.equal({ ok: true, value: undefined });
  });

  it('maps a validation problem to an ApiError with its field paths', async () => {
    const e = failure(await client.post('/v1/feedback', { kind: 'gossip', text: '', locale: 'en', fillMs: 5000 }, { headers: { 'idempotency-key': crypto.randomUUID() } }));
    expect(e.code).to.equal('validation');
    expect(e.status).to.equal(400);
    expect(e.detail).to.equal('Invalid body');
    expect(e.errors!.map((x) => x.path)).to.deep.equal(['body.kind', 'body.text']);
    expect(e.errors!.every((x) => typeof x.message === 'string' && x.message.length > 0)).to.equal(true);
  });

  it('keeps the problem slug and Retry-After of a rate limit', async () => {
    await shop.exhaustFeedbackLimit();
    const e = failure(await client.post('/v1/feedback', feedback, { headers: { 'idempotency-key': crypto.randomUUID() } }));
    expect([e.code, e.status]).to.deep.equal(['rate-limited', 429]);
    // The real limit's window is an hour: the wait is what is left of it.
    expect(e.retryAfter).to.be.a('number').within(1, 3600);
  });

  // Problems the real API answers on demand.
  it('maps the invalid-token problem (401)', async () => {
    const e = failure(await client.post('/v1/identity/exchange', { token: 'forged.token.value' }));
    expect([e.code, e.status, e.errors]).to.deep.equal(['invalid-token', 401, undefined]);
  });

  it('maps the unknown-shop problem (404)', async () => {
    const stranger = new ApiClient({ baseUrl: location.origin, headers: () => ({ 'x-rapport-shop': `pk_${'0'.repeat(24)}` }) });
    const e = failure(await stranger.get('/v1/shop'));
    expect([e.code, e.status, e.errors]).to.deep.equal(['unknown-shop', 404, undefined]);
  });

  it('maps the payload-too-large problem (413)', async () => {
    const e = failure(await client.post('/v1/identity/exchange', { token: 'x'.repeat(70_000) }));
    expect([e.code, e.status, e.errors]).to.deep.equal(['payload-too-large', 413, undefined]);
  });

  // Problems the real API answers only where a browser test cannot put it: written by its own problemResponse.
  for (const [slug, status] of [['origin-not-allowed', 403], ['locked', 429], ['internal', 500], ['unavailable', 503]] as const) {
    it(`maps the ${slug} problem (${status})`, async () => {
      const e = failure(await client.get(`/api-test/wire/problem/${slug}`));
      expect([e.code, e.status, e.errors]).to.deep.equal([slug, status, undefined]);
    });
  }

  it('gives a problem of another vocabulary a generic http-<status> code', async () => {
    const e = failure(await client.get('/api-test/wire/foreign-problem'));
    expect([e.code, e.status, e.title]).to.deep.equal(['http-404', 404, 'Not Found']);
  });

  it('survives a non-JSON error page from a proxy', async () => {
    const e = failure(await client.get('/api-test/wire/not-json'));
    expect([e.code, e.status]).to.deep.equal(['http-502', 502]);
  });

  it('reports a timeout as timeout', async () => {
    await shop.fault('slow', { path: '/v1/shop', ms: 1500 });
    const quick = new ApiClient({ baseUrl: location.origin, timeoutMs: 100, headers: () => ({ 'x-rapport-shop': shop.key }) });
    expect(failure(await quick.get('/v1/shop')).code).to.equal('timeout');
  });

  it("reports the caller's abort as aborted, not as a timeout or network failure", async () => {
    await shop.fault('slow', { path: '/v1/shop', ms: 1500 });
    const abort = new AbortController();
    const pending = client.get('/v1/shop', abort.signal);
    setTimeout(() => abort.abort(), 50);
    expect(failure(await pending).code).to.equal('aborted');
  });

  it('reports an unreachable server as network, without rejecting', async () => {
    const offline = new ApiClient({ baseUrl: 'http://127.0.0.1:1' });
    const e = failure(await offline.get('/v1/shop'));
    expect([e.code, e.status]).to.deep.equal(['network', 0]);
  });
});
