/**
 * @module Uploads' SQL: stored idempotently per key (a retried upload is the same upload),
 * taken by the submission that names them (inside its transaction), pruned when unused.
 */
import type { Db, Sql } from '../kernel/db/client.ts';

export interface NewUpload {
  shopId: string;
  key: string;
  hash: string;
  contentType: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

export interface UploadRow {
  id: string;
  contentHash: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  size: number;
  width: number;
  height: number;
}

const cols = (tx: Db) => tx`id, content_hash as "contentHash", content_type as "contentType", size, width, height`;

/** Inside withShop: the upload stored under `key`, if any (a retry). */
export async function findUploadByKey(tx: Db, key: string): Promise<UploadRow | undefined> {
  const [row] = await tx<UploadRow[]>`select ${cols(tx)} from uploads where idempotency_key = ${key}`;
  return row;
}

/** Inside withShop: stores an upload; `created: false` with the stored one when the key was taken meanwhile. */
export async function insertUpload(tx: Db, u: NewUpload): Promise<{ row: UploadRow; created: boolean }> {
  const [created] = await tx<UploadRow[]>`
    insert into uploads (shop_id, idempotency_key, content_hash, content_type, bytes, size, width, height)
    values (${u.shopId}, ${u.key}, ${u.hash}, ${u.contentType}, ${Buffer.from(u.bytes)}, ${u.bytes.length}, ${u.width}, ${u.height})
    on conflict (shop_id, idempotency_key) do nothing
    returning ${cols(tx)}`;
  return created ? { row: created, created: true } : { row: (await findUploadByKey(tx, u.key))!, created: false };
}

/** Inside withShop: removes and returns the named uploads (a submission takes them); missing ones are absent. */
export async function takeUploads(tx: Db, ids: string[]): Promise<Map<string, UploadRow & { bytes: Buffer }>> {
  if (!ids.length) return new Map();
  const rows = await tx<(UploadRow & { bytes: Buffer })[]>`
    delete from uploads where id = any(${ids}::uuid[])
    returning id, content_hash as "contentHash", content_type as "contentType", size, width, height, bytes`;
  return new Map(rows.map((r) => [r.id, r]));
}

/** System path: removes uploads no submission took within `hours`. */
export async function pruneUploads(sql: Sql, hours: number): Promise<number> {
  return (await sql`delete from uploads where created_at < now() - make_interval(hours => ${hours})`).count;
}
