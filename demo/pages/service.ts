/**
 * @module The demo's customer-service pages, each built around a Rapport widget:
 * account (<rapport-profile>), help (<rapport-faq>, <rapport-feedback>), order status
 * (<rapport-order-tracker>) and returns (<rapport-returns>).
 */
import type { Tx } from '../../server/kernel/db/client.ts';
import { listOrders } from '../../server/orders/index.ts';
import { html } from '../../server/kernel/http/html.ts';
import { formatDate, formatMoney } from '../i18n.ts';
import type { Page, StoreView } from '../layout.ts';
import { pageHeading, statusBadge } from './parts.ts';

export async function accountPage(_tx: Tx, v: StoreView): Promise<Page> {
  const { t } = v;
  const who = v.customer ? (v.customer.name ?? v.customer.email ?? '') : '';
  return {
    title: t.account.title,
    body: html`${pageHeading(v.customer ? t.account.hello(who) : t.account.title)}
      ${v.customer ? '' : html`<p class="notice">${t.account.signedOut}</p>`}
      <section class="widget-band"><rapport-profile></rapport-profile></section>
      ${personalSwitch(v, '/account')}
      <section class="widget-band"><rapport-recommendations placement="profile"></rapport-recommendations></section>`,
  };
}

/** The store's consent switch for personalization (the demo shop implies consent until the shopper says no). */
function personalSwitch(v: StoreView, back: string) {
  const { t } = v;
  const on = v.consent !== 'denied';
  return html`<form class="consent-switch" method="post" action="/demo/consent" aria-labelledby="personal-title">
    <h2 class="small-heading" id="personal-title">${t.account.personal}</h2>
    <p class="muted" id="personal-state">${on ? t.account.personalOn : t.account.personalOff}</p>
    <input type="hidden" name="consent" value="${on ? 'denied' : 'granted'}"><input type="hidden" name="return" value="${back}">
    <button type="submit" class="button secondary" aria-describedby="personal-state">${on ? t.account.turnOff : t.account.turnOn}</button>
  </form>`;
}

/** An order number the help page may hand to the feedback widget (from "Feedback" links). */
const ORDER_PARAM = /^[A-Za-z0-9-]{1,40}$/;

export async function helpPage(_tx: Tx, v: StoreView, c?: { req: { query(k: string): string | undefined } }): Promise<Page> {
  const { t } = v;
  const order = c?.req.query('order');
  return {
    title: t.help.title,
    body: html`${pageHeading(t.help.title, t.help.text)}
      <section class="widget-band"><rapport-faq></rapport-faq></section>
      <section class="widget-band" aria-labelledby="still">
        <h2 id="still">${t.help.still}</h2><p class="muted">${t.help.stillText}</p>
        ${order && ORDER_PARAM.test(order) ? html`<rapport-feedback id="feedback" order="${order}"></rapport-feedback>` : html`<rapport-feedback id="feedback"></rapport-feedback>`}
      </section>`,
  };
}

/** Signed in: the customer's recent orders as the store knows them; signed out: a few to try. */
export async function ordersPage(tx: Tx, v: StoreView): Promise<Page> {
  const { t, locale } = v;
  const mine = v.customer ? await listOrders(tx, { customerId: v.customer.id, limit: 10 }) : [];
  const samples = v.customer
    ? []
    : (await listOrders(tx, { limit: 60 })).filter((o) => ['shipped', 'out_for_delivery', 'delayed', 'delivered'].includes(o.status)).slice(0, 3);
  // The feedback link sits under the number: a fourth column was cut off in the narrow sidebar.
  // The table scrolls inside its card where it is wider (a 320 px phone, the narrow sidebar at 760 px), never the page.
  const table = html`<div class="table-scroll" role="region" aria-labelledby="your-orders" tabindex="0"><table class="orders-table">
    <thead><tr><th scope="col">${t.orders.number}</th>
      <th scope="col">${t.orders.status}</th><th scope="col" class="num">${t.orders.total}</th></tr></thead>
    <tbody>${mine.map((o) => html`<tr><td><span class="order-number">${o.number}</span>
      <span class="muted order-date">${t.orders.placed} ${formatDate(o.placedAt, locale)}</span>
      <a href="/help?order=${encodeURIComponent(o.number)}#feedback" aria-label="${t.orders.feedback} ${o.number}">${t.orders.feedback}</a></td>
      <td>${statusBadge(v, o.status)}</td><td class="num">${formatMoney(o.totalAmount, o.currency, locale)}</td></tr>`)}</tbody>
  </table></div>`;
  return {
    title: t.orders.title,
    body: html`${pageHeading(t.orders.title, t.orders.text)}
      <div class="two-col">
        <section class="widget-band"><rapport-order-tracker></rapport-order-tracker></section>
        <aside class="side-card">
          ${v.customer
            ? html`<h2 class="small-heading" id="your-orders">${t.orders.yours}</h2>${mine.length ? table : html`<p class="muted">${t.orders.none}</p>`}`
            : html`<p>${t.orders.tip}</p><ul class="sample-orders">${samples.map((o) => html`<li><code>${o.number}</code><br><span class="muted">${o.email}</span></li>`)}</ul>`}
        </aside>
      </div>`,
  };
}

export async function returnsPage(_tx: Tx, v: StoreView): Promise<Page> {
  const { t } = v;
  return {
    title: t.returns.title,
    body: html`${pageHeading(t.returns.title, t.returns.text)}
      <div class="two-col">
        <section class="widget-band"><rapport-returns></rapport-returns></section>
        <aside class="side-card"><ul class="policy">${t.returns.policy.map((line) => html`<li>${line}</li>`)}</ul></aside>
      </div>`,
  };
}
