/**
 * @module What staff do to the shop's saved replies — add (up to SAVED_REPLIES_MAX),
 * rewrite, delete — each in the caller's withShop transaction with its audit row.
 */
import { audit } from '../kernel/db/audit.ts';
import type { Tx } from '../kernel/db/client.ts';
import { Problem } from '../kernel/http/errors.ts';
import type { SavedReply, SavedReplyInput } from './contract.ts';
import { deleteSavedReply, insertSavedReply, listSavedReplies, updateSavedReply, type SavedReplyRow } from './db.ts';
import { SAVED_REPLIES_MAX } from './limits.ts';

/** Who acts: a staff member of the shop, from the address they called from. */
export interface SavedReplyActor {
  staffId: string;
  shopId: string;
  ip?: string;
}

const notFound = () => new Problem('not-found', { detail: 'No such saved reply in this shop' });
const view = (r: SavedReplyRow): SavedReply => ({ id: r.id, title: r.title, body: r.body, locale: r.locale, updatedAt: r.updatedAt.toISOString() });

const record = (tx: Tx, a: SavedReplyActor, action: string, id: string, data: Record<string, unknown>) =>
  audit(tx, { shopId: a.shopId, actorType: 'staff', actorId: a.staffId, action, targetType: 'saved_reply', targetId: id, data, ip: a.ip });

export async function savedReplies(tx: Tx): Promise<SavedReply[]> {
  return (await listSavedReplies(tx)).map(view);
}

/** Adds a saved reply; past the shop's cap it is refused with 409 and nothing is stored. */
export async function addSavedReply(tx: Tx, a: SavedReplyActor, input: SavedReplyInput): Promise<SavedReply> {
  const row = await insertSavedReply(tx, a.shopId, a.staffId, input, SAVED_REPLIES_MAX);
  if (!row) {
    throw new Problem('conflict', {
      detail: `This shop already keeps ${SAVED_REPLIES_MAX} saved replies, the most it can; delete one to add another`,
      extra: { limit: SAVED_REPLIES_MAX },
    });
  }
  await record(tx, a, 'saved_reply.create', row.id, { title: row.title, locale: row.locale });
  return view(row);
}

/** Rewrites a saved reply; audited only when something changed (the fields that did, the text by name only). */
export async function changeSavedReply(tx: Tx, a: SavedReplyActor, id: string, input: SavedReplyInput): Promise<SavedReply> {
  const res = await updateSavedReply(tx, id, input);
  if (!res) throw notFound();
  const { before, after } = res;
  const changed = (['title', 'locale', 'body'] as const).filter((k) => before[k] !== after[k]);
  if (changed.length) {
    await record(tx, a, 'saved_reply.update', id, {
      changed,
      before: { title: before.title, locale: before.locale },
      after: { title: after.title, locale: after.locale },
    });
  }
  return view(after);
}

export async function removeSavedReply(tx: Tx, a: SavedReplyActor, id: string): Promise<void> {
  const row = await deleteSavedReply(tx, id);
  if (!row) throw notFound();
  await record(tx, a, 'saved_reply.delete', id, { title: row.title, locale: row.locale });
}
