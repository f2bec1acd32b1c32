/**
 * @module The adapter contract: what every platform folder (shopify/, woocommerce/,
 * medusa/, generic/) exports, and what the server's webhook routes call. Adapters are
 * pure: no HTTP framework, no database, crypto from node:crypto (and `jose` for JWTs).
 *
 * A webhook route does, in order:
 * 1. `verifyWebhook(rawBody, headers, secret)` on the bytes as received → refuse (401) or
 *    answer a ping (200, no effect), else it has the verified topic and dedup key;
 * 2. `parseWebhookJson(rawBody)` → the payload, big integer ids kept exact;
 * 3. `mapWebhook(topic, payload, { shopCurrency })` → canonical entities, or a refusal
 *    with the JSON path of what is missing or wrong (4xx, nothing written);
 * 4. writes the entities once per dedup key, skipping any whose `updatedAt` is older than
 *    what it holds.
 */
import type { CanonicalEntity, Platform } from './canonical.ts';
import type { HeadersLike } from './shared/signatures.ts';

export type { Platform } from './canonical.ts';
export type { HeadersLike } from './shared/signatures.ts';

export type WebhookRefusalReason = 'missing-signature' | 'bad-signature' | 'missing-header' | 'stale' | 'malformed-body';

export type WebhookVerification =
  | {
      ok: true;
      kind: 'delivery';
      /** The platform's topic, e.g. `orders/updated`, `order.updated`. */
      topic: string;
      /** Same key for a redelivery of the same event: store it once per shop and platform. */
      dedupKey: string;
      /** When the platform says the event happened (ISO, UTC), when it says. */
      occurredAt: string | null;
    }
  | {
      /** A platform's unsigned "is this URL alive?" call (WooCommerce on webhook creation): answer 200, change nothing. */
      ok: true;
      kind: 'ping';
      topic: 'ping';
      dedupKey: string;
      occurredAt: null;
    }
  | { ok: false; reason: WebhookRefusalReason; message: string };

/** What the shop knows that a payload may not say (Shopify and WooCommerce products carry no currency). */
export interface MapContext {
  shopCurrency?: string;
}

export type MappingRefusalReason = 'unsupported-topic' | 'missing-field' | 'invalid-field' | 'missing-context';

export interface MappingRefusal {
  reason: MappingRefusalReason;
  /** Dotted path into the payload as received, e.g. `order.line_items.2.price` (empty: the whole payload). */
  path: string;
  message: string;
}

export type MappingResult = { ok: true; entities: CanonicalEntity[] } | { ok: false; refusal: MappingRefusal };

/** A storefront's proof of who is logged in. */
export type IdentityProof =
  /** Shopify: the query string of an app-proxy request (it carries `signature`). */
  | { kind: 'app-proxy'; query: string }
  /** WooCommerce plugin, Medusa route, any other store: an HS256 JWT signed with the shop secret. */
  | { kind: 'jwt'; token: string };

export type IdentityRefusalReason = 'unsupported-proof' | 'missing-signature' | 'bad-signature' | 'expired' | 'stale' | 'invalid-claims';

export type IdentityResult =
  | {
      ok: true;
      /** The platform's customer id; null when the proof is genuine but nobody is logged in. */
      customerId: string | null;
      email: string | null;
      name: string | null;
      /** When the proof stops being valid (ISO), when it says. */
      expiresAt: string | null;
    }
  | { ok: false; reason: IdentityRefusalReason; message: string };

export interface PlatformAdapter {
  readonly platform: Platform;
  /** Topics `mapWebhook` understands. */
  readonly topics: readonly string[];
  /** Checks the signature over the raw bytes (constant time); `now` for tests. */
  verifyWebhook(rawBody: Uint8Array, headers: HeadersLike, secret: string, now?: Date): WebhookVerification;
  /** Maps a parsed payload (from `parseWebhookJson`) of a verified topic. */
  mapWebhook(topic: string, payload: unknown, context?: MapContext): MappingResult;
  /** Checks a storefront identity proof with the shop's secret (Shopify: the app's secret). */
  verifyIdentity(proof: IdentityProof, secret: string, now?: Date): Promise<IdentityResult>;
}
