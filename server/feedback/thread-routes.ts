/**
 * @module `/thread/:shopKey/:token`: where a shopper follows up on feedback from an email
 * link — reads the replies, answers (which reopens it), sees their own photos, and rates
 * how it was handled. The token is an HMAC of the feedback id (thread-links.ts): nothing
 * to log in to. Forms carry their own token (kernel/http/form-token.ts), never lean on
 * `Origin`, keep what was typed on any refusal, and replies are limited per thread and
 * per client address. Opening a link changes nothing: a score is recorded by a POST.
 */
import { Hono, type Context } from 'hono';
import { findShopByPublicKey, type Shop } from '../kernel/db/shops.ts';
import { hit } from '../kernel/db/rate-limits.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { clientIp } from '../kernel/http/client-address.ts';
import { customerPageCsp } from '../kernel/http/customer-page.ts';
import { Problem } from '../kernel/http/errors.ts';
import { formToken, validFormToken } from '../kernel/http/form-token.ts';
import { hasNul } from '../kernel/http/input-rules.ts';
import { readBodyLimited } from '../kernel/http/json-body.ts';
import type { AppDeps, BaseEnv } from '../kernel/http/router.ts';
import { negotiateLocale, type Locale } from '../kernel/i18n/locales.ts';
import { brandOf } from '../shops/index.ts';
import { addMessage, findFeedback, findPhoto, listMessages, listPhotos, recordSatisfaction } from './db.ts';
import { MESSAGE_MAX, THREAD_REPLIES } from './limits.ts';
import { verifyThreadToken } from './thread-links.ts';
import { errorPage, ratedPage, ratePage, threadPage, type ThreadNotice } from './thread-page.ts';

type Env = BaseEnv;

async function resolve(deps: AppDeps, c: Context<Env>): Promise<{ shop: Shop; id: string }> {
  const key = c.req.param('key') ?? '';
  const shop = /^pk_[a-z0-9]{8,64}$/.test(key) ? await findShopByPublicKey(deps.db.sql, key) : undefined;
  const id = shop ? verifyThreadToken(shop, c.req.param('token') ?? '') : undefined;
  if (!shop || !id) throw new Problem('not-found', { detail: 'This link is not valid' });
  return { shop, id };
}

/** A page answer: no caching, no referrer (the address is the key to the thread), a strict CSP of its own. */
const pageHeaders = (shop: Shop) => ({
  'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'content-security-policy': customerPageCsp(brandOf(shop)),
});

async function readForm(c: Context<Env>): Promise<URLSearchParams> {
  return new URLSearchParams(new TextDecoder().decode(await readBodyLimited(c.req.raw, 64 * 1024)));
}

export function threadRoutes(deps: AppDeps) {
  const app = new Hono<Env>();
  const { sql } = deps.db;

  const show = async (c: Context<Env>, opts: { notice?: ThreadNotice; draft?: string; status?: 200 | 400 | 403 | 429 } = {}) => {
    const { shop, id } = await resolve(deps, c);
    const data = await withShop(sql, shop.id, async (tx) => ({ f: await findFeedback(tx, id), messages: await listMessages(tx, id), photos: await listPhotos(tx, id) }));
    if (!data.f) throw new Problem('not-found');
    const base = c.req.path.replace(/\/$/, '');
    return c.html(threadPage({
      locale: data.f.locale as Locale, brand: brandOf(shop), reference: data.f.reference, status: data.f.status,
      createdAt: data.f.createdAt, body: data.f.body,
      photos: data.photos.map((p) => ({ url: `${base}/photos/${p.id}`, previewUrl: `${base}/photos/${p.id}/preview` })),
      messages: data.messages.filter((m) => m.authorType !== 'note').map((m) => ({ mine: m.authorType === 'customer', body: m.body, createdAt: m.createdAt })),
      formToken: formToken(shop, 'thread-reply', id), draft: opts.draft, notice: opts.notice,
    }), opts.status ?? 200, pageHeaders(shop));
  };

  app.get('/thread/:key/:token', (c) => show(c, { notice: c.req.query('sent') === '1' ? 'sent' : undefined }));

  app.post('/thread/:key/:token', async (c) => {
    const { shop, id } = await resolve(deps, c);
    const form = await readForm(c);
    const draft = (form.get('body') ?? '').slice(0, MESSAGE_MAX * 2);
    if (!validFormToken(shop, 'thread-reply', id, form.get('form_token'))) return show(c, { notice: 'expired', draft, status: 403 });
    if (hasNul(draft)) return show(c, { notice: 'nul', draft: draft.replaceAll('\u0000', ''), status: 400 });
    const text = draft.trim();
    if (!text) return show(c, { notice: 'empty', status: 400 });
    if (text.length > MESSAGE_MAX) return show(c, { notice: 'tooLong', draft, status: 400 });
    const perThread = await hit(sql, `thread:${id}`, THREAD_REPLIES.perThread.seconds);
    const perClient = await hit(sql, `thread:ip:${clientIp(c) ?? 'unknown'}`, THREAD_REPLIES.perClient.seconds);
    if (perThread.hits > THREAD_REPLIES.perThread.hits || perClient.hits > THREAD_REPLIES.perClient.hits) {
      return show(c, { notice: 'tooMany', draft, status: 429 });
    }
    await withShop(sql, shop.id, async (tx) => {
      if (!(await findFeedback(tx, id))) throw new Problem('not-found');
      await addMessage(tx, shop.id, id, { authorType: 'customer', body: text });
    });
    // Post/redirect/get: a reload does not send the reply twice.
    return c.redirect(`${c.req.path}?sent=1`, 303);
  });

  app.get('/thread/:key/:token/photos/:photoId{[0-9a-f-]{36}}/:preview{preview}?', async (c) => {
    const { shop, id } = await resolve(deps, c);
    const photo = await withShop(sql, shop.id, (tx) => findPhoto(tx, id, c.req.param('photoId'), !!c.req.param('preview')));
    if (!photo) throw new Problem('not-found');
    return c.body(new Uint8Array(photo.bytes), 200, {
      'content-type': photo.contentType, 'cache-control': 'private, max-age=3600', 'content-security-policy': "default-src 'none'",
      'referrer-policy': 'no-referrer',
    });
  });

  // The link in the mail only opens the question: a mail scanner following it records nothing.
  app.get('/thread/:key/:token/satisfaction/:score?', async (c) => {
    const { shop, id } = await resolve(deps, c);
    const f = await withShop(sql, shop.id, (tx) => findFeedback(tx, id));
    if (!f) throw new Problem('not-found');
    const suggested = Number(c.req.param('score'));
    return c.html(ratePage({
      locale: f.locale as Locale, brand: brandOf(shop), reference: f.reference, current: f.satisfaction,
      suggested: Number.isInteger(suggested) && suggested >= 1 && suggested <= 5 ? suggested : undefined,
      formToken: formToken(shop, 'thread-rate', id),
    }), 200, pageHeaders(shop));
  });

  app.post('/thread/:key/:token/satisfaction/:score?', async (c) => {
    const { shop, id } = await resolve(deps, c);
    const form = await readForm(c);
    const score = Number(form.get('score'));
    if (!validFormToken(shop, 'thread-rate', id, form.get('form_token'))) throw new Problem('csrf', { detail: 'This form has expired' });
    if (!Number.isInteger(score) || score < 1 || score > 5) throw new Problem('validation', { errors: [{ path: 'body.score', message: 'A score from 1 to 5' }] });
    const f = await withShop(sql, shop.id, async (tx) => {
      await recordSatisfaction(tx, id, score);
      return findFeedback(tx, id);
    });
    if (!f) throw new Problem('not-found');
    return c.html(ratedPage({ locale: f.locale as Locale, brand: brandOf(shop), reference: f.reference, score }), 200, pageHeaders(shop));
  });

  // These are pages people open from email: errors are pages too, not JSON, and never show a database message.
  app.onError((err, c) => {
    const status = err instanceof Problem ? err.status : 500;
    if (status >= 500) deps.log.error('thread page error', { err: String((err as Error)?.stack ?? err) });
    const locale = negotiateLocale(c.req.header('accept-language'));
    return c.html(errorPage({ locale }, status), status as 400, { 'cache-control': 'no-store' });
  });
  return app;
}
