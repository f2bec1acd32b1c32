/**
 * @module <rapport-order-tracker>'s order view (pure templates; the element passes its
 * `t()`): the order's number, date, status and lines, then per parcel the carrier, its
 * link (http/https only, rel=noopener), the estimate and late flag, the timeline as an
 * ordered list with the current step marked for screen readers, and the checkpoint
 * events with times in the shopper's own time zone.
 */
import { html, nothing } from 'lit';
import type { OrderTrackingView, ParcelView } from '../../server/orders/contract.ts';
import type { Locale, Translate } from '../core/i18n.ts';
import type { OrderTrackerKey } from './texts.ts';

type T = Translate<OrderTrackerKey>;

/** A calendar day (`YYYY-MM-DD`) as the shopper reads dates; noon UTC keeps it that day in every zone. */
const day = (locale: Locale, d: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d.slice(0, 10)}T12:00:00Z`));
/** An instant in the shopper's time zone (the browser's), with the zone named. */
export const WHEN: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };
const when = (locale: Locale, at: string) => new Intl.DateTimeFormat(locale, WHEN).format(new Date(at));
const dateOf = (locale: Locale, at: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(at));

/** Only http(s) links are followed; anything else shows as text. */
export const safeHref = (url: string | null) => {
  try {
    return url && /^https?:$/.test(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
};

/** A status the widget knows by name; one it does not yet shows as the server sent it. */
export const statusText = (t: T, has: (k: string) => boolean, s: string) => (has(`status.${s}`) ? t(`status.${s}` as OrderTrackerKey) : s);

function parcelView(t: T, locale: Locale, p: ParcelView, n: number, count: number) {
  const href = safeHref(p.trackingUrl);
  const estimate = p.deliveredAt
    ? t('orderTracker.delivered', { date: dateOf(locale, p.deliveredAt) })
    : p.estimatedDelivery ? t('orderTracker.estimate', { date: day(locale, p.estimatedDelivery) }) : '';
  return html`<section class="parcel" part="parcel" aria-labelledby="parcel-${n}">
    <h4 id="parcel-${n}">${t('orderTracker.parcel', { n, count })}</h4>
    ${p.carrier ? html`<p>${t('orderTracker.carrier', { carrier: p.carrier })}</p>` : nothing}
    ${p.trackingNumber ? html`<p>${t('orderTracker.trackingNumber', { number: p.trackingNumber })}</p>` : nothing}
    ${href ? html`<p><a part="carrier-link" href=${href} target="_blank" rel="noopener noreferrer">${t('orderTracker.trackLink')}</a></p>` : nothing}
    ${estimate ? html`<p part="estimate">${estimate}</p>` : nothing}
    ${p.late && p.estimatedDelivery ? html`<p class="warn" part="late">${t('orderTracker.late', { date: day(locale, p.estimatedDelivery) })}</p>` : nothing}
    ${p.exception ? html`<p class="warn" part="exception">${t(`exception.${p.exception}`)}</p>` : nothing}
    <ol class="steps" part="timeline">
      ${p.steps.map((s) => html`<li class=${s.state} aria-current=${s.state === 'current' ? 'step' : nothing}>
        <span>${t(`step.${s.step}`)}</span>${s.state === 'current' ? html`<span class="sr">${t('step.current')}</span>` : nothing}
        ${s.at ? html`<time datetime=${s.at}>${when(locale, s.at)}</time>` : nothing}
      </li>`)}
    </ol>
    ${p.events.length
      ? html`<details part="events"><summary>${t('orderTracker.events')}</summary><ul>
          ${[...p.events].reverse().map((e) => html`<li><time datetime=${e.at}>${when(locale, e.at)}</time> ${e.message}${e.location ? ` · ${e.location}` : ''}</li>`)}
        </ul></details>`
      : nothing}
  </section>`;
}

const SETTLED: Record<string, OrderTrackerKey> = { cancelled: 'orderTracker.cancelled', refunded: 'orderTracker.refunded', returned: 'orderTracker.returned' };

/** The whole order (a cancelled, refunded or returned one promises no delivery, whatever the server estimated). */
export function orderView(t: T, has: (k: string) => boolean, locale: Locale, o: OrderTrackingView) {
  const settled = SETTLED[o.status];
  return html`<div part="order">
    <h3 id="order-title" tabindex="-1">${t('orderTracker.order', { number: o.number })}</h3>
    <p>${t('orderTracker.placed', { date: dateOf(locale, o.placedAt) })} · <strong part="status">${statusText(t, has, o.status)}</strong></p>
    ${o.shippingMethod ? html`<p part="shipping-method">${t('orderTracker.shippingMethod', { method: o.shippingMethod })}</p>` : nothing}
    <ul class="lines" part="lines">${o.lines.map((l) => html`<li>${t('orderTracker.line', { title: l.title, quantity: l.quantity })}</li>`)}</ul>
    ${settled ? html`<p class="warn">${t(settled)}</p>` : nothing}
    ${!o.parcels.length && !settled ? html`<p>${t('orderTracker.notShipped')}</p>` : nothing}
    ${o.estimatedDelivery && !settled ? html`<p part="estimate">${t('orderTracker.estimate', { date: day(locale, o.estimatedDelivery) })}</p>` : nothing}
    ${o.late && o.estimatedDelivery && !settled ? html`<p class="warn" part="late">${t('orderTracker.late', { date: day(locale, o.estimatedDelivery) })}</p>` : nothing}
    ${o.parcels.map((p, i) => parcelView(t, locale, p, i + 1, o.parcels.length))}
  </div>`;
}
