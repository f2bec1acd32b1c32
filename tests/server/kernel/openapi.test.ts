import { describe, expect, it } from 'vitest';
import { testApp, testDb } from '../helpers/db.ts';
import { BASE } from '../helpers/http.ts';

const db = testDb();
const app = testApp(db);

describe('GET /v1/openapi.json', () => {
  it('describes every API route with its inputs and problem+json errors', async () => {
    const res = await app.request(`${BASE}/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/v1/admin/audit', '/v1/admin/feedback/bulk', '/v1/admin/feedback/{id}', '/v1/admin/feedback/{id}/notes',
      '/v1/admin/feedback/{id}/photos/{photoId}', '/v1/admin/feedback/{id}/photos/{photoId}/preview', '/v1/admin/feedback/{id}/replies', '/v1/admin/inbox', '/v1/admin/inbox.csv',
      '/v1/admin/mail', '/v1/admin/orders', '/v1/admin/orders/{id}', '/v1/admin/recommendations/explain', '/v1/admin/recommendations/stats', '/v1/admin/recommendations/train', '/v1/admin/saved-replies', '/v1/admin/saved-replies/{id}', '/v1/admin/session', '/v1/admin/settings/delivery', '/v1/admin/settings/feedback', '/v1/admin/settings/recommendations', '/v1/admin/settings/shipment-mails', '/v1/admin/staff', '/v1/admin/webhook-deliveries', '/v1/events',
      '/v1/feedback', '/v1/feedback/challenge', '/v1/identity/exchange', '/v1/orders', '/v1/orders/lookup', '/v1/orders/{number}', '/v1/recommendations', '/v1/shop', '/v1/uploads',
    ]);
    const feedback = doc.paths['/v1/feedback'].post;
    expect(Object.keys(feedback.responses)).toEqual(expect.arrayContaining(['200', '201', '401', '413', '415', '422', '429']));
    expect(Object.keys(doc.paths['/v1/admin/session']).sort()).toEqual(['delete', 'get', 'post']);
    expect(Object.keys(doc.paths['/v1/admin/saved-replies']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/v1/admin/saved-replies/{id}']).sort()).toEqual(['delete', 'put']);
    expect(Object.keys(doc.paths['/v1/admin/saved-replies'].post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409']));
    const exchange = doc.paths['/v1/identity/exchange'].post;
    expect(Object.keys(exchange.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '413', '415']));
    expect(exchange.responses['401'].content).toHaveProperty(['application/problem+json']);
    expect(doc.components.schemas).toHaveProperty('Problem');
  });
});
