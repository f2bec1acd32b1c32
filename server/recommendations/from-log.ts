/**
 * @module What the engine learns from the interaction log: each logged kind as the
 * engine's kind (a view, a cart, a purchase, a click on a recommendation, a return with its
 * reason and size, a complaint or a satisfaction score about a product). Events about no
 * product, impressions and order tracking teach nothing and are left out.
 */
import type { Interaction } from './types.ts';

export interface LoggedEvent {
  person: string;
  productId: string | null;
  variantId: string | null;
  kind: string;
  at: number;
  data: Record<string, unknown>;
}

/** An NPS score (0–10) on the CSAT scale (1–5) the engine reads. */
const npsToCsat = (nps: number) => (nps <= 4 ? 1 : nps <= 6 ? 2 : nps <= 8 ? 3 : nps === 9 ? 4 : 5);

/**
 * The engine's interaction for one logged event, or undefined when it says nothing about a
 * product. `sizeOf` names a variant's size (its title) for size returns.
 */
export function toInteraction(e: LoggedEvent, sizeOf?: (variantId: string) => string | undefined): Interaction | undefined {
  if (!e.productId) return undefined;
  const base = { user: e.person, item: e.productId, at: e.at };
  const variant = e.variantId ?? undefined;
  switch (e.kind) {
    case 'product.view':
      return { ...base, kind: 'view' };
    case 'cart.add':
      return { ...base, kind: 'cart' };
    case 'purchase':
      return { ...base, kind: 'purchase' };
    case 'recommendation.click':
      return { ...base, kind: 'click' };
    case 'return.request': {
      const size = typeof e.data.size === 'string' ? e.data.size : variant ? sizeOf?.(variant) : undefined;
      return { ...base, kind: 'return', data: { reason: String(e.data.reason ?? 'other'), ...(size ? { size } : {}), ...(variant ? { variant } : {}) } };
    }
    case 'feedback': {
      if (e.data.feedbackKind === 'complaint') return { ...base, kind: 'complaint' };
      const score = typeof e.data.score === 'number' ? e.data.score : undefined;
      if (score === undefined) return undefined;
      return { ...base, kind: 'satisfaction', data: { score: e.data.scoreType === 'nps' ? npsToCsat(score) : score } };
    }
    default:
      return undefined;
  }
}
