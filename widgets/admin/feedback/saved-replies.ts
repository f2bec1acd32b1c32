/**
 * @module Saved replies (canned responses): a reply written once, filled in with the
 * customer's name, their order and the reference when an agent uses it — and the calls
 * of the API the server does not have yet (`/v1/admin/saved-replies`, proposed in the
 * work's report). Nothing in the admin loads this file until that API exists: the picker
 * (rapport-admin-saved-replies.ts) is built and tested, not linked.
 */
import { interpolate } from '../../../server/kernel/i18n/locales.ts';
import type { Result } from '../../core/api-client.ts';
import type { AdminCalls } from '../app/admin-api.ts';
import type { FeedbackDetail } from './feedback-api.ts';

/** A saved reply as the proposed API returns it. */
export interface SavedReply {
  id: string;
  /** What the agent picks it by, e.g. "Broken on arrival". */
  title: string;
  /** The text, with `{name}`, `{order}`, `{reference}`, `{agent}` and `{shop}` filled in when used. */
  body: string;
  /** The language it is written in; the picker offers the customer's language first. */
  locale: FeedbackDetail['locale'];
  updatedAt: string;
}

export type SavedReplyInput = Pick<SavedReply, 'title' | 'body' | 'locale'>;

/** What a saved reply's placeholders are filled with. */
export interface ReplyContext {
  feedback: FeedbackDetail;
  /** The agent who sends it. */
  agent?: string;
  shop?: string;
}

/**
 * A saved reply's text for one item: `{name}` (the customer's name, else the part of
 * their email before the @), `{order}`, `{reference}`, `{agent}`, `{shop}`; a placeholder
 * with nothing to fill stays as written, so the agent sees what is missing.
 *
 * @example
 * fillSavedReply('Hi {name}, order {order} ships today.', { feedback }) // "Hi Ann Lee, order LL-1001 ships today."
 */
export function fillSavedReply(body: string, { feedback: f, agent, shop }: ReplyContext): string {
  const email = f.contactEmail ?? f.customer?.email ?? undefined;
  const values: Record<string, string | undefined> = {
    name: f.customerName ?? f.customer?.name ?? email?.split('@')[0],
    order: f.orderNumber ?? f.order?.number,
    reference: f.reference,
    agent,
    shop,
  };
  return interpolate(body, Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => !!e[1])));
}

/** The proposed saved-replies API (see the module note); reached with `api.area(SavedRepliesApi)`. */
export class SavedRepliesApi {
  constructor(private readonly api: AdminCalls) {}

  list(signal?: AbortSignal): Promise<Result<{ items: SavedReply[] }>> {
    return this.api.read('/v1/admin/saved-replies', signal);
  }

  create(reply: SavedReplyInput): Promise<Result<SavedReply>> {
    return this.api.write('POST', '/v1/admin/saved-replies', reply);
  }

  update(id: string, reply: SavedReplyInput): Promise<Result<SavedReply>> {
    return this.api.write('PUT', `/v1/admin/saved-replies/${encodeURIComponent(id)}`, reply);
  }

  remove(id: string): Promise<Result<void>> {
    return this.api.write('DELETE', `/v1/admin/saved-replies/${encodeURIComponent(id)}`);
  }
}
