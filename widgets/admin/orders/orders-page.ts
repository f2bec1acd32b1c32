/**
 * @module The orders page as the shell shows it at `/admin/orders` (one order at
 * `/admin/orders/<id>`), and the entry of the orders area's chunk, which the shell imports
 * when the page is first opened.
 */
import { html } from 'lit';
import type { AdminPageContext } from '../app/admin-routes.ts';
import { OrdersApi } from './orders-api.ts';
import './rapport-admin-orders.ts';

export function renderAdminPage({ api, param, part }: AdminPageContext) {
  return html`<rapport-admin-orders .api=${api?.area(OrdersApi)} .orderId=${param} .tab=${part === 'deliveries' ? 'deliveries' : 'orders'}></rapport-admin-orders>`;
}
