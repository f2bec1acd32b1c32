/**
 * @module The durable queue behind every shopper submission (feedback, questions,
 * returns …): entries kept in IndexedDB (one database per shop key) under their
 * idempotency key, written BEFORE the first send and deleted only once the server
 * confirmed. Where IndexedDB is unavailable (blocked storage, some private modes) it
 * falls back to memory for this page. Every call resolves; none throws.
 */

/** A photo that goes with a submission: uploaded first (`POST /v1/uploads`), then named in the body's `photos`. */
export interface OutboxFile {
  name: string;
  photo: Blob;
  preview?: Blob;
  /** The upload ids, once the server took them (kept, so a retry never uploads twice). */
  upload?: string;
  previewUpload?: string;
}

/** One queued submission: where it goes and the body exactly as it will be (re)sent, under its key. */
export interface OutboxEntry<B extends object = object> {
  /** The idempotency key, generated once per submission and reused for every retry. */
  key: string;
  /** The API path it is posted to, e.g. `/v1/feedback`. */
  path: string;
  body: B;
  /** When the shopper sent it (ms since epoch). */
  createdAt: number;
  /** A solved proof of work the server asked for, sent with the next request (X-Rapport-Pow). */
  pow?: string;
  /** Photos uploaded before the body is sent, in order; the body's `photos` names them. */
  files?: OutboxFile[];
  /**
   * Whose it is: the signed-in customer's id when it was sent, null for a guest (set by
   * the durable send once the page's identity is decided). It goes with that customer's
   * session only — never with whoever is signed in when a queued entry is finally sent.
   */
  customer?: string | null;
}

export interface Outbox {
  put(entry: OutboxEntry): Promise<void>;
  remove(key: string): Promise<void>;
  all(): Promise<OutboxEntry[]>;
}

/** The IndexedDB database of one shop's outbox (tests read it directly by this name). */
export const outboxDbName = (shop: string) => `rapport-outbox:${shop}`;
const STORE = 'outbox';

const done = <T>(req: IDBRequest<T> | IDBTransaction) =>
  new Promise<T>((resolve, reject) => {
    if (req instanceof IDBTransaction) {
      req.oncomplete = () => resolve(undefined as T);
      req.onerror = req.onabort = () => reject(req.error);
    } else {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    }
  });

// Async, so a synchronous throw (no indexedDB, a sandboxed frame) becomes a rejection.
async function openDb(shop: string): Promise<IDBDatabase> {
  const req = indexedDB.open(outboxDbName(shop), 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
  return done(req);
}

const outboxes = new Map<string, Outbox>();

/** The outbox of `shop` (one per page and shop). */
export function outbox(shop: string): Outbox {
  let box = outboxes.get(shop);
  if (box) return box;
  const memory = new Map<string, OutboxEntry>();
  let db: Promise<IDBDatabase | undefined> | undefined;
  const database = () =>
    (db ??= openDb(shop).then(
      (d) => {
        d.onversionchange = () => (d.close(), (db = undefined)); // a newer version elsewhere: reopen next time
        return d;
      },
      (err) => {
        console.warn('[rapport] IndexedDB unavailable: submissions are kept for this page only', err);
        return undefined;
      },
    ));

  // Runs `fn` on the store, and on memory when there is no database or the write fails.
  async function use<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T> | void, fallback: () => T) {
    const d = await database();
    if (!d) return fallback();
    try {
      const tx = d.transaction(STORE, mode);
      const committed = done(tx);
      committed.catch(() => {}); // awaited below; never an unhandled rejection if the request fails first
      const req = fn(tx.objectStore(STORE));
      const value = req ? await done(req) : undefined;
      await committed;
      return value as T;
    } catch (err) {
      console.warn('[rapport] could not use the outbox', err);
      return fallback();
    }
  }

  box = {
    put: (e) => use('readwrite', (s) => void s.put(e), () => void memory.set(e.key, e)),
    remove: async (key) => {
      memory.delete(key);
      await use('readwrite', (s) => void s.delete(key), () => undefined);
    },
    all: async () => {
      const stored = await use<OutboxEntry[]>('readonly', (s) => s.getAll(), () => []);
      const keys = new Set(stored.map((e) => e.key));
      return [...stored, ...[...memory.values()].filter((e) => !keys.has(e.key))];
    },
  };
  outboxes.set(shop, box);
  return box;
}
