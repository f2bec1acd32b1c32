/**
 * @module A shopper's feedback, from checked input to committed rows: order and product
 * checked against the shopper, its uploaded photos taken, the feedback, its photos, the
 * idempotency key and the auto-reply mail written in ONE transaction.
 */
import { findProduct } from '../catalog/index.ts';
import { matchFaq } from '../faq/index.ts';
import { findCustomer } from '../identity/index.ts';
import { readyFor, recordServerEventsIn, type EventInput } from '../interactions/index.ts';
import type { Sql, Tx } from '../kernel/db/client.ts';
import { claimKey, requestHash, storeKey } from '../kernel/db/idempotency.ts';
import type { Shop } from '../kernel/db/shops.ts';
import { withShop } from '../kernel/db/tenancy.ts';
import { Problem } from '../kernel/http/errors.ts';
import { stableUuid } from '../kernel/ids.ts';
import { excerpt, renderMarkdown } from '../kernel/http/markdown.ts';
import type { Locale } from '../kernel/i18n/locales.ts';
import { enqueueMail } from '../kernel/mail/db.ts';
import { findOrderByNumber } from '../orders/index.ts';
import { brandOf, shopSettings } from '../shops/index.ts';
import { PREVIEW_MAX_SIDE, takeUploads } from '../uploads/index.ts';
import type { FeedbackReceipt, FeedbackSubmission } from './contract.ts';
import { insertFeedback, insertPhotos } from './db.ts';
import { feedbackReceived } from './mails.ts';
import { threadUrl } from './thread-links.ts';

type Input = Omit<FeedbackSubmission, 'scoreType' | 'context' | 'photos'> & Required<Pick<FeedbackSubmission, 'scoreType' | 'context' | 'photos'>>;

export const SCOPE = 'feedback';

/**
 * Inside the submission's transaction: takes the uploads it names (each used once; another
 * shop's or an unknown upload is refused as unknown) and checks each preview is small.
 */
async function takePhotos(tx: Tx, photos: Input['photos']) {
  const taken = await takeUploads(tx, photos.flatMap((p) => (p.preview ? [p.upload, p.preview] : [p.upload])));
  return photos.map((p, i) => {
    const photo = taken.get(p.upload);
    const preview = p.preview ? taken.get(p.preview) : undefined;
    const bad = (field: string, message: string) =>
      new Problem('unprocessable', { detail: message, errors: [{ path: `body.photos.${i}.${field}`, message }] });
    if (!photo) throw bad('upload', 'No such upload (it may have expired): upload the photo again');
    if (p.preview && !preview) throw bad('preview', 'No such upload (it may have expired): upload the preview again');
    if (preview && Math.max(preview.width, preview.height) > PREVIEW_MAX_SIDE) throw bad('preview', `A preview is at most ${PREVIEW_MAX_SIDE} pixels a side`);
    return { type: photo.contentType, bytes: new Uint8Array(photo.bytes), width: photo.width, height: photo.height,
      preview: preview ? { type: preview.contentType, bytes: new Uint8Array(preview.bytes) } : undefined };
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
  const settings = shopSettings(shop).feedback;
  if (settings.hiddenKinds.includes(input.kind)) {
    throw new Problem('validation', { errors: [{ path: 'body.kind', message: 'This shop does not take this kind of feedback' }] });
  }
  const responseHours = settings.responseTargets[input.kind];
  const now = Date.now();
  if (customerId) await readyFor(sql, { events: [{ at: now }] });
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
    await insertPhotos(tx, shop.id, fb.id, await takePhotos(tx, input.photos));
    // A verified customer's feedback teaches their recommendations (a complaint or a low score
    // about a product speaks against it), recorded with the feedback or not at all.
    if (customer) {
      const event = {
        id: stableUuid(`feedback:${fb.id}`), kind: 'feedback', at: now, ...(input.context.productId ? { product: input.context.productId } : {}),
        data: { feedbackKind: input.kind, ...(input.scoreType !== 'none' && input.score !== undefined ? { scoreType: input.scoreType, score: input.score } : {}) },
      } as EventInput;
      await recordServerEventsIn(tx, shop.id, { person: { customerId: customer.id, visitorId: null }, events: [event] });
    }
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
