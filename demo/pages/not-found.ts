/**
 * @module The demo store's own "not found" page (the API's 404 is problem+json; a
 * shopper who follows a stale product link gets a page of the store instead).
 */
import { html } from '../../server/kernel/http/html.ts';
import type { Page, StoreView } from '../layout.ts';

export function notFoundPage(v: StoreView, message: string): Page {
  return {
    title: message,
    status: 404,
    body: html`<section class="empty-state"><h1>${message}</h1>
      <p><a class="button" href="/">${v.t.product.back}</a></p></section>`,
  };
}
