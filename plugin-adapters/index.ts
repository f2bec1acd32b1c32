/**
 * @module plugin-adapters: all the server's webhook routes, the reconciliation job and the
 * import command need — one adapter per platform behind one contract (contract.ts), the
 * canonical entities (canonical.ts), and the lossless JSON parse for webhook bodies.
 */
import type { Platform } from './canonical.ts';
import type { PlatformAdapter } from './contract.ts';
import { genericAdapter } from './generic/index.ts';
import { medusaAdapter } from './medusa/index.ts';
import { parseJsonKeepingBigIntegers } from './shared/lossless-json.ts';
import { shopifyAdapter } from './shopify/index.ts';
import { woocommerceAdapter } from './woocommerce/index.ts';

export * from './canonical.ts';
export type * from './contract.ts';
export { envelopeSignature, EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './shared/signed-envelope.ts';
export { wooOrdersModifiedAfter, wooOrdersUrl, WooRestError, type WooOrderPage, type WooRestOptions } from './woocommerce/rest-client.ts';
export { genericAdapter, medusaAdapter, shopifyAdapter, woocommerceAdapter };

export const ADAPTERS: Readonly<Record<Platform, PlatformAdapter>> = {
  shopify: shopifyAdapter,
  woocommerce: woocommerceAdapter,
  medusa: medusaAdapter,
  generic: genericAdapter,
};

/** The adapter of a platform named in a URL (`/webhooks/:platform/:shopId`); undefined for any other name. */
export function adapterFor(platform: string): PlatformAdapter | undefined {
  return Object.hasOwn(ADAPTERS, platform) ? ADAPTERS[platform as Platform] : undefined;
}

/**
 * A webhook body as JSON, with integers beyond 2^53 − 1 kept as their exact digits (text).
 * Use it instead of `JSON.parse` / `c.req.json()` for every platform payload.
 */
export const parseWebhookJson = parseJsonKeepingBigIntegers;
