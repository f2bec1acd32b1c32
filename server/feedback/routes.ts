/**
 * @module `POST /v1/feedback`: a shopper's complaint, suggestion, praise or question.
 * Retries with the same Idempotency-Key replay the first answer. What looks automated (a
 * honeypot filled, a form sent faster than a person types) or goes past the limits gets a
 * proof-of-work challenge (ALTCHA format, in the 429's `challenge`), never a quiet "thank
 * you" for something not stored: a real person's browser solves it and sends again.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { withShop } from '../kernel/db/tenancy.ts';
import { keyUsed } from '../kernel/db/idempotency.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { PowChallenge, problem, ShopHeader, storefrontErrors } from '../kernel/http/contract.ts';
import { sessionCustomer } from '../kernel/http/customer-session.ts';
import { Problem } from '../kernel/http/errors.ts';
import { checkHuman, POW_HEADER } from '../kernel/http/human-check.ts';
import { createChallenge } from '../kernel/http/proof-of-work.ts';
import { router, type AppDeps } from '../kernel/http/router.ts';
import type { ShopEnv } from '../kernel/http/shop-auth.ts';
import { publicBase } from '../kernel/mail/links.ts';
import { FeedbackReceipt, FeedbackSubmission } from './contract.ts';
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
      [POW_HEADER]: z.string().max(4000).optional().openapi({ description: 'A solved proof-of-work challenge (base64 JSON), when a 429 asked for one' }),
    }),
    body: { required: true, content: { 'application/json': { schema: FeedbackSubmission } } },
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: FeedbackReceipt } } },
    200: { description: 'A retry: the first answer again', content: { 'application/json': { schema: FeedbackReceipt } } },
    401: problem('Invalid or expired customer session'),
    422: problem('Unknown order or product, or the Idempotency-Key was used with another body'),
    429: problem('Looks automated or past a limit: solve `challenge` (PowChallenge) and send again with the solution in X-Rapport-Pow'),
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

    // A retry of a stored submission is answered from its key, without counting it again.
    const retry = await withShop(sql, shop.id, (tx) => keyUsed(tx, SCOPE, headers['idempotency-key']));
    const suspicious = (input.website ?? '') !== '' || input.fillMs < MIN_FILL_MS;
    if (suspicious) deps.log.info('feedback looks automated; asking for a proof of work', { shop: shop.id, honeypot: !!input.website, fillMs: input.fillMs });
    const gate = retry ? undefined : await checkHuman(sql, shop, clientIp(c) ?? 'unknown', {
      scope: 'feedback', ...FEEDBACK_RATE, suspicious, pow: headers[POW_HEADER],
    });

    const result = await submitFeedback(sql, shop, {
      input, customerId, idempotencyKey: headers['idempotency-key'], base: publicBase(deps.config.PUBLIC_URL, c.req.url),
    });
    if (result.status === 201) {
      await gate?.accepted();
      deps.nudgeJobs?.();
    }
    return c.json(result.receipt, result.status);
  });

  app.openapi(challenge, (c) => c.json(createChallenge(c.var.shop), 200));
  return app;
}
