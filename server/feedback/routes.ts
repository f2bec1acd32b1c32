/**
 * @module `POST /v1/feedback`: a shopper's complaint, suggestion, praise or question.
 * Retries with the same Idempotency-Key replay the first answer; a honeypot hit or an
 * inhumanly fast form gets a quiet success and stores nothing; past the rate limits a
 * proof of work (ALTCHA format, in the 429's `challenge`) lets a real person through.
 */
import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { problem, ShopHeader, storefrontErrors } from '../kernel/http/contract.ts';
import { FeedbackReceipt, FeedbackSubmission, PowChallenge } from './contract.ts';
import { verifySessionToken } from '../kernel/http/customer-session.ts';
import { newReference } from './db.ts';
import { keyUsed } from '../kernel/db/idempotency.ts';
import { hit, spendPow } from '../kernel/db/rate-limits.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { Problem } from '../kernel/http/errors.ts';
import { createChallenge, verifySolution } from '../kernel/http/proof-of-work.ts';
import { feedbackSettings, publicBase } from '../shops/settings.ts';
import { SCOPE, submitFeedback } from './submit.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { clientIp, router, type AppDeps } from '../kernel/http/router.ts';

/** Per visitor address and per shop; past either, a proof of work is needed. */
export const FEEDBACK_LIMITS = { perIp: { hits: 5, seconds: 600 }, perShop: { hits: 300, seconds: 3600 } };
/** Faster than a person can read a form and type a sentence. */
export const MIN_FILL_MS = 2000;

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
    const shop = c.get('shop');
    const input = c.req.valid('json');
    const headers = c.req.valid('header');
    const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (headers.authorization && !bearer) throw new Problem('invalid-token', { detail: 'Send the session as "Authorization: Bearer <token>"' });
    const customerId = bearer ? await verifySessionToken(bearer, shop) : undefined;

    if ((input.website ?? '') !== '' || input.fillMs < MIN_FILL_MS) {
      deps.log.warn('feedback spam trap', { shop: shop.id, honeypot: !!input.website, fillMs: input.fillMs, ip: clientIp(c) });
      const hours = feedbackSettings(shop).responseTargets[input.kind];
      return c.json({ id: randomUUID(), reference: newReference(), status: 'new' as const, responseHours: hours, faq: [] }, 201);
    }

    const retry = await withShop(sql, shop.id, (tx) => keyUsed(tx, SCOPE, headers['idempotency-key']));
    if (!retry) await enforceLimits(deps, shop, clientIp(c) ?? 'unknown', input.pow);

    const result = await submitFeedback(sql, shop, {
      input, customerId, idempotencyKey: headers['idempotency-key'], base: publicBase(deps.config.PUBLIC_URL, c.req.url),
    });
    if (result.status === 201) deps.nudgeMail?.();
    return c.json(result.receipt, result.status);
  });

  app.openapi(challenge, (c) => c.json(createChallenge(c.get('shop')), 200));
  return app;
}

async function enforceLimits(deps: AppDeps, shop: ShopEnv['Variables']['shop'], ip: string, pow: string | undefined) {
  const { perIp, perShop } = FEEDBACK_LIMITS;
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
