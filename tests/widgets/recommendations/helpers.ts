/**
 * @module What the <rapport-recommendations> tests share: a shop on the real API with a
 * catalog as a platform syncs it (prices, variants, images, Chinese titles), other shoppers'
 * events and a trained model, the owner's placement switches; reading the shelf's cards as a
 * shopper sees them, and the recommendation requests the page made (their query).
 */
import type { NewProduct } from '../../../server/catalog/index.ts';
import type { RecommendationList } from '../../../server/recommendations/contract.ts';
import type { RapportRecommendations } from '../../../widgets/recommendations/rapport-recommendations.ts';
import { testShop, waitFor, type TestShop } from '../helpers.ts';

export type Product = Partial<Omit<NewProduct, 'variants'>> & { title: string; variants?: Array<{ title: string; priceAmount: number; inventory?: number }> };

export interface RecsShop extends TestShop {
  catalog(products: Product[]): Promise<string[]>;
  /** Events of another shopper (`visitor`), recorded by the server. */
  events(visitor: string, events: Array<{ kind: string; product?: string; data?: Record<string, unknown> }>): Promise<void>;
  train(): Promise<void>;
  /** The owner's settings of one placement: switched on or off, limited to some categories. */
  placement(placement: string, set: { enabled?: boolean; includeCategories?: string[] }): Promise<void>;
}

// Every request of a test file stays readable in resource timing (the default keeps 250).
performance.setResourceTimingBufferSize(5000);

async function control<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`/api-test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

export async function recsShop(): Promise<RecsShop> {
  const shop = await testShop();
  const at = `/shops/${shop.key}`;
  return Object.assign(shop, {
    catalog: async (products: Product[]) => (await control<{ ids: string[] }>(`${at}/catalog`, { products })).ids,
    events: async (visitor: string, events: unknown[]) => void (await control(`${at}/events`, { visitor, events })),
    train: async () => void (await control(`${at}/train`, {})),
    placement: async (placement: string, set: object) => void (await control(`${at}/placements`, { placement, ...set })),
  });
}

/** The shadow root's first match. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** A card as a shopper reads it. */
export interface Card {
  name: string;
  price: string;
  variant: string | null;
  reason: string;
  href: string;
}

export function cards(el: Element): Card[] {
  return $$<HTMLAnchorElement>(el, '[part~=card]').map((a) => ({
    name: a.querySelector('[part~=name]')!.textContent!.trim(),
    price: a.querySelector('[part~=price]')!.textContent!.trim(),
    variant: a.querySelector('[part~=variant]')?.textContent!.trim() ?? null,
    reason: a.querySelector('[part~=reason]')!.textContent!.trim(),
    href: a.href,
  }));
}

/** Waits until the shelf shows cards (and has rendered them). */
export async function shelfLoaded(el: RapportRecommendations, what = 'the cards', ms = 5000): Promise<Card[]> {
  const shown = await waitFor(() => (cards(el).length ? cards(el) : undefined), what, ms);
  await el.updateComplete;
  return shown;
}

/** The query of each `GET /v1/recommendations` this page made since `since` (resource timing), oldest first. */
export function recommendationQueries(since = 0): URLSearchParams[] {
  return performance.getEntriesByType('resource')
    .filter((e) => e.startTime >= since && new URL(e.name).pathname === '/v1/recommendations')
    .map((e) => new URL(e.name).searchParams);
}

/** The list the API gives for `query` as a shopper with no session and no visitor (what the widget should show). */
export async function listFor(shop: TestShop, query: Record<string, string>): Promise<RecommendationList> {
  const res = await fetch(`/v1/recommendations?${new URLSearchParams(query)}`, { headers: { 'x-rapport-shop': shop.key } });
  if (!res.ok) throw new Error(`recommendations: ${res.status} ${await res.text()}`);
  return res.json() as Promise<RecommendationList>;
}
