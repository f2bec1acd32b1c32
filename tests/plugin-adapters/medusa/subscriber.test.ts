/**
 * @module The Medusa subscriber's helpers (medusa/subscriber/src/lib/rapport.ts, the one
 * file of the skeleton that does not need Medusa): what it signs Rapport's Medusa adapter
 * accepts, a retry repeats the event id, and the token it mints is a valid identity proof.
 */
import { describe, expect, it } from 'vitest';
import { medusaAdapter } from '../../../plugin-adapters/index.ts';
import { forwardToRapport, mintRapportToken, rapportEventId, signRapportDelivery } from '../../../plugin-adapters/medusa/subscriber/src/lib/rapport.ts';
import { fixtureJson } from '../helpers.ts';

const SECRET = 'shop-secret-medusa';
const order = () => fixtureJson('medusa/store-order.json').order;

describe('Medusa subscriber', () => {
  it('signs a delivery the adapter verifies and maps', () => {
    const now = new Date('2026-11-22T23:13:10Z');
    const eventId = rapportEventId('order.placed', order());
    const request = signRapportDelivery({ topic: 'order.placed', data: order(), eventId }, SECRET, now);
    const verified = medusaAdapter.verifyWebhook(Buffer.from(request.body), request.headers, SECRET, now);
    expect(verified).toMatchObject({ ok: true, topic: 'order.placed', dedupKey: 'order.placed:order_01M82RHHBZJSSF1RTJV3E4RMMY:2026-11-22T23:13:07.674Z' });
    expect(medusaAdapter.mapWebhook('order.placed', JSON.parse(request.body))).toMatchObject({ ok: true, entities: [{ number: '1' }] });
  });

  it('gives a retry of the same change the same event id, and the next change another', () => {
    expect(rapportEventId('order.updated', order())).toBe(rapportEventId('order.updated', order()));
    expect(rapportEventId('order.updated', { ...order(), updated_at: '2026-11-23T00:00:00.000Z' })).not.toBe(rapportEventId('order.updated', order()));
  });

  it('posts with the signed headers and throws on a refusal so Medusa retries', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(null, { status: sent.length === 1 ? 202 : 401 });
    }) as unknown as typeof fetch;
    const settings = { url: 'https://rapport.example/webhooks/medusa/shop_1', secret: SECRET };
    await forwardToRapport({ topic: 'customer.updated', data: { id: 'cus_1' }, eventId: 'e1' }, settings, fakeFetch);
    expect(sent[0].url).toBe(settings.url);
    expect(Object.keys(sent[0].init.headers as object)).toEqual(['content-type', 'x-rapport-signature', 'x-rapport-timestamp', 'x-rapport-event-id']);
    await expect(forwardToRapport({ topic: 'customer.updated', data: { id: 'cus_1' }, eventId: 'e1' }, settings, fakeFetch)).rejects.toThrow('401');
    await expect(forwardToRapport({ topic: 'x.y', data: {}, eventId: 'e' }, { url: '', secret: '' }, fakeFetch)).rejects.toThrow('RAPPORT_WEBHOOK_URL');
  });

  it("mints a 10-minute customer token the adapter accepts as the customer's proof", async () => {
    const now = new Date('2026-11-22T23:00:00Z');
    const token = mintRapportToken({ id: 'cus_01', email: 'Jane@Probe.local', first_name: 'Jane', last_name: 'Doe' }, SECRET, now);
    expect(await medusaAdapter.verifyIdentity({ kind: 'jwt', token }, SECRET, now)).toEqual({
      ok: true, customerId: 'cus_01', email: 'jane@probe.local', name: 'Jane Doe', expiresAt: '2026-11-22T23:10:00.000Z',
    });
    expect(await medusaAdapter.verifyIdentity({ kind: 'jwt', token }, 'another-secret', now)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });
});
