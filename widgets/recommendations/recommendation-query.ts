/**
 * @module What <rapport-recommendations> asks `GET /v1/recommendations` for, and as whom: the
 * placement, the products on the page, the number of items and the language from its
 * attributes; the visitor id the tracker keeps and the customer's session only while the
 * shopper has not said no to personalization.
 */
import { PLACEMENTS, type Placement } from '../../server/interactions/limits.ts';
import type { RecommendationList } from '../../server/recommendations/contract.ts';
import { LIMIT_MAX, PRODUCTS_MAX } from '../../server/recommendations/limits.ts';
import type { Result } from '../core/api-client.ts';
import { SETUP_ERROR, rapport, storefrontApi } from '../core/config.ts';
import { visitorKey } from '../core/tracking.ts';

export type { Placement, RecommendationList };

/** Items shown when the page does not say. */
export const LIMIT_DEFAULT = 4;

/** The placement an attribute names, or undefined for a missing or unknown one. */
export function placementOf(value: string | null | undefined): Placement | undefined {
  const v = (value ?? '').trim().toLowerCase();
  return (PLACEMENTS as readonly string[]).includes(v) ? (v as Placement) : undefined;
}

/** 1 to `LIMIT_MAX`; a value that is not a number is the default. */
export function clampLimit(value: unknown): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && value !== null && value !== '' ? Math.min(LIMIT_MAX, Math.max(1, n)) : LIMIT_DEFAULT;
}

/** The `product` attribute as the API takes it: trimmed, each named once, at most `PRODUCTS_MAX`. */
export function productRefs(value: string | null | undefined): string {
  return [...new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean))].slice(0, PRODUCTS_MAX).join(',');
}

/** Who is asking: the visitor id and whether the session may go with the request. */
export interface Asker {
  visitor?: string;
  /** The session token sent (undefined while anonymous or when the shopper said no). */
  session?: string;
  /** The shopper said no: nothing that names them goes out. */
  refused: boolean;
}

/** The shopper as this request may name them, read now (consent and sign-in change while the page is open). */
export function asker(): Asker {
  const r = rapport();
  const refused = r?.consented === false;
  if (!r || refused) return { refused };
  let visitor: string | undefined;
  try {
    const v = JSON.parse(localStorage.getItem(visitorKey(r.shop)) ?? 'null') as unknown;
    if (typeof v === 'string' && v) visitor = v;
  } catch {
    // Storage blocked or unreadable: no visitor id.
  }
  return { visitor, session: r.session?.sessionToken, refused };
}

export interface Ask {
  placement: Placement;
  products: string;
  limit: number;
  locale: string;
}

/**
 * The list for `ask` as `who`. Waits until the page's identity is decided, so a customer
 * being signed in is not first shown the anonymous list.
 */
export async function fetchList(ask: Ask, who: Asker, signal: AbortSignal): Promise<Result<RecommendationList>> {
  await rapport()?.identityReady?.();
  const api = storefrontApi();
  if (!api) return { ok: false, error: SETUP_ERROR };
  const q = new URLSearchParams({ placement: ask.placement, limit: String(ask.limit), locale: ask.locale });
  if (ask.products) q.set('product', ask.products);
  if (who.visitor) q.set('visitor', who.visitor);
  // The client adds the session itself; a shopper who said no is asked for without it.
  return api.request<RecommendationList>(`/v1/recommendations?${q}`, { signal, headers: who.refused ? { authorization: undefined } : undefined });
}
