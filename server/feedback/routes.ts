/**
 * @module `POST /v1/feedback`: a shopper's complaint, suggestion, praise or question.
 * Retries with the same Idempotency-Key replay the first answer; a honeypot hit or an
 * inhumanly fast form gets a quiet success and stores nothing; past the rate limits a
 * proof of work (ALTCHA format, in the 429's `challenge`) lets a real person through.
 */
import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { Shop } from '../kernel/db/shops.ts';
import { hit, spendPow } from '../kernel/db/rate-limits.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { keyUsed } from '../kernel/db/idempotency.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { PowChallenge, problem, ShopHeader, storefrontErrors } from '../kernel/http/contract.ts';
import { sessionCustomer } from '../kernel/http/customer-session.ts';
import { Problem } from '../kernel/http/errors.ts';
import { createChallenge, verifySolution } from '../kernel/http/proof-of-work.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { publicBase } from '../kernel/mail/links.ts';
import { shopSettings } from '../shops/index.ts';
import { FeedbackReceipt, FeedbackSubmission } from './contract.ts';
import { newReference } from './db.ts';
import { FEEDBACK_RATE, MIN_FILL_MS } from './limits.ts';
import { SCOPE, submitFeedback } from './submit.ts';

const submit = createRoute({
  method: 'post',
  path: '/feedback',
  tags: ['Feedback'],
  summary: 'Send feedback (complaint, suggestion, praise or question)',
  request: {
    headers: ShopHeader.extend({
      'idempotency-key': z.string().min(8).max(200).openapi({ description: 'One per submission, reused for every retry' }),
      authorization: z.string().max(4096).optional().openapi({ description: 'Bearer <customer session token>' }),
    }),
    body: { required: true, content: { 'application/json': { schema: FeedbackSubmission } } },
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: FeedbackReceipt } } },
    200: { description: 'A retry: the first answer again', content: { 'application/json': { schema: FeedbackReceipt } } },
    401: problem('Invalid or expired customer session'),
    422: problem('Unknown order or product, or the Idempotency-Key was used with another body'),
    429: problem('Rate limited; `challenge` (PowChallenge) may be solved and sent as `pow`'),
    ...storefrontErrors,
  },
});

const challenge = createRoute({
  method: 'get',
  path: '/feedback/challenge',
  tags: ['Feedback'],
  summary: 'A proof-of-work challenge, for clients that solve one ahead of time',
  request: { headers: ShopHeader },
  responses: { 200: { description: 'Challenge', content: { 'application/json': { schema: PowChallenge } } }, ...storefrontErrors },
});

export function feedbackRoutes(deps: AppDeps) {
  const { sql } = deps.db;
  const app = router<ShopEnv>();

  app.openapi(submit, async (c) => {
    const shop = c.var.shop;
    const input = c.req.valid('json');
    const headers = c.req.valid('header');
    const customerId = await sessionCustomer(c);

    if ((input.website ?? '') !== '' || input.fillMs < MIN_FILL_MS) {
      deps.log.warn('feedback spam trap', { shop: shop.id, honeypot: !!input.website, fillMs: input.fillMs, ip: clientIp(c) });
      const hours = shopSettings(shop).feedback.responseTargets[input.kind];
      return c.json({ id: randomUUID(), reference: newReference(), status: 'new' as const, responseHours: hours, faq: [] }, 201);
    }

    const retry = await withShop(sql, shop.id, (tx) => keyUsed(tx, SCOPE, headers['idempotency-key']));
    if (!retry) await enforceLimits(deps, shop, clientIp(c) ?? 'unknown', input.pow);

    const result = await submitFeedback(sql, shop, {
      input, customerId, idempotencyKey: headers['idempotency-key'], base: publicBase(deps.config.PUBLIC_URL, c.req.url),
    });
    if (result.status === 201) deps.nudgeJobs?.();
    return c.json(result.receipt, result.status);
  });

  app.openapi(challenge, (c) => c.json(createChallenge(c.var.shop), 200));
  return app;
}

async function enforceLimits(deps: AppDeps, shop: Shop, ip: string, pow: string | undefined) {
  const { perIp, perShop } = FEEDBACK_RATE;
  const [byIp, byShop] = [
    await hit(deps.db.sql, `feedback:ip:${shop.id}:${ip}`, perIp.seconds),
    await hit(deps.db.sql, `feedback:shop:${shop.id}`, perShop.seconds),
  ];
  const over = byIp.hits > perIp.hits || byShop.hits > perShop.hits;
  if (!over) return;
  if (pow) {
    const solved = verifySolution(shop, pow);
    if (solved && (await spendPow(deps.db.sql, solved.signature, solved.expiresAt))) return;
  }
  const wait = Math.max(byIp.hits > perIp.hits ? byIp.resetIn : 0, byShop.hits > perShop.hits ? byShop.resetIn : 0);
  throw new Problem('rate-limited', {
    detail: pow ? 'The proof of work is not valid or was used already' : 'Too many messages; solve the challenge or wait',
    headers: { 'retry-after': String(wait) },
    extra: { challenge: createChallenge(shop) },
  });
}
