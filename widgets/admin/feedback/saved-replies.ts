/**
 * @module Saved replies (canned responses): a reply written once, filled in with the
 * customer's name, their order and the reference when an agent uses it — the calls of
 * `/v1/admin/saved-replies`, the order the picker offers them in, and the filling in.
 * The picker (rapport-admin-saved-replies.ts) sits in the reply box.
 */
import { interpolate } from '../../../server/kernel/i18n/locales.ts';
import type { Result } from '../../core/api-client.ts';
import type { AdminCalls } from '../app/admin-api.ts';
import type { SavedReply, SavedReplyInput } from '../../../server/feedback/contract.ts';
import type { FeedbackDetail } from './feedback-api.ts';

export type { SavedReply, SavedReplyInput };

/** The placeholders a saved reply may hold, in the order the form lists them. */
export const PLACEHOLDERS = ['name', 'order', 'reference', 'agent', 'shop'] as const;

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

/**
 * The replies in `locale` first, each group by title; a `query` keeps those whose title
 * or text holds it (any case).
 */
export function orderForCustomer(replies: readonly SavedReply[], locale: string, query = ''): SavedReply[] {
  const q = query.trim().toLocaleLowerCase();
  const mine = (r: SavedReply) => (r.locale === locale ? 0 : 1);
  return replies
    .filter((r) => !q || r.title.toLocaleLowerCase().includes(q) || r.body.toLocaleLowerCase().includes(q))
    .sort((a, b) => mine(a) - mine(b) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** The saved-replies API; reached with `api.area(SavedRepliesApi)`. */
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
