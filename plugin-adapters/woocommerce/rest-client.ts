/**
 * @module WooCommerce REST reconciliation client: the orders changed since a time, page
 * by page, from `GET /wp-json/wc/v3/orders` with the merchant's consumer key and secret.
 * A job maps each order with the adapter (topic `order.updated`) to repair what webhooks
 * missed. Pure: `fetch` comes in as a parameter; no timers, no state.
 */
import { parseJsonKeepingBigIntegers } from '../shared/lossless-json.ts';

export interface WooRestOptions {
  /** The store's address, e.g. `https://shop.example` (WordPress in a folder: `https://example.com/shop`). */
  storeUrl: string;
  consumerKey: string;
  consumerSecret: string;
  fetch: typeof globalThis.fetch;
  /** Orders per request (WooCommerce allows at most 100). */
  perPage?: number;
  /** A stop for a store that keeps saying there are more pages. */
  maxPages?: number;
  signal?: AbortSignal;
}

export class WooRestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'WooRestError';
  }
}

export interface WooOrderPage {
  page: number;
  totalPages: number;
  /** Orders as parsed from the body, ids beyond 2^53 kept as text. */
  orders: unknown[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The orders endpoint; https only, since Basic authentication sends the secret with every request. */
export function wooOrdersUrl(storeUrl: string): URL {
  const base = new URL(storeUrl.endsWith('/') ? storeUrl : `${storeUrl}/`);
  if (base.protocol !== 'https:' && !(base.protocol === 'http:' && LOOPBACK.has(base.hostname))) {
    throw new WooRestError(0, 'The store URL must use https (the consumer secret travels in every request)');
  }
  return new URL('wp-json/wc/v3/orders', base);
}

/**
 * Yields the store's orders modified after `since`, oldest id first, one page at a time,
 * until the last page (`X-WP-TotalPages`). Throws `WooRestError` on an HTTP error or a body
 * that is not a JSON array.
 */
export async function* wooOrdersModifiedAfter(options: WooRestOptions, since: Date): AsyncGenerator<WooOrderPage> {
  const endpoint = wooOrdersUrl(options.storeUrl);
  const perPage = Math.min(Math.max(options.perPage ?? 100, 1), 100);
  const maxPages = options.maxPages ?? 1000;
  const auth = Buffer.from(`${options.consumerKey}:${options.consumerSecret}`).toString('base64');
  for (let page = 1; page <= maxPages; page++) {
    const url = new URL(endpoint);
    url.search = new URLSearchParams({
      modified_after: since.toISOString(),
      dates_are_gmt: 'true',
      orderby: 'id',
      order: 'asc',
      per_page: String(perPage),
      page: String(page),
    }).toString();
    const res = await options.fetch(url, {
      headers: { authorization: `Basic ${auth}`, accept: 'application/json' },
      signal: options.signal,
    });
    const text = await res.text();
    if (!res.ok) throw new WooRestError(res.status, `GET ${url.pathname} answered ${res.status}: ${text.slice(0, 200)}`);
    const body = parseJsonKeepingBigIntegers(text);
    if (!body.ok || !Array.isArray(body.value)) throw new WooRestError(res.status, `GET ${url.pathname} did not answer a JSON array`);
    const totalPages = Number(res.headers.get('x-wp-totalpages') ?? '1') || 1;
    yield { page, totalPages, orders: body.value };
    if (page >= totalPages || body.value.length === 0) return;
  }
}
