/**
 * @module `/thread/:shopKey/:token`: where a shopper follows up on feedback from an email
 * link — reads the replies, answers (which reopens it), and rates how it was handled.
 * The token is an HMAC of the feedback id (see thread-links.ts): nothing to log in to.
 */
import { Hono, type Context } from 'hono';
import type { Locale } from '../kernel/http/contract.ts';
import { addMessage, findFeedback, listMessages, recordSatisfaction } from './db.ts';
import { findShopByPublicKey, type Shop } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { Problem } from '../kernel/http/errors.ts';
import { html } from '../kernel/http/html.ts';
import { readBodyLimited } from '../kernel/http/json-body.ts';
import { assertSameOrigin } from '../kernel/http/staff-auth.ts';
import { verifyThreadToken } from './thread-links.ts';
import type { AppDeps } from '../kernel/http/router.ts';
import { page, threadText as t } from './thread-page.ts';

async function resolve(deps: AppDeps, c: Context): Promise<{ shop: Shop; id: string }> {
  const shop = /^pk_[a-z0-9]{8,64}$/.test(c.req.param('key') ?? '') ? await findShopByPublicKey(deps.db.sql, c.req.param('key')!) : undefined;
  const id = shop ? verifyThreadToken(shop, c.req.param('token') ?? '') : undefined;
  if (!shop || !id) throw new Problem('not-found', { detail: 'This link is not valid' });
  return { shop, id };
}

export function threadRoutes(deps: AppDeps) {
  const app = new Hono();
  const { sql } = deps.db;

  const show = async (c: Context, notice?: 'sent' | 'empty') => {
    const { shop, id } = await resolve(deps, c);
    const data = await withShop(sql, shop.id, async (tx) => ({ f: await findFeedback(tx, id), messages: await listMessages(tx, id) }));
    if (!data.f) throw new Problem('not-found');
    const l = data.f.locale as Locale;
    const visible = data.messages.filter((m) => m.authorType !== 'note');
    const body = html`<h1>${t(l, 'title', { ref: data.f.reference })}</h1>
      <p class="who">${shop.name}</p>
      ${notice === 'sent' ? html`<p class="note" role="status">${t(l, 'sent')}</p>` : ''}
      ${data.f.status === 'resolved' ? html`<p class="note">${t(l, 'resolved')}</p>` : ''}
      <div class="msg"><p class="who">${t(l, 'you')} · ${data.f.createdAt.toISOString().slice(0, 16).replace('T', ' ')}</p>${data.f.body}</div>
      ${visible.map((m) => html`<div class="msg ${m.authorType === 'staff' ? 'shop' : ''}"><p class="who">${m.authorType === 'staff' ? shop.name : t(l, 'you')} · ${m.createdAt.toISOString().slice(0, 16).replace('T', ' ')}</p>${m.body}</div>`)}
      <form method="post">
        <label for="reply">${t(l, 'reply')}</label>
        ${notice === 'empty' ? html`<p class="err" id="reply-error" role="alert">${t(l, 'empty')}</p>` : ''}
        <textarea id="reply" name="body" maxlength="10000" required ${notice === 'empty' ? html`aria-describedby="reply-error"` : ''}></textarea>
        <button type="submit">${t(l, 'send')}</button>
      </form>`;
    return c.html(page(l, t(l, 'title', { ref: data.f.reference }), body), notice === 'empty' ? 400 : 200, { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
  };

  app.get('/thread/:key/:token', (c) => show(c, c.req.query('sent') === '1' ? 'sent' : undefined));

  app.post('/thread/:key/:token', async (c) => {
    assertSameOrigin(c);
    const { shop, id } = await resolve(deps, c);
    const bytes = await readBodyLimited(c.req.raw, 64 * 1024);
    const text = (new URLSearchParams(new TextDecoder().decode(bytes)).get('body') ?? '').trim().slice(0, 10000);
    if (!text) return show(c, 'empty');
    await withShop(sql, shop.id, async (tx) => {
      if (!(await findFeedback(tx, id))) throw new Problem('not-found');
      await addMessage(tx, shop.id, id, { authorType: 'customer', body: text });
    });
    // Post/redirect/get: a reload does not send the reply twice.
    return c.redirect(`${c.req.path}?sent=1`, 303);
  });

  app.get('/thread/:key/:token/satisfaction/:score', async (c) => {
    const { shop, id } = await resolve(deps, c);
    const score = Number(c.req.param('score'));
    if (!Number.isInteger(score) || score < 1 || score > 5) throw new Problem('validation', { errors: [{ path: 'path.score', message: 'A score from 1 to 5' }] });
    // Recording is idempotent (the last click counts), so a mail scanner's prefetch does no harm beyond a re-click.
    const f = await withShop(sql, shop.id, async (tx) => {
      await recordSatisfaction(tx, id, score);
      return findFeedback(tx, id);
    });
    if (!f) throw new Problem('not-found');
    const l = f.locale as Locale;
    return c.html(page(l, t(l, 'thanks'), html`<h1>${t(l, 'thanks')}</h1><p>${t(l, 'rated', { ref: f.reference, score })}</p>`), 200, { 'cache-control': 'no-store' });
  });
  // These are pages people open from email: errors are pages too, not JSON.
  app.onError((err, c) => {
    const status = err instanceof Problem ? err.status : 500;
    if (status >= 500) deps.log.error('thread page error', { err: String(err) });
    const l: Locale = 'en';
    return c.html(page(l, t(l, 'notFound'), html`<h1>${status === 404 ? t(l, 'notFound') : err.message}</h1>`), status as 400);
  });
  return app;
}
