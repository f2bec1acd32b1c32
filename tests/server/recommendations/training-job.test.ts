/**
 * @module The training job as the job runner runs it: on PostgreSQL in a worker thread with
 * its own connection (training is seconds of CPU for a big shop, which on the API's thread
 * would hold every request back), on the embedded database (one session) in place. Either
 * way the shop's next model version is stored and in use.
 */
import { describe, expect, it } from 'vitest';
import { insertProducts } from '../../../server/catalog/index.ts';
import { recordServerEvents } from '../../../server/interactions/index.ts';
import { withShop } from '../../../server/kernel/db/tenancy.ts';
import { currentModel } from '../../../server/recommendations/db.ts';
import { trainingJobs } from '../../../server/recommendations/training.ts';
import type { Logger } from '../../../server/kernel/log.ts';
import { makeShop, testDb } from '../helpers/db.ts';

const db = testDb();

function capturingLog(lines: Array<[string, Record<string, unknown>]>): Logger {
  const log: Logger = {
    debug: () => {}, info: (msg, f) => lines.push([msg, f ?? {}]), warn: (msg, f) => lines.push([msg, f ?? {}]), error: (msg, f) => lines.push([msg, f ?? {}]),
    child: () => log,
  } as Logger;
  return log;
}

describe('the recommendations.train job', () => {
  it(`trains the shop and stores its next model version (${db.kind === 'postgres' ? 'in a worker thread' : 'in place on the embedded database'})`, async () => {
    const { shop } = await makeShop(db);
    const ids = await withShop(db.sql, shop.id, (tx) => insertProducts(tx, shop.id, ['a', 'b', 'c'].map((h) => ({
      handle: h, title: h, priceAmount: 100, currency: 'USD', category: 'tea',
    }))));
    const now = Date.now();
    for (let v = 0; v < 5; v++) {
      await recordServerEvents(db.sql, shop.id, {
        person: { customerId: null, visitorId: `v_visitor_${v}` },
        events: ids.map((p, i) => ({ id: crypto.randomUUID(), kind: 'product.view' as const, at: now - 60_000 + v * 1000 + i, product: p })),
      });
    }
    const lines: Array<[string, Record<string, unknown>]> = [];
    const jobs = trainingJobs(db, capturingLog(lines));
    await jobs['recommendations.train']!({ shopId: shop.id } as never);
    const model = await withShop(db.sql, shop.id, (tx) => currentModel(tx));
    expect(model?.version).toBe(1);
    const trained = lines.find(([msg]) => msg === 'recommendation model trained');
    expect(trained?.[1]).toMatchObject({ shop: shop.id, version: 1, events: 15 });
    expect(trained?.[1].worker === true).toBe(db.kind === 'postgres');
  });
});
