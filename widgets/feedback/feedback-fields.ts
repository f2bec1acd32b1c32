/**
 * @module The parts of <rapport-feedback>'s view that need no element state of their own:
 * the kind and score groups (CSAT faces or NPS 0–10) and the thank-you / saved-for-later
 * panels. Pure templates: the element passes texts and handlers.
 */
import { html, nothing } from 'lit';
import type { FaqMatch, FeedbackKind, FeedbackReceipt } from '../../server/feedback/contract.ts';
import { durationParts } from '../../server/kernel/i18n/locales.ts';
import { fieldError, ids, type Msg } from '../core/form-parts.ts';
import type { Translate as T } from '../core/i18n.ts';
import type { FeedbackKey } from './texts.ts';

type Translate = T<FeedbackKey>;
export type ScoreMode = 'csat' | 'nps' | 'none';

const FACES = ['😞', '🙁', '😐', '🙂', '😄'];

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
      ? html`<span class="face" aria-hidden="true">${FACES[n - 1]}</span><span class="sr">${t(`feedback.csat.${n as 1 | 2 | 3 | 4 | 5}`)}</span>`
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
