/**
 * @module A shop's feedback settings (kept in shops.settings): response-time targets per
 * kind and which kinds the widget offers.
 */
import { DEFAULT_TARGETS, FEEDBACK_KINDS, ResponseTargets, type FeedbackKind } from '../feedback/contract.ts';
import type { Shop } from '../kernel/db/shops.ts';

export interface FeedbackSettings {
  responseTargets: ResponseTargets;
  hiddenKinds: FeedbackKind[];
}

export function feedbackSettings(shop: Pick<Shop, 'settings'>): FeedbackSettings {
  const s = (shop.settings?.feedback ?? {}) as Partial<FeedbackSettings>;
  const targets = ResponseTargets.safeParse(s.responseTargets);
  return {
    responseTargets: targets.success ? targets.data : DEFAULT_TARGETS,
    hiddenKinds: Array.isArray(s.hiddenKinds) ? s.hiddenKinds.filter((k) => (FEEDBACK_KINDS as readonly string[]).includes(k)) : [],
  };
}

/**
 * Where links in emails point: PUBLIC_URL (main.ts always sets it, to localhost:PORT when
 * not configured); the request's origin is only a fallback for an app built without it (tests).
 */
export function publicBase(configured: string | undefined, requestUrl: string): string {
  return (configured ?? new URL(requestUrl).origin).replace(/\/$/, '');
}
