/**
 * @module The parts of <rapport-feedback>'s view that need no element state of their own:
 * the order it is about, the kind and score groups (CSAT faces or NPS 0–10) and the
 * thank-you / saved-for-later panels. Pure templates: the element passes texts and handlers.
 */
import { html, nothing } from 'lit';
import type { FaqMatch, FeedbackKind, FeedbackReceipt } from '../../server/feedback/contract.ts';
import type { OrderSummaryView } from '../../server/orders/contract.ts';
import { durationParts } from '../../server/kernel/i18n/locales.ts';
import { fieldError, ids, type Msg } from '../core/form-parts.ts';
import type { Locale, SharedKey, Translate as T } from '../core/i18n.ts';
import type { FeedbackKey } from './texts.ts';

type Translate = T<FeedbackKey | SharedKey>;
export type ScoreMode = 'csat' | 'nps' | 'none';

/**
 * The faces' eyes and mouths, from very dissatisfied to very satisfied, drawn: an emoji
 * shows as an empty box where the system has no colour emoji font.
 */
const MOUTHS = ['M7 8l3-1M17 8l-3-1M7.5 17.5q4.5-5 9 0', 'M8.5 16.5q3.5-2.5 7 0', 'M8.5 15.5h7', 'M8.5 14.5q3.5 2.5 7 0', 'M7.5 13.5h9a4.5 4.5 0 0 1-9 0'];
const face = (n: number) =>
  html`<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"
    ><circle cx="12" cy="12" r="10" /><path d="M9 10v1M15 10v1${MOUTHS[n - 1]}" /></svg>`;

/**
 * What the widget knows of the order the feedback is about: a guest's (the API checks it
 * against the email they give), one of the verified customer's (its summary once loaded),
 * one that is not theirs (`missing`: sent without it), or `unknown` when it could not be loaded.
 */
export type OrderState = 'guest' | 'loading' | 'missing' | 'unknown' | OrderSummaryView;

const NOTE = { guest: 'feedback.order.guest', loading: 'state.loading', missing: 'feedback.order.missing' } as const;

/** The order at the top of the form: its number, then its date and items, or what happens with it. */
export function orderView(t: Translate, locale: Locale, number: string, state: OrderState, errors?: Msg<FeedbackKey>[]) {
  let detail: unknown = nothing;
  if (typeof state === 'object') {
    const items = new Intl.ListFormat(locale).format(
      state.lines.map((l) => t('feedback.order.line', { title: l.title, quantity: l.quantity })),
    );
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(state.placedAt));
    detail = html`<p class="hint">${t('feedback.order.placed', { date })}</p>
      <p class="hint items" title=${items}>${items}</p>`;
  } else if (state !== 'unknown') detail = html`<p class="hint">${t(NOTE[state])}</p>`;
  return html`<div class="order" part="order">
    <p><strong>${t('feedback.order.title', { number })}</strong></p>
    ${detail} ${fieldError(t, 'order', errors)}
  </div>`;
}

/** The kinds on offer as a radio group; a single kind is chosen already. */
export function kindGroup(t: Translate, kinds: FeedbackKind[], value: FeedbackKind | undefined, errors: Msg<FeedbackKey>[] | undefined, pick: (k: FeedbackKind) => void) {
  const checked = (k: FeedbackKind) => value === k || (kinds.length === 1 && !value);
  return html`<fieldset class="kinds" aria-describedby=${ids(errors && 'kind-error')}>
    <legend>${t('feedback.kind.legend')}</legend>
    <div class="choices">
      ${kinds.map(
        (k) => html`<label class="choice"
          ><input type="radio" name="kind" .value=${k} .checked=${checked(k)} @change=${() => pick(k)} /><span>${t(`feedback.kind.${k}`)}</span></label
        >`,
      )}
    </div>
    ${fieldError(t, 'kind', errors)}
  </fieldset>`;
}

/** The CSAT (1–5, labelled faces) or NPS (0–10) radio group; nothing in `none` mode. */
export function scoreGroup(t: Translate, mode: ScoreMode, value: number | undefined, errors: Msg<FeedbackKey>[] | undefined, pick: (n: number) => void) {
  if (mode === 'none') return nothing;
  const values = mode === 'csat' ? [1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const label = (n: number) =>
    mode === 'csat'
      ? html`<span class="face">${face(n)}</span><span class="sr">${t(`feedback.csat.${n as 1 | 2 | 3 | 4 | 5}`)}</span>`
      : html`<span>${n}</span>`;
  return html`<fieldset class="score ${mode}" aria-describedby=${ids(mode === 'nps' && 'score-hint', errors && 'score-error')}>
    <legend>${t(`feedback.${mode}.legend`)}</legend>
    <div class="choices">
      ${values.map(
        (n) => html`<label class="choice"
          ><input type="radio" name="score" .value=${String(n)} .checked=${value === n} @change=${() => pick(n)} />${label(n)}</label
        >`,
      )}
    </div>
    ${mode === 'nps' ? html`<p id="score-hint" class="hint">${t('feedback.nps.hint')}</p>` : nothing}
    ${fieldError(t, 'score', errors)}
  </fieldset>`;
}

/** The promised time, by the one rule the mails use too (durationParts: hours below 48, whole days rounded up from 48). */
export function responseTime(t: Translate, hours: number): string {
  const { unit, n } = durationParts(hours);
  return t(unit === 'days' ? 'feedback.time.days' : unit === 'hour' ? 'feedback.time.hour' : 'feedback.time.hours', { n });
}

const faqList = (t: Translate, faq: FaqMatch[]) =>
  faq.length
    ? html`<h4>${t('feedback.faq.title')}</h4>
        <ul class="faq" part="faq">
          ${faq.slice(0, 3).map((f) => html`<li><strong>${f.question}</strong><p>${f.excerpt}</p></li>`)}
        </ul>`
    : nothing;

/** The thank-you: promised response time, reference number and, for questions and complaints, FAQ answers. */
export function thanksView(t: Translate, kind: FeedbackKind, receipt: FeedbackReceipt) {
  return html`<div part="thanks" class="done">
    <h3 id="done" tabindex="-1">${t('feedback.thanks.title')}</h3>
    <p>${t(`feedback.thanks.${kind}`, { time: responseTime(t, receipt.responseHours) })}</p>
    <p>${t('feedback.thanks.reference', { reference: receipt.reference })}</p>
    ${kind === 'question' || kind === 'complaint' ? faqList(t, receipt.faq ?? []) : nothing}
  </div>`;
}

/** Saved in the outbox, not yet confirmed by the server. */
export function queuedView(t: Translate) {
  return html`<div part="queued" class="done">
    <h3 id="done" tabindex="-1">${t('form.queued.title')}</h3>
    <p>${t('form.queued.text')}</p>
  </div>`;
}
