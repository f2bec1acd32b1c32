/**
 * @module A shopper's feedback, from checked input to committed rows: photos cleaned,
 * order and product checked against the shopper, the feedback, its photos, the
 * idempotency key and the auto-reply mail written in ONE transaction.
 */
import { findProduct } from '../catalog/index.ts';
import { matchFaq } from '../faq/index.ts';
import { findCustomer } from '../identity/index.ts';
import type { Sql } from '../kernel/db/client.ts';
import { claimKey, requestHash, storeKey } from '../kernel/db/idempotency.ts';
import type { Shop } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { Problem } from '../kernel/http/errors.ts';
import { excerpt, renderMarkdown } from '../kernel/http/markdown.ts';
import type { Locale } from '../kernel/i18n/locales.ts';
import { enqueueMail } from '../kernel/mail/db.ts';
import { findOrderByNumber } from '../orders/index.ts';
import { brandOf, shopSettings } from '../shops/index.ts';
import type { FeedbackReceipt, FeedbackSubmission } from './contract.ts';
import { insertFeedback, insertPhotos } from './db.ts';
import { PHOTO_MAX_BYTES } from './limits.ts';
import { feedbackReceived } from './mails.ts';
import { cleanPhoto } from './photos.ts';
import { threadUrl } from './thread-links.ts';

type Input = Omit<FeedbackSubmission, 'scoreType' | 'context' | 'photos'> & Required<Pick<FeedbackSubmission, 'scoreType' | 'context' | 'photos'>>;

export const SCOPE = 'feedback';

/** Decodes and cleans photos before any transaction opens (CPU work, no database). */
export function preparePhotos(photos: Input['photos']) {
  return photos.map((p, i) => {
    const bytes = new Uint8Array(Buffer.from(p.data, 'base64'));
    if (bytes.length > PHOTO_MAX_BYTES) {
      throw new Problem('payload-too-large', {
        detail: `Photo ${i + 1} is larger than ${PHOTO_MAX_BYTES / 1024 / 1024} MB`,
        errors: [{ path: `body.photos.${i}`, message: 'Too large' }],
      });
    }
    try {
      return cleanPhoto(bytes);
    } catch (err) {
      if (err instanceof Problem) throw new Problem(err.slug, { detail: err.message, errors: [{ path: `body.photos.${i}`, message: err.message }] });
      throw err;
    }
  });
}

const unknownOrder = () =>
  new Problem('unprocessable', {
    detail: 'No order with this number belongs to you',
    errors: [{ path: 'body.context.orderNumber', message: 'Unknown order' }],
  });

export async function submitFeedback(
  sql: Sql,
  shop: Shop,
  args: { input: Input; customerId?: string; idempotencyKey: string; base: string },
): Promise<{ status: 200 | 201; receipt: FeedbackReceipt }> {
  const { input, customerId, idempotencyKey } = args;
  // What the shopper wrote, not how this attempt travelled (the proof of work and the session
  // are headers): a retry must replay the first answer.
  const hash = requestHash(input);
  const photos = preparePhotos(input.photos);
  const settings = shopSettings(shop).feedback;
  if (settings.hiddenKinds.includes(input.kind)) {
    throw new Problem('validation', { errors: [{ path: 'body.kind', message: 'This shop does not take this kind of feedback' }] });
  }
  const responseHours = settings.responseTargets[input.kind];
  return withShop(sql, shop.id, async (tx) => {
    const replay = await claimKey<FeedbackReceipt>(tx, SCOPE, idempotencyKey, hash);
    if (replay) return { status: 200, receipt: replay.body };
    const customer = customerId ? await findCustomer(tx, customerId) : undefined;
    if (customerId && !customer) throw new Problem('invalid-token', { detail: 'The session names no customer of this shop' });
    const email = customer?.email ?? input.email ?? null;
    let orderId: string | null = null;
    if (input.context.orderNumber) {
      const order = await findOrderByNumber(tx, input.context.orderNumber);
      // A guest must name the order's email; a customer must own it. Both failures look the same.
      if (!order) throw unknownOrder();
      if (customer ? order.customerId !== customer.id : !email || order.email.toLowerCase() !== email.toLowerCase()) throw unknownOrder();
      orderId = order.id;
    }
    if (input.context.productId && !(await findProduct(tx, input.context.productId))) {
      throw new Problem('unprocessable', { errors: [{ path: 'body.context.productId', message: 'Unknown product' }] });
    }
    const fb = await insertFeedback(tx, {
      shopId: shop.id, customerId: customer?.id ?? null, kind: input.kind, scoreType: input.scoreType,
      score: input.scoreType === 'none' ? null : input.score ?? null, body: input.text, contactEmail: email,
      locale: input.locale, pageUrl: input.context.pageUrl ?? null, pageTitle: input.context.pageTitle ?? null,
      orderId, productId: input.context.productId ?? null, responseHours,
    });
    await insertPhotos(tx, shop.id, fb.id, photos);
    const faq = input.kind === 'question' || input.kind === 'complaint' ? await matchFaq(tx, input.locale, input.text, 3) : [];
    const receipt: FeedbackReceipt = {
      id: fb.id, reference: fb.reference, status: fb.status, responseHours,
      faq: faq.map((a) => {
        const answer = renderMarkdown(a.answerMd);
        return { id: a.id, question: a.question, excerpt: excerpt(answer.text), answerHtml: answer.html, locale: a.locale };
      }),
    };
    if (email) {
      // Only an address the store vouched for (a verified customer's) gets the shopper's own
      // words back. To any other address the shop sends nothing a stranger wrote, so it can
      // never be made to relay someone's text and links to a third party.
      const verified = !!customer?.email && customer.email === email;
      const content = feedbackReceived(input.locale as Locale, brandOf(shop), {
        reference: fb.reference, kind: input.kind, message: verified ? input.text : undefined, responseHours,
        faq: receipt.faq, threadUrl: threadUrl(args.base, shop, fb.id),
      });
      await enqueueMail(tx, {
        shopId: shop.id, kind: 'feedback.received', to: email, locale: input.locale as Locale, content,
        related: { type: 'feedback', id: fb.id }, cause: 'shopper',
      });
    }
    await storeKey(tx, shop.id, SCOPE, idempotencyKey, hash, { status: 201, body: receipt });
    return { status: 201, receipt };
  });
}
